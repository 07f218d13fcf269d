package scot.pmo.publish.report;

import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import scot.pmo.model.Audience;
import scot.pmo.model.Diagnostic;
import scot.pmo.model.Entity;
import scot.pmo.model.Severity;
import scot.pmo.validate.Validation;

/**
 * What a validation report prints: the sorted problems, the files checked, and where the repository
 * is (to quote source lines).
 *
 * @param diagnostics the problems, sorted by place
 * @param files every content file checked, repository-relative, sorted
 * @param repo the repository root
 * @param strict whether warnings fail the check
 * @param drafts how many of the files are drafts ({@code draft: true}), which builds leave out
 */
public record Report(
    List<Diagnostic> diagnostics, List<String> files, Path repo, boolean strict, long drafts) {

  /** A report of {@code files}, none of them counted as drafts. */
  public Report(List<Diagnostic> diagnostics, List<String> files, Path repo, boolean strict) {
    this(diagnostics, files, repo, strict, 0);
  }

  /** The report of a validation: its problems, every content file it checked, and its drafts. */
  public static Report of(Validation validation, Path repo, boolean strict) {
    TreeSet<String> files = new TreeSet<>();
    validation.catalogue().all().stream().map(Entity::path).forEach(files::add);
    validation.diagnostics().sorted().forEach(d -> files.add(d.at().path()));
    files.removeIf(f -> !f.startsWith("content/"));
    long drafts = validation.catalogue().all().stream().filter(Audience::isDraft).count();
    return new Report(validation.diagnostics().sorted(), List.copyOf(files), repo, strict, drafts);
  }

  public int filesRead() {
    return files.size();
  }

  public long count(Severity severity) {
    return diagnostics.stream().filter(d -> d.severity() == severity).count();
  }

  /** The severity a diagnostic counts as: under --strict, warnings fail like errors. */
  public boolean failing(Diagnostic d) {
    return d.severity() == Severity.ERROR || strict && d.severity() == Severity.WARNING;
  }
}
