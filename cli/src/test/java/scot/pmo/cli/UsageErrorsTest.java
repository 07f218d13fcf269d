package scot.pmo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.pmo.Fixtures;

/** A wrong command line gets the usage only when its shape is wrong, not for a wrong value. */
class UsageErrorsTest {

  @TempDir Path tmp;

  @Test
  void aValueThatNamesNothingSaysSoWithItsSuggestionAndPointsToHelp() {
    Path repo = Fixtures.withTemplates(Fixtures.repo(tmp.resolve("repo")));
    CliRun show = CliRun.run(repo, "show", "alpha-projet");
    assertThat(show.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(show.err())
        .contains(
            "no entity has the id 'alpha-projet'",
            "alpha-project",
            "Run 'pmo show --help' for the options.")
        .doesNotContain("Usage:");
    assertThat(show.err().lines().count()).isLessThanOrEqualTo(3);

    CliRun list = CliRun.run(repo, "list", "nosuch");
    assertThat(list.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(list.err()).contains("'nosuch' is not a kind").doesNotContain("Usage:");
  }

  @Test
  void aCommandLineOfTheWrongShapeGetsTheUsage() {
    Path repo = Fixtures.withTemplates(Fixtures.repo(tmp.resolve("repo")));
    CliRun missing = CliRun.run(repo, "show");
    assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(missing.err()).contains("Missing required parameter", "Usage: pmo show");

    CliRun unknown = CliRun.run(repo, "build", "--zzz");
    assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(unknown.err()).contains("Unknown option: '--zzz'", "Usage: pmo build");

    CliRun misspelt = CliRun.run(repo, "build", "--no-paper");
    assertThat(misspelt.err()).contains("Possible solutions: --no-papers");
  }
}
