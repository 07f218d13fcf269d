package scot.pmo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The progress bar: its drawing, and silence where nobody watches a terminal. */
class ProgressTest {

  @Test
  void theBarFillsInProportionAndFitsTheTerminal() {
    assertThat(Progress.bar("Pages", 0, 100, 80)).startsWith("Pages ░").endsWith(" 0/100");
    assertThat(Progress.bar("Pages", 50, 100, 80))
        .isEqualTo("Pages " + "█".repeat(20) + "░".repeat(20) + " 50/100");
    assertThat(Progress.bar("Papers", 20, 20, 80)).doesNotContain("░").endsWith(" 20/20");
    assertThat(Progress.bar("Pages", 3, 7, 40).length()).isLessThanOrEqualTo(40);
  }

  @Test
  void withoutATerminalNothingIsPrinted() {
    StringWriter err = new StringWriter();
    try (Progress progress = new Progress(new PrintWriter(err), false)) {
      progress.step("Checking the content…");
      progress.start("Pages", 2).done();
    }
    // Tests run without a console, as CI does: the log stays clean.
    assertThat(err.toString()).isEmpty();
  }
}
