package scot.pmo.publish.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import scot.pmo.model.Diagnostic;
import scot.pmo.model.SourceRef;

/** Colour marks severities only when asked for, and never in machine formats. */
class TextColourTest {

  private final Report report =
      new Report(
          List.of(Diagnostic.error("unknown-field", new SourceRef("content/x.md", 2, 1), "m", "h")),
          List.of("content/x.md"),
          Path.of("."),
          false);

  @Test
  void colourOnlyWhenAsked() {
    assertThat(write(ReportFormat.TEXT, true))
        .contains("\u001B[1;31merror\u001B[0m[unknown-field]");
    assertThat(write(ReportFormat.TEXT, false))
        .doesNotContain("\u001B")
        .contains("content/x.md:2:1: error[unknown-field]: m");
    assertThat(write(ReportFormat.GITHUB, true)).doesNotContain("\u001B");
  }

  private String write(ReportFormat format, boolean colour) {
    StringWriter out = new StringWriter();
    format.write(report, new PrintWriter(out), colour);
    return out.toString();
  }
}
