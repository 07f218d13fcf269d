package scot.pmo.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.pmo.GitScratch;

/**
 * The history of content files, read in one pass, against what the git command line says. The
 * repositories are made up for the test (synthetic test data) and have a merge, a rename, and
 * commits in a time zone whose date differs from UTC's.
 */
class GitHistoryTest {

  @TempDir static Path temp;
  static GitScratch repo;

  @BeforeAll
  static void makeRepository() {
    repo = GitScratch.init(temp.resolve("repo"));
    repo.write("content/people/pat-example.yaml", "name: \"Pat Example\"\n")
        .write(
            "content/projects/project-alpha.md",
            "---\ntitle: \"Project Alpha\"\n---\nSynthetic test data.\n")
        .write(
            "content/case-studies/old-name.md",
            "---\ntitle: \"A case\"\n---\nSynthetic test data, long enough to be\nrecognised\nas the same file\nafter a rename.\n")
        .write("README.md", "Synthetic test data.\n");
    repo.commit("Add the first entities", "Alex Example", "2024-01-10T10:00:00+00:00");
    // Just after midnight in UTC+2: the commit date is 1 February, though UTC says 31 January.
    repo.edit("content/projects/project-alpha.md", "Synthetic", "More synthetic");
    repo.commit("Reword Project Alpha", "Sam Sample", "2024-02-01T00:30:00+02:00");
    repo.git("checkout", "-q", "-b", "side");
    repo.edit("content/people/pat-example.yaml", "Pat", "Patricia");
    repo.commit("Give Pat's full name", "Robin Test", "2024-02-05T09:00:00+00:00");
    repo.git("checkout", "-q", "main");
    repo.write("content/meetings/alpha-kick-off.yaml", "title: \"Kick-off\"\n");
    repo.commit("Add the kick-off", "Alex Example", "2024-02-10T09:00:00+00:00");
    repo.gitAs(
        "Alex Example",
        "2024-03-01T09:00:00+00:00",
        "merge",
        "-q",
        "--no-ff",
        "-m",
        "Merge branch 'side'",
        "side");
    repo.git("mv", "content/case-studies/old-name.md", "content/case-studies/new-name.md");
    repo.commit("Rename the case study", "Sam Sample", "2024-03-05T12:00:00+00:00");
    repo.edit("README.md", "Synthetic", "Still synthetic");
    repo.commit("Reword the README only", "Sam Sample", "2024-03-06T12:00:00+00:00");
  }

  @Test
  void lastChangedDatesMatchGitLogForEveryContentFile() throws IOException {
    GitHistory history = GitHistory.read(repo.dir(), HistoryLimits.DEFAULT);
    assertThat(history.available()).isTrue();
    assertThat(history.complete()).isTrue();
    assertThat(history.notes()).isEmpty();
    List<String> files = contentFiles(repo.dir());
    assertThat(files).hasSize(4);
    for (String file : files) {
      String expected = repo.git("log", "-1", "--format=%cs", "--", file).trim();
      assertThat(history.of(file)).as(file).isPresent();
      assertThat(history.of(file).get().updated().date()).as(file).isEqualTo(expected);
    }
  }

  @Test
  void theDateIsTheCommittersNotUtcs() {
    EntityHistory alpha =
        GitHistory.read(repo.dir(), HistoryLimits.DEFAULT)
            .of("content/projects/project-alpha.md")
            .orElseThrow();
    assertThat(alpha.updated().date()).isEqualTo("2024-02-01");
    assertThat(alpha.created().date()).isEqualTo("2024-01-10");
    assertThat(alpha.authors()).containsExactly("Sam Sample", "Alex Example");
    assertThat(alpha.entries())
        .extracting(HistoryEntry::message)
        .containsExactly("Reword Project Alpha", "Add the first entities");
    assertThat(alpha.changes()).isEqualTo(2);
  }

  @Test
  void aChangeMadeOnABranchIsDatedByItsOwnCommitNotTheMerge() {
    EntityHistory pat =
        GitHistory.read(repo.dir(), HistoryLimits.DEFAULT)
            .of("content/people/pat-example.yaml")
            .orElseThrow();
    assertThat(pat.updated().date()).isEqualTo("2024-02-05");
    assertThat(pat.updated().author()).isEqualTo("Robin Test");
    assertThat(pat.updated().message()).isEqualTo("Give Pat's full name");
  }

