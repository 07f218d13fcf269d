package scot.pmo.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.TreeSet;
import scot.pmo.model.Entity;
import scot.pmo.publish.report.Report;
import scot.pmo.publish.report.ReportFormat;
import scot.pmo.validate.Validation;

/** Prints a validation's problems as a report, for the commands that stop on content errors. */
final class ContentErrors {

  private ContentErrors() {}

  /** The report of a validation: its problems and every content file checked. */
  static Report report(Validation validation, java.nio.file.Path repo, boolean strict) {
    TreeSet<String> files = new TreeSet<>();
    validation.catalogue().all().stream().map(Entity::path).forEach(files::add);
    validation.diagnostics().sorted().forEach(d -> files.add(d.at().path()));
    files.removeIf(f -> !f.startsWith("content/"));
    return new Report(validation.diagnostics().sorted(), List.copyOf(files), repo, strict);
  }

  /**
   * Prints the problems to {@code err} and returns true when the content has errors, so that the
   * caller stops.
   */
  static boolean stop(Validation validation, java.nio.file.Path repo, PrintWriter err) {
    if (!validation.diagnostics().hasErrors()) {
      return false;
    }
    ReportFormat.TEXT.write(report(validation, repo, false), err);
    err.println("pmo: stopped, because the content has errors; fix them and run again");
    err.flush();
    return true;
  }
}
