package scot.pmo.publish.report;

import java.io.PrintWriter;

/** The forms a validation report can take, for people and for machines. */
public enum ReportFormat {
  TEXT(new TextReporter()),
  JSON(new JsonReporter()),
  GITHUB(new GithubReporter()),
  SARIF(new SarifReporter()),
  JUNIT(new JunitReporter());

  private final Reporter reporter;

  ReportFormat(Reporter reporter) {
    this.reporter = reporter;
  }

  public void write(Report report, PrintWriter out) {
    reporter.write(report, out);
    out.flush();
  }

  /** Writes a report in one format. */
  interface Reporter {
    void write(Report report, PrintWriter out);
  }
}
