package scot.pmo.cli;

import static scot.pmo.cli.CliRun.assertThat;
import static scot.pmo.cli.CliRun.run;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.pmo.testing.SyntheticRaid;
import scot.pmo.testing.TestRepos;

/**
 * {@code pmo validate} over a copy of the sample with the synthetic working view: the working
 * rules' warnings at their lines, {@code --strict} failing on them, and {@code --on} moving
 * "today".
 */
class ValidateWorkingRulesTest {

  @TempDir static Path tmp;
  static Path repo;
  static Path sample;

  @BeforeAll
  static void copies() {
    repo = TestRepos.copy(tmp.resolve("repo"));
    SyntheticRaid.addTo(repo);
    // The synthetic records cite no source: --strict here is about the working rules alone.
    appendTo(repo.resolve("pmo.yaml"), "rules:\n  entity-without-source: off\n");
    sample = TestRepos.copy(tmp.resolve("sample"));
  }

  @Test
  void overdueReviewsAndActionsAreWarningsAtTheirLines() {
    assertThat(run(repo, "validate", "--on", "2024-03-14"))
        .succeeds()
        .outContains(
            "content/interdependencies/synthetic-risk-volunteer-capacity.md:8:9:"
                + " warning[review-overdue]: the record is escalated and its review was due on"
                + " 2024-02-15, before today (2024-03-14)",
            "content/interdependencies/synthetic-risk-volunteer-capacity.md:21:10:"
                + " warning[action-overdue]: the action 'Synthetic action: write to every"
                + " council' (angela-scott) was due on 2024-02-09",
            "content/meetings/synthetic-cewg-2024-01.yaml:32:10: warning[action-overdue]: the"
                + " action 'Synthetic action: draft the council survey' (monica-patterson) was"
                + " due on 2024-02-29",
            "hint: if it is done, set 'status: done'",
            "0 errors, 3 warnings in");
  }

  @Test
  void strictFailsOnThem() {
    assertThat(run(repo, "validate", "--on", "2024-03-14", "--strict"))
        .exitsWith(ExitCodes.CONTENT)
        .outContains("warning[review-overdue]", "(--strict: warnings fail the check)");
  }

  @Test
  void asOfAnEarlierDayNothingIsOverdue() {
    assertThat(run(repo, "validate", "--on", "2024-01-01", "--strict"))
        .succeeds()
        .outDoesNotContain("review-overdue", "action-overdue");
  }

  @Test
  void theirCodesReachTheOtherFormats() {
    assertThat(run(repo, "validate", "--on", "2024-03-14", "--format", "github"))
        .succeeds()
        .outContains("::warning file=content/meetings/synthetic-cewg-2024-01.yaml,line=32,col=10,");
  }

  @Test
  void aDateThatIsNotADateIsAUsageError() {
    assertThat(run(repo, "validate", "--on", "2024-02-30"))
        .exitsWith(ExitCodes.USAGE)
        .errContains("--on");
  }

  @Test
  void theSampleAloneHasNoProblemsToday() {
    assertThat(run(sample, "validate", "--strict")).succeeds().outContains("No problems in");
  }

  private static void appendTo(Path file, String text) {
    try {
      java.nio.file.Files.writeString(file, text, java.nio.file.StandardOpenOption.APPEND);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
