package scot.pmo.publish.report;

import java.io.PrintWriter;

/** The forms a validation report can take, for people and for machines. */
public enum ReportFormat {
  TEXT,
  JSON,
  GITHUB,
  SARIF,
  JUNIT;

  public void write(Report report, PrintWriter out) {
    write(report, out, false);
  }

  /** Writes the report; {@code colour} marks severities with terminal colours (text only). */
  public void write(Report report, PrintWriter out, boolean colour) {
    reporter(colour).write(report, out);
    out.flush();
  }

  /**
   * The writer of this format, made when a report is written: the JSON writers start Jackson, which
   * every command line would otherwise pay for at start-up by naming the formats.
   */
  private Reporter reporter(boolean colour) {
    return switch (this) {
      case TEXT -> new TextReporter(colour);
      case JSON -> new JsonReporter();
      case GITHUB -> new GithubReporter();
      case SARIF -> new SarifReporter();
      case JUNIT -> new JunitReporter();
    };
  }

  /** Writes a report in one format. */
  interface Reporter {
    void write(Report report, PrintWriter out);
  }
}
