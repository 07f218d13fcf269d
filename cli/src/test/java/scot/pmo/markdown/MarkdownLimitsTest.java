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
    assertThat(MarkdownLimits.find(past))
        .hasValueSatisfying(
            problem -> {
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

  @Test
  void emphasisIsBoundedByTheCharactersThatCanOpenIt() {
    // 5,000 levels of nested emphasis overflowed the renderers' stack; the text has no '['.
    String nested = "*a _b ".repeat(5_000) + "x" + " b_ a*".repeat(5_000);
    assertThat(MarkdownLimits.find(nested))
        .hasValueSatisfying(
            problem -> {
              assertThat(problem.why()).contains("open emphasis");
              assertThat(problem.column()).isEqualTo(6 * 250 + 1);
            });
    assertThat(MarkdownLimits.find("*".repeat(10_000) + "x" + "*".repeat(10_000))).isPresent();
    assertThat(MarkdownLimits.find("*a _b ".repeat(240) + "x" + " b_ a*".repeat(240))).isEmpty();
  }

  @Test
  void closingEscapedAndInWordDelimitersOpenNothing() {
    // Closers, '\*', snake_case and bullets never open emphasis; a new list item or a blank line
    // ends the paragraph that emphasis nests in.
    String prose = "**bold**, __strong__. a snake_case_name, \\*not\\* and\n* a bullet\n";
    assertThat(MarkdownLimits.find(prose.repeat(2_000))).isEmpty();
    assertThat(MarkdownLimits.find("- **item** one\n".repeat(1_000))).isEmpty();
    assertThat(MarkdownLimits.find("**a** b\n\n".repeat(1_000))).isEmpty();
    assertThat(MarkdownLimits.find("**a** b\n".repeat(300))).isPresent();
  }

  @Test
  void aLongRunOfThematicBreakCharactersIsRefused() {
    // The thematic-break pattern recursed once per character: '- - - ...' overflowed it.
    assertThat(MarkdownLimits.find("- ".repeat(10_000) + "x"))
        .hasValueSatisfying(
            problem -> assertThat(problem.why()).contains("run of more than 500 '-'"));
    assertThat(MarkdownLimits.find("_ ".repeat(501))).isPresent();
    assertThat(MarkdownLimits.find("-".repeat(500) + "\n" + "-".repeat(500))).isEmpty();
  }

  @Test
  void listItemsOpenedOnOneLineAreBounded() {
    assertThat(MarkdownLimits.find("+ ".repeat(51) + "x"))
        .hasValueSatisfying(
            problem -> assertThat(problem.why()).contains("more than 50 nested list items"));
    assertThat(MarkdownLimits.find("1. ".repeat(51) + "x")).isPresent();
    assertThat(MarkdownLimits.find("> 1) + ".repeat(25) + "x")).isEmpty();
  }

  @Test
  void aDocumentOfPartsWithinBoundsIsWithinBounds() {
    // A paper joins texts and fields that were each checked: brackets are counted per paragraph.
    String part = "[a](https://example.org/) ".repeat(400);
    assertThat(MarkdownLimits.find(part)).isEmpty();
    String paper = "# Paper\n\n" + part + "\n\n- " + part + "\n- " + part + "\n";
    assertThat(MarkdownLimits.structureProblem(paper)).isPresent();
    assertThat(MarkdownLimits.composedProblem(paper)).isEmpty();
    assertThat(MarkdownLimits.composedProblem(part + part)).isPresent();
  }
}
