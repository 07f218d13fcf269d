package scot.pmo.publish.report;

import java.nio.file.Path;
import java.util.List;
import scot.pmo.model.Diagnostic;
import scot.pmo.model.Severity;

/**
 * What a validation report prints: the sorted problems, the files checked, and where the
 * repository is (to quote source lines).
 *
 * @param diagnostics the problems, sorted by place
 * @param files every content file checked, repository-relative, sorted
 * @param repo the repository root
 * @param strict whether warnings fail the check
 */
public record Report(List<Diagnostic> diagnostics, List<String> files, Path repo, boolean strict) {

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
