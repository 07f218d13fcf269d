package scot.pmo.cli;

import static scot.pmo.cli.CliRun.assertThat;
import static scot.pmo.cli.CliRun.run;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.pmo.Fixtures;
import scot.pmo.testing.TestRepos;

class ValidateCommandTest {

  @TempDir Path tmp;

  @Test
  void validProgrammeHasNoProblems() {
    Path repo = Fixtures.repo(tmp);

    assertThat(run("--repo", repo.toString(), "validate"))
        .succeeds()
        .outContains("No problems in 20 files.")
        .errIsEmpty();
  }

  @Test
  void warningPassesWithoutStrict() {
    Path repo = Fixtures.repo(tmp, "placeholder-link");

    assertThat(run("--repo", repo.toString(), "validate"))
        .succeeds()
        .outContains("warning[placeholder-link]", "0 errors, 1 warning in 20 files.")
        .outDoesNotContain("--strict");
  }

  @Test
  void warningFailsUnderStrict() {
    Path repo = Fixtures.repo(tmp, "placeholder-link");

    assertThat(run("--repo", repo.toString(), "validate", "--strict"))
        .exitsWith(ExitCodes.CONTENT)
        .outContains(
            "content/projects/beta-project.md:15:31: warning[placeholder-link]",
            "0 errors, 1 warning in 20 files. (--strict: warnings fail the check)");
  }

  @Test
  void strictWarnsOfAnEntityWithoutASourceOnceTheProgrammeCitesAny() {
    Path sample = TestRepos.copy(tmp.resolve("sample"));
    TestRepos.write(
        sample,
        "content/organisations/synthetic-council.yaml",
        "name: \"Synthetic Council\"\ntype: council\nsummary: \"Synthetic test data.\"\n");

    assertThat(run("--repo", sample.toString(), "validate")).succeeds().outContains("No problems");
    assertThat(run("--repo", sample.toString(), "validate", "--strict"))
        .exitsWith(ExitCodes.CONTENT)
        .outContains(
            "content/organisations/synthetic-council.yaml:1:7: warning[entity-without-source]: an"
                + " organisation without a source",
            "hint: add, as its last field, 'sources:'",
            "0 errors, 1 warning in");
  }

  @Test
  void unknownFormatIsAUsageErrorThatListsTheFormats() {
    Path repo = Fixtures.repo(tmp);

    assertThat(run("--repo", repo.toString(), "validate", "--format", "nope"))
        .exitsWith(ExitCodes.USAGE)
        .outIsEmpty()
        .errContains(
            "Invalid value for option '--format': 'nope' is not a format:"
                + " use text, json, github, sarif or junit",
            "Run 'pmo validate --help' for the options.");
  }

  @Test
  void formatNamesAreCaseInsensitive() {
    Path repo = Fixtures.repo(tmp);

    assertThat(run("--repo", repo.toString(), "validate", "--format", "JSON"))
        .succeeds()
        .outContains("\"passed\" : true");
  }

  @Test
  void unknownOptionIsAUsageError() {
    assertThat(run("validate", "--bogus"))
        .exitsWith(ExitCodes.USAGE)
        .errContains("Unknown option: '--bogus'");
  }

  @Test
  void repositoryWithoutContentIsAnEnvironmentProblem() {
    Path empty = tmp.resolve("empty");

    assertThat(run("--repo", empty.toString(), "validate"))
        .exitsWith(ExitCodes.ENVIRONMENT)
        .outIsEmpty()
        .errContains(
            "pmo: --repo " + empty + " has no content/ folder",
            "hint: give the folder that holds content/");
  }

  @Test
  void smallerFileLimitCanBeSetOnTheCommandLine() {
    Path repo = Fixtures.repo(tmp);

    assertThat(run("--repo", repo.toString(), "validate", "--max-file-size", "100"))
        .exitsWith(ExitCodes.CONTENT)
        .outContains("error[file-too-large]", "raise the limit with --max-file-size");
  }
}
