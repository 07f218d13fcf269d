package scot.pmo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.pmo.GitScratch;
import scot.pmo.testing.TestRepos;

/**
 * {@code pmo brief --as-of} and {@code pmo build --as-of} on a repository made by the test: the
 * sample content committed on 1 March 2024, then a project renamed on 1 April 2024. As of a day in
 * March, the papers and pages are those of the first commit, byte for byte what a checkout of that
 * commit gives.
 */
class AsOfCommandTest {

  private static final String PROJECT = "content/projects/active-communities.md";
  private static final String FIRST_TITLE = "Active Communities";
  private static final String SECOND_TITLE = "Active Communities Renamed For A Synthetic Test";
  private static final String MARCH = "2024-03-15";

  @TempDir static Path temp;
  static GitScratch repo;
  static String first;
  static String second;

  @BeforeAll
  static void makeRepository() {
    repo = GitScratch.init(temp.resolve("repo"));
    TestRepos.copy(repo.dir());
    // As pmo init writes it: the papers pmo keeps to reuse are no part of the repository.
    repo.write(".gitignore", "/.pmo/cache/\n");
    first = repo.commit("The programme as first recorded", "Ann Example", "2024-03-01T10:00:00Z");
    repo.edit(PROJECT, "title: \"" + FIRST_TITLE + "\"", "title: \"" + SECOND_TITLE + "\"");
    second =
        repo.commit("Rename a project (synthetic)", "Ben Example", "2024-04-01T10:00:00+01:00");
  }

  /** A clone of the repository with the first commit checked out: the pack as it was made then. */
  private static Path checkoutOfFirst(String name) {
    Path dir = temp.resolve(name);
    GitScratch.at(temp).git("clone", "-q", repo.dir().toString(), dir.toString());
    GitScratch.at(dir).git("checkout", "-q", first);
    return dir;
  }

