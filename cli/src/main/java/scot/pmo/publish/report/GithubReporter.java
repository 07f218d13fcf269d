package scot.pmo.publish.report;

import java.io.PrintWriter;
import scot.pmo.model.Diagnostic;
import scot.pmo.model.Severity;

/**
 * For GitHub Actions: workflow commands that annotate the lines of a pull request, such as {@code
 * ::error file=content/x.md,line=3,col=5,title=unknown-reference::message}.
 */
final class GithubReporter implements ReportFormat.Reporter {

  @Override
  public void write(Report report, PrintWriter out) {
    for (Diagnostic d : report.diagnostics()) {
      String command =
          switch (d.severity()) {
            case ERROR -> "error";
            case WARNING -> report.strict() ? "error" : "warning";
            case NOTE -> "notice";
          };
      StringBuilder line =
          new StringBuilder("::").append(command).append(" file=").append(property(d.at().path()));
      if (d.at().line() > 0) {
        line.append(",line=").append(d.at().line());
        if (d.at().column() > 0) {
          line.append(",col=").append(d.at().column());
        }
      }
      line.append(",title=")
          .append(property(d.code()))
          .append("::")
          .append(data(d.message() + (d.hint().isEmpty() ? "" : "\n" + d.hint())));
      out.println(line);
    }
    out.println(
        "pmo: "
            + report.count(Severity.ERROR)
            + " error(s), "
            + report.count(Severity.WARNING)
            + " warning(s) in "
            + report.filesRead()
            + " file(s)");
  }

  /** Escapes a message as GitHub's workflow commands require. */
  static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escapes a property value, which also may not hold ':' or ','. */
  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