  @Test
  void aRenamedFileKeepsItsCreationDate() {
    GitHistory history = GitHistory.read(repo.dir(), HistoryLimits.DEFAULT);
    EntityHistory renamed = history.of("content/case-studies/new-name.md").orElseThrow();
    assertThat(renamed.created().date()).isEqualTo("2024-01-10");
    assertThat(renamed.updated().date()).isEqualTo("2024-03-05");
    assertThat(renamed.updated().message()).isEqualTo("Rename the case study");
    assertThat(history.changeSets().get(0).files())
        .containsExactly(
            new ChangeSet.FileChange(
                "content/case-studies/new-name.md", "renamed", "content/case-studies/old-name.md"));
  }

  @Test
  void commitsThatChangeNoContentAreNotChangeSets() {
    GitHistory history = GitHistory.read(repo.dir(), HistoryLimits.DEFAULT);
    assertThat(history.changeSets())
        .extracting(c -> c.commit().message())
        .containsExactly(
            "Rename the case study",
            "Add the kick-off",
            "Give Pat's full name",
            "Reword Project Alpha",
            "Add the first entities");
    assertThat(history.of("README.md")).isEmpty();
  }

  @Test
  void aDetachedHeadReadsTheHistoryUpToIt() throws IOException {
    Path copy = temp.resolve("detached");
    repo.git("clone", "-q", repo.dir().toString(), copy.toString());
    GitScratch detached = GitScratch.at(copy);
    detached.git("checkout", "-q", "--detach", "HEAD~2");
    GitHistory history = GitHistory.read(copy, HistoryLimits.DEFAULT);
    assertThat(history.available()).isTrue();
    assertThat(history.of("content/case-studies/new-name.md")).isEmpty();
    for (String file : contentFiles(copy)) {
      assertThat(history.of(file).orElseThrow().updated().date())
          .as(file)
          .isEqualTo(detached.git("log", "-1", "--format=%cs", "--", file).trim());
    }
  }

  @Test
  void aShallowCloneSaysItsHistoryIsIncomplete() {
    Path shallow = temp.resolve("shallow");
    repo.git("clone", "-q", "--depth", "1", "file://" + repo.dir(), shallow.toString());
    GitHistory history = GitHistory.read(shallow, HistoryLimits.DEFAULT);
    assertThat(history.available()).isTrue();
    assertThat(history.complete()).isFalse();
    assertThat(history.notes())
        .singleElement()
        .asString()
        .contains("shallow clone")
        .contains("git fetch --unshallow");
    assertThat(history.of("content/projects/project-alpha.md")).isPresent();
  }

  @Test
  void aLongHistoryIsCutAtTheLimitWithANote() {
    GitHistory history = GitHistory.read(repo.dir(), HistoryLimits.DEFAULT.withMaxCommits(2));
    assertThat(history.complete()).isFalse();
    assertThat(history.notes())
        .singleElement()
        .asString()
        .contains("only the 2 most recent commits were read");
    assertThat(history.of("content/case-studies/new-name.md")).isPresent();
    assertThat(history.of("content/projects/project-alpha.md")).isEmpty();
  }

  @Test
  void withoutGitTheHistoryIsEmptyWithANote() throws IOException {
    Path plain = temp.resolve("plain");
    Files.createDirectories(plain.resolve("content/people"));
    Files.writeString(plain.resolve("content/people/pat-example.yaml"), "name: \"Pat\"\n");
    GitHistory history = GitHistory.read(plain, HistoryLimits.DEFAULT);
    assertThat(history.available()).isFalse();
    assertThat(history.files()).isEmpty();
    assertThat(history.notes()).singleElement().asString().contains("no git repository");
  }

  @Test
  void aRepositoryWithoutCommitsHasNoHistory() {
    GitScratch empty = GitScratch.init(temp.resolve("empty"));
    empty.write("content/people/pat-example.yaml", "name: \"Pat\"\n");
    GitHistory history = GitHistory.read(empty.dir(), HistoryLimits.DEFAULT);
    assertThat(history.available()).isFalse();
    assertThat(history.notes()).singleElement().asString().contains("no commits yet");
  }

  @Test
  void aProgrammeInASubFolderOfTheRepositoryHasItsOwnPaths() {
    GitScratch outer = GitScratch.init(temp.resolve("outer"));
    outer.write("programme/content/people/pat-example.yaml", "name: \"Pat\"\n");
    outer.commit("Add Pat", "Alex Example", "2024-05-01T10:00:00+01:00");
    GitHistory history = GitHistory.read(outer.dir().resolve("programme"), HistoryLimits.DEFAULT);
    assertThat(history.files()).containsOnlyKeys("content/people/pat-example.yaml");
  }

  static List<String> contentFiles(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root.resolve("content"))) {
      return files
          .filter(Files::isRegularFile)
          .map(f -> root.relativize(f).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }
}
