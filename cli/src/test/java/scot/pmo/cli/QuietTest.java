package scot.pmo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.pmo.Fixtures;

/** {@code --quiet}: every command prints only problems and the output it was asked for. */
class QuietTest {

  @TempDir Path tmp;

  private CliRun quietly(Path repo, String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "--repo";
    all[1] = repo.toString();
    all[2] = "--quiet";
    System.arraycopy(args, 0, all, 3, args.length);
    return CliRun.run(all);
  }

  @Test
  void commandsThatWriteFilesSayNothingWhenTheyWork() {
    Path repo = Fixtures.withTemplates(Fixtures.repo(tmp.resolve("repo")));
    for (String[] args :
        new String[][] {
          {"build", "--no-papers", "--out", tmp.resolve("site").toString()},
          {"brief", "--all", "--out", tmp.resolve("papers").toString()},
          {"export", "--out", tmp.resolve("export.csv").toString()},
          {
            "new",
            "person",
            "jo-bloggs",
            "--set",
            "name=Jo Bloggs",
            "--set",
            "organisation=northshire-council",
            "--set",
            "seniority=director"
          }
        }) {
      CliRun run = quietly(repo, args);
      assertThat(run.exitCode()).as(args[0] + ": " + run.err()).isZero();
      assertThat(run.out()).as(args[0]).isEmpty();
      assertThat(run.err()).as(args[0]).isEmpty();
    }
    assertThat(tmp.resolve("site/index.html")).exists();
    assertThat(repo.resolve("content/people/jo-bloggs.yaml")).exists();
  }

  @Test
  void problemsAndRequestedOutputStillShow() {
    Path repo = Fixtures.withTemplates(Fixtures.repo(tmp.resolve("repo")));
    assertThat(quietly(repo, "list", "project").out()).contains("alpha-project");
    CliRun wrong =
        quietly(
            repo,
            "new",
            "person",
            "jo-bloggs",
            "--set",
            "name=Jo Bloggs",
            "--set",
            "organisation=northshire-councl",
            "--set",
            "seniority=director");
    assertThat(wrong.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(wrong.err()).contains("'northshire-councl' names no organisation");
    assertThat(wrong.out()).doesNotContain("wrote");
  }
}
