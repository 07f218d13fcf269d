package scot.pmo.publish.report;

import java.io.PrintWriter;

/** The forms a validation report can take, for people and for machines. */
public enum ReportFormat {
  TEXT(new TextReporter(false)),
  JSON(new JsonReporter()),
  GITHUB(new GithubReporter()),
  SARIF(new SarifReporter()),
  JUNIT(new JunitReporter());

  private final Reporter reporter;

  ReportFormat(Reporter reporter) {
    this.reporter = reporter;
  }

  public void write(Report report, PrintWriter out) {
    write(report, out, false);
  }

  /** Writes the report; {@code colour} marks severities with terminal colours (text only). */
  public void write(Report report, PrintWriter out, boolean colour) {
    (colour && this == TEXT ? new TextReporter(true) : reporter).write(report, out);
    out.flush();
  }

  /** Writes a report in one format. */
  interface Reporter {
    void write(Report report, PrintWriter out);
  }
}
