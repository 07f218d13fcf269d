package scot.pmo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import scot.pmo.DiffScenario;
import scot.pmo.GitScratch;
import scot.pmo.Golden;

/**
 * {@code pmo diff} on a repository made by the test (synthetic test data), one commit per change:
 * each step's diff says that change, in every format, and nothing else.
 */
class DiffCommandTest {

  @TempDir static Path temp;
  static GitScratch repo;

  @BeforeAll
  static void makeRepository() {
    repo = DiffScenario.build(temp.resolve("scenario"));
  }

  /** What each step's JSON summary counts; every other count is zero. */
  static Stream<Arguments> steps() {
    return Stream.of(
        Arguments.of(0, Map.of("added", 1)),
        Arguments.of(1, Map.of("roleChanges", 1)),
        Arguments.of(2, Map.of("changed", 1)),
        Arguments.of(3, Map.of("raidChanges", 1)),
        Arguments.of(4, Map.of("changed", 1, "problemsIntroduced", 1)),
        Arguments.of(5, Map.of("renamed", 1)));
  }

  @ParameterizedTest(name = "step {0}")
  @MethodSource("steps")
  void eachCommitIsReportedInEveryFormatAndNothingElse(int step, Map<String, Integer> expected)
      throws IOException {
    DiffScenario.Step s = DiffScenario.STEPS.get(step);
    String from = step == 0 ? "base" : DiffScenario.STEPS.get(step - 1).tag();
    String name = "diff/" + s.tag() + "-" + s.name();
    String json = "";
    for (String format : new String[] {"text", "markdown", "json"}) {
      CliRun run = CliRun.run(repo.dir(), "diff", from, s.tag(), "--format", format);
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.err()).isEmpty();
      Golden.assertMatches(run.out(), name + "." + extension(format));
      json = run.out();
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    new ObjectMapper()
        .readTree(json)
        .get("summary")
        .properties()
        .forEach(
            e -> {
              if (e.getValue().asInt() != 0) {
                counts.put(e.getKey(), e.getValue().asInt());
              }
            });
    assertThat(counts).isEqualTo(expected);
  }

  @Test
  void theWholeScenarioInOneDiff() throws IOException {
    for (String format : new String[] {"text", "markdown", "json"}) {
      CliRun run = CliRun.run(repo.dir(), "diff", "base", "step-6", "--format", format);
      assertThat(run.exitCode()).isZero();
      Golden.assertMatches(run.out(), "diff/base-to-step-6." + extension(format));
    }
  }

  @Test
  void theSponsorChangeNamesThePeople() throws IOException {
    JsonNode role = json("diff", "step-1", "step-2", "--format", "json").get("roles").get(0);
    assertThat(role.get("description").asText())
        .isEqualTo("Chief Executive Sponsor of Project Alpha: Pat Example → Robin Sample");
  }

  @Test
  void theMeetingMoveIsWrittenWithDates() throws IOException {
    JsonNode change =
        json("diff", "step-2", "step-3", "--format", "json")
            .get("changed")
            .get(0)
            .get("changes")
            .get(0);
    assertThat(change.get("description").asText())
        .isEqualTo("moved from 18 January 2024 to 25 January 2024");
  }

  @Test
  void theRenameIsOneRenameWithItsReferencesFollowing() throws IOException {
    JsonNode diff = json("diff", "step-5", "step-6", "--format", "json");
    JsonNode rename = diff.get("renamed").get(0);
    assertThat(rename.get("before").get("id").asText()).isEqualTo("example-town-centre");
    assertThat(rename.get("after").get("id").asText()).isEqualTo("town-centre-revival");
    assertThat(rename.get("referencesUpdated").get(0).get("id").asText())
        .isEqualTo("project-alpha");
    assertThat(diff.get("changed")).isEmpty();
    assertThat(diff.get("validation").get("introduced")).isEmpty();
  }

  @Test
  void theWorkingTreeIsTheDefaultTo() throws IOException {
    GitScratch copy = clone("working-tree");
    copy.edit("content/meetings/project-alpha-kick-off.yaml", "status: planned", "status: held");
    CliRun run = CliRun.run(copy.dir(), "diff", "HEAD");
    assertThat(run.exitCode()).isZero();
    // The kick-off of January 2024 was still planned: marking it held fixes that warning.
    assertThat(run.out())
        .startsWith("1 changed, 1 problem fixed\n")
        .contains("to the working tree")
        .contains("status: planned → held")
        .contains(
            "Problems fixed\n  content/meetings/project-alpha-kick-off.yaml:4:9:"
                + " warning[meeting-still-planned]");
  }

  @Test
  void contentErrorsInToAreReportedNotFatal() throws IOException {
    GitScratch copy = clone("broken");
    copy.write("content/people/sam-sample.yaml", "name: \"Sam Sample\n  organisation: [\n");
    CliRun run = CliRun.run(copy.dir(), "diff", "HEAD", "--format", "json");
    assertThat(run.exitCode()).isZero();
    JsonNode diff = new ObjectMapper().readTree(run.out());
    assertThat(diff.get("removed")).as("a file that cannot be read is not removed").isEmpty();
    // References to the unreadable file are left to its own error, not reported again.
    assertThat(diff.get("validation").get("introduced").findValuesAsText("code"))
        .containsExactly("yaml-syntax");
    assertThat(diff.get("notes").get(0).asText())
        .contains("content/people/sam-sample.yaml cannot be read in the working tree");
  }

