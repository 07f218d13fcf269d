package scot.pmo.publish.report;

import java.io.PrintWriter;
import scot.pmo.model.Diagnostic;
import scot.pmo.model.Severity;

/**
 * For people: {@code path:line:col: severity[code]: message}, the source line with a caret under
 * the column, and the hint; then a one-line summary.
 */
final class TextReporter implements ReportFormat.Reporter {

  /** The most characters of a source line shown. */
  private static final int WIDTH = 120;

  private final boolean colour;

  TextReporter(boolean colour) {
    this.colour = colour;
  }

  private String severity(Diagnostic d) {
    String label = d.severity().label();
    if (!colour) {
      return label;
    }
    String code =
        switch (d.severity()) {
          case ERROR -> "\u001B[1;31m";
          case WARNING -> "\u001B[1;33m";
          case NOTE -> "\u001B[1;36m";
        };
    return code + label + "\u001B[0m";
  }

  @Override
  public void write(Report report, PrintWriter out) {
    SourceLines lines = new SourceLines(report.repo());
    for (Diagnostic d : report.diagnostics()) {
      out.println(d.at() + ": " + severity(d) + "[" + d.code() + "]: " + d.message());
      if (d.at().line() > 0) {
        lines
            .line(d.at().path(), d.at().line())
            .ifPresent(
                source -> {
                  String shown = source.replace('\t', ' ');
                  int column = d.at().column();
                  // Show a window of a long line around the column, so the caret stays on screen.
                  int from = column > WIDTH ? column - WIDTH / 2 : 0;
                  int to = Math.min(shown.length(), from + WIDTH);
                  out.println(
                      "    "
                          + (from > 0 ? "…" : "")
                          + shown.substring(from, to)
                          + (to < shown.length() ? "…" : ""));
                  if (column > 0 && column <= shown.length() + 1) {
                    out.println("    " + " ".repeat(column - 1 - from + (from > 0 ? 1 : 0)) + "^");
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
        (errors + warnings == 0
                ? "No problems"
                : plural(errors, "error") + ", " + plural(warnings, "warning"))
            + " in "
            + plural(report.filesRead(), "file")
            + (report.drafts() > 0 ? ", " + plural(report.drafts(), "draft") : "")
            + "."
            + (report.strict() && warnings > 0 ? " (--strict: warnings fail the check)" : ""));
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
