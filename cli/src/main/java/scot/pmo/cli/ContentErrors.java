package scot.pmo.cli;

import java.io.PrintWriter;
import scot.pmo.publish.report.Report;
import scot.pmo.publish.report.ReportFormat;
import scot.pmo.validate.Validation;

/** Prints a validation's problems as a report, for the commands that stop on content errors. */
final class ContentErrors {

  private ContentErrors() {}

  /**
   * Prints the problems to {@code err} and returns true when the content has errors, so that the
   * caller stops.
   */
  static boolean stop(Validation validation, java.nio.file.Path repo, PrintWriter err) {
    if (!validation.diagnostics().hasErrors()) {
      return false;
    }
    ReportFormat.TEXT.write(Report.of(validation, repo, false), err, Terminal.colour());
    err.println("pmo: stopped, because the content has errors; fix them and run again");
    err.flush();
    return true;
  }
}
