package scot.pmo.publish.report;

import java.io.PrintWriter;
import scot.pmo.model.Diagnostic;
import scot.pmo.model.Severity;

/**
 * For people: {@code path:line:col: severity[code]: message}, the source line with a caret under
 * the column, and the hint; then a one-line summary.
 */
final class TextReporter implements ReportFormat.Reporter {

  @Override
  public void write(Report report, PrintWriter out) {
    SourceLines lines = new SourceLines(report.repo());
    for (Diagnostic d : report.diagnostics()) {
      out.println(d.at() + ": " + d.severity().label() + "[" + d.code() + "]: " + d.message());
      if (d.at().line() > 0) {
        lines.line(d.at().path(), d.at().line()).ifPresent(source -> {
          String shown = source.replace('\t', ' ');
          out.println("    " + shown);
          if (d.at().column() > 0 && d.at().column() <= shown.length() + 1) {
            out.println("    " + " ".repeat(d.at().column() - 1) + "^");
          }
        });
      }
      if (!d.hint().isEmpty()) {
        out.println("  hint: " + d.hint());
      }
    }
    long errors = report.count(Severity.ERROR);
    long warnings = report.count(Severity.WARNING);
    out.println(
        (errors + warnings == 0 ? "No problems" : plural(errors, "error") + ", "
            + plural(warnings, "warning"))
            + " in " + plural(report.filesRead(), "file") + "."
            + (report.strict() && warnings > 0 ? " (--strict: warnings fail the check)" : ""));
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