  @Test
  void briefAsOfADayReadsThatDaysCommitAndReproducesItsPack() throws IOException {
    String status = repo.git("status", "--porcelain");
    long temporaries = temporaryFolders();
    Path out = temp.resolve("papers-as-of");
    CliRun run =
        CliRun.run(
            repo.dir(),
            "brief",
            "active-communities",
            "--escalation-report",
            "--as-of",
            MARCH,
            "--format",
            "html,md",
            "--out",
            out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    String paper = Files.readString(out.resolve("active-communities.html"), StandardCharsets.UTF_8);
    assertThat(paper).contains(FIRST_TITLE).doesNotContain(SECOND_TITLE);
    assertThat(paper).contains(first.substring(0, 12)).doesNotContain(second.substring(0, 12));
    assertThat(paper).contains("1 March 2024");
    String report =
        Files.readString(out.resolve("cewg-escalation-report.html"), StandardCharsets.UTF_8);
    assertThat(report).contains("15 March 2024");

    Path checkout = checkoutOfFirst("checkout-brief");
    Path then = temp.resolve("papers-then");
    CliRun again =
        CliRun.run(
            checkout,
            "brief",
            "active-communities",
            "--escalation-report",
            "--as-of",
            MARCH,
            "--format",
            "html,md",
            "--out",
            then.toString());
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertSameFiles(out, then);

    // Nothing in the repository was touched, and no temporary copy is left behind.
    assertThat(repo.git("status", "--porcelain")).isEqualTo(status);
    assertThat(repo.git("rev-parse", "HEAD").trim()).isEqualTo(second);
    assertThat(temporaryFolders()).isLessThanOrEqualTo(temporaries);
  }

  @Test
  void buildAsOfADayBuildsThatDaysSiteAndNothingAfterIt() throws IOException {
    Path out = temp.resolve("site-as-of");
    CliRun run =
        CliRun.run(repo.dir(), "build", "--no-papers", "--as-of", MARCH, "--out", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    String page =
        Files.readString(out.resolve("projects/active-communities.html"), StandardCharsets.UTF_8);
    assertThat(page).contains(FIRST_TITLE).doesNotContain(SECOND_TITLE);
    String changes = Files.readString(out.resolve("changes.html"), StandardCharsets.UTF_8);
    assertThat(changes)
        .contains("The programme as first recorded")
        .doesNotContain("Rename a project");

    Path checkout = checkoutOfFirst("checkout-build");
    Path then = temp.resolve("site-then");
    CliRun again =
        CliRun.run(checkout, "build", "--no-papers", "--as-of", MARCH, "--out", then.toString());
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertSameFiles(out, then);

    // Without --as-of, the site is today's: the second title.
    Path now = temp.resolve("site-now");
    CliRun latest = CliRun.run(repo.dir(), "build", "--no-papers", "--out", now.toString());
    assertThat(latest.exitCode()).as(latest.err()).isZero();
    assertThat(
            Files.readString(
                now.resolve("projects/active-communities.html"), StandardCharsets.UTF_8))
        .contains(SECOND_TITLE);
  }

  @Test
  void aDateBeforeTheFirstCommitIsAUsageErrorThatSaysWhichDatesThereAre() {
    CliRun run = CliRun.run(repo.dir(), "brief", "--all", "--as-of", "2024-02-29");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .contains("2024-02-29")
        .contains("before the first commit")
        .contains("2024-03-01 or a later date");
    CliRun build = CliRun.run(repo.dir(), "build", "--as-of", "2024-02-29");
    assertThat(build.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(build.err()).contains("2024-02-29").contains("before the first commit");
  }

  @Test
  void aDateInTheFutureOrMalformedIsAUsageError() {
    CliRun future = CliRun.run(repo.dir(), "brief", "--all", "--as-of", "2999-01-01");
    assertThat(future.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(future.err()).contains("--as-of 2999-01-01 is after today");
    CliRun build = CliRun.run(repo.dir(), "build", "--as-of", "2999-01-01");
    assertThat(build.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(build.err()).contains("is after today");
    CliRun malformed = CliRun.run(repo.dir(), "brief", "--all", "--as-of", "2024-13-01");
    assertThat(malformed.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(malformed.err()).contains("2024-13-01");
  }

  @Test
  void withoutGitItSaysSoAndHowToGoOn() {
    Path plain = TestRepos.copy(temp.resolve("no-git"));
    CliRun run = CliRun.run(plain, "brief", "--all", "--as-of", MARCH);
    assertThat(run.exitCode()).isEqualTo(ExitCodes.ENVIRONMENT);
    assertThat(run.err())
        .contains("--as-of " + MARCH)
        .contains("no git repository holds")
        .contains("leave out --as-of");
  }

  @Test
  void aShallowCloneMissingTheDayAsksForTheWholeHistory() {
    Path shallow = temp.resolve("shallow");
    GitScratch.at(temp)
        .git("clone", "-q", "--depth", "1", "file://" + repo.dir(), shallow.toString());
    CliRun run = CliRun.run(shallow, "brief", "--all", "--as-of", MARCH);
    assertThat(run.exitCode()).isEqualTo(ExitCodes.ENVIRONMENT);
    assertThat(run.err())
        .contains(MARCH)
        .contains("shallow clone")
        .contains("git fetch --unshallow");
  }

  @Test
  void errorsInThatDaysContentAreShownAsItWasThen() {
    GitScratch broken = GitScratch.init(temp.resolve("broken"));
    TestRepos.copy(broken.dir());
    broken.edit(PROJECT, "workstream: workstream-2", "workstream: workstream-99");
    broken.commit(
        "A project names a workstream that does not exist", "Ann", "2024-03-01T10:00:00Z");
    broken.edit(PROJECT, "workstream: workstream-99", "workstream: workstream-2");
    broken.commit("Put the workstream right", "Ann", "2024-04-01T10:00:00Z");
    CliRun run = CliRun.run(broken.dir(), "brief", "--all", "--as-of", MARCH);
    assertThat(run.exitCode()).isEqualTo(ExitCodes.CONTENT);
    assertThat(run.err())
        .contains("the content as it was at the end of " + MARCH)
        .contains(PROJECT)
        .contains("workstream: workstream-99");
    CliRun now = CliRun.run(broken.dir(), "brief", "--all", "--out", temp.resolve("p").toString());
    assertThat(now.exitCode()).as(now.err()).isZero();
  }

  private static void assertSameFiles(Path expected, Path actual) throws IOException {
    List<String> names = files(expected);
    assertThat(files(actual)).isEqualTo(names);
    for (String name : names) {
      assertThat(Files.readAllBytes(actual.resolve(name)))
          .as(name)
          .isEqualTo(Files.readAllBytes(expected.resolve(name)));
    }
  }

  private static List<String> files(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> folder.relativize(p).toString())
          .filter(name -> !name.equals(".pmo-site"))
          .sorted()
          .toList();
    }
  }

  private static long temporaryFolders() throws IOException {
    try (Stream<Path> list = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return list.filter(p -> p.getFileName().toString().startsWith("pmo-as-of-")).count();
    }
  }
}