  @Test
  void linksToFilesThatAreNotEntitiesResolveInAnOldRevision() {
    GitScratch links = GitScratch.init(temp.resolve("links"));
    DiffScenario.base(links);
    links
        .write("docs/guide.md", "Synthetic test data.\n")
        .write("content/case-studies/images/map.png", "Synthetic test data.\n")
        .edit(
            "content/case-studies/example-town-centre.md",
            "Synthetic test data.\n",
            "Synthetic test data. [Guide](../../docs/guide.md), ![map](images/map.png),"
                + " [folder](../../docs/).\n");
    links.commit("Link to a guide and a map", "Alex Example", "2024-01-08T09:00:00+00:00");
    CliRun run = CliRun.run(links.dir(), "diff", "HEAD");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("No changes to the programme\n");
    links.write(
        "content/people/pat-example.yaml",
        "name: \"Pat Example\"\n" + "organisation: demo-council\nseniority: chief-executive\n");
    links.commit("Touch Pat", "Alex Example", "2024-01-09T09:00:00+00:00");
    CliRun committed = CliRun.run(links.dir(), "diff", "HEAD~1", "HEAD");
    assertThat(committed.out()).startsWith("No changes to the programme\n");
  }

  @Test
  void anUnknownRevisionExitsTwoWithAHint() {
    CliRun run = CliRun.run(repo.dir(), "diff", "no-such-branch");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "pmo: 'no-such-branch' is not a revision in this repository\n"
                + "  hint: 'git log --oneline' lists the revisions; a branch, a tag, a commit id or"
                + " HEAD~N names one\n");
  }

  @Test
  void aRepositoryWithoutCommitsSaysSo() {
    GitScratch empty = GitScratch.init(temp.resolve("no-commits"));
    empty.write("content/people/pat-example.yaml", "name: \"Pat\"\n");
    CliRun run = CliRun.run(empty.dir(), "diff", "HEAD");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("'HEAD' is not a revision")
        .contains("the repository has no commits yet");
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    CliRun run = CliRun.run(repo.dir(), "diff", "HEAD~1", "--format", "html");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--format").contains("html");
  }

  @Test
  void withoutGitItExitsThreeWithAClearMessage() throws IOException {
    Path plain = temp.resolve("plain");
    Files.createDirectories(plain.resolve("content/people"));
    Files.writeString(plain.resolve("content/people/pat-example.yaml"), "name: \"Pat\"\n");
    CliRun run = CliRun.run(plain, "diff", "HEAD~1");
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err())
        .startsWith("pmo: no git repository holds ")
        .contains("hint: pmo diff compares revisions in git")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }

  @Test
  void aShallowCloneComparesWhatItHasAndSaysWhatIsMissing() {
    Path shallow = temp.resolve("shallow");
    repo.git("clone", "-q", "--depth", "1", "file://" + repo.dir(), shallow.toString());
    CliRun head = CliRun.run(shallow, "diff", "HEAD");
    assertThat(head.exitCode()).isZero();
    assertThat(head.out())
        .startsWith("No changes to the programme\n")
        .contains("note: this is a shallow clone");
    CliRun older = CliRun.run(shallow, "diff", "HEAD~1");
    assertThat(older.exitCode()).isEqualTo(2);
    assertThat(older.err())
        .contains("'HEAD~1' is not a revision")
        .contains("git fetch --unshallow");
  }

  @Test
  void aDetachedHeadWorks() {
    GitScratch copy = clone("detached");
    copy.git("checkout", "-q", "--detach", "step-3");
    CliRun run = CliRun.run(copy.dir(), "diff", "HEAD~1", "HEAD");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("1 changed\n").contains("moved from 18 January 2024");
  }

  @Test
  void aRevisionBeforeContentExistedIsAnEmptyProgramme() {
    GitScratch fresh = GitScratch.init(temp.resolve("fresh"));
    fresh.write("README.md", "Synthetic test data.\n");
    fresh.commit("Start", "Alex Example", "2024-01-01T09:00:00+00:00");
    fresh.write(
        "content/people/pat-example.yaml",
        "name: \"Pat Example\"\norganisation: demo-council\nseniority: officer\n");
    fresh.write(
        "content/organisations/demo-council.yaml", "name: \"Demo Council\"\ntype: council\n");
    CliRun run = CliRun.run(fresh.dir(), "diff", "HEAD");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("2 added\n");
  }

  private GitScratch clone(String name) {
    Path dir = temp.resolve(name);
    repo.git("clone", "-q", repo.dir().toString(), dir.toString());
    return GitScratch.at(dir);
  }

  private static JsonNode json(String... args) throws IOException {
    CliRun run = CliRun.run(repo.dir(), args);
    assertThat(run.exitCode()).as(run.err()).isZero();
    return new ObjectMapper().readTree(run.out());
  }

  private static String extension(String format) {
    return switch (format) {
      case "markdown" -> "md";
      case "json" -> "json";
      default -> "txt";
    };
  }
}
