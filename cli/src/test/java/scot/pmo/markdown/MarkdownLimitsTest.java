package scot.pmo.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The bounds checked before Markdown is parsed, at their edges. */
class MarkdownLimitsTest {

  @Test
  void backtickRunsAreCountedAsRunsUpToTheLimit() {
    // A run is one or more backticks together: a code span of ``x`` is two runs.
    String within = "``x`` ".repeat(MarkdownLimits.MAX_BACKTICK_RUNS / 2);
    assertThat(MarkdownLimits.find(within)).isEmpty();

    String past = "line one\n" + within + "`";
    assertThat(MarkdownLimits.find(past)).hasValueSatisfying(problem -> {
      assertThat(problem.why()).contains("more than 2000 runs of '`'");
      assertThat(problem.line()).isEqualTo(1);
      assertThat(problem.column()).isEqualTo(within.length() + 1);
      assertThat(problem.fix()).contains("fenced code block");
    });
  }

  @Test
  void aFencedCodeBlockOfManyLinesIsTwoRuns() {
    String code = "```\n" + "let x = 1;\n".repeat(10_000) + "```\n";
    assertThat(MarkdownLimits.find(code)).isEmpty();
  }
}
