package scot.pmo.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.pmo.publish.AtomicFolderPublisher;

/** Which files two scans of a repository say were edited, and when they cannot say. */
class RepoStampsTest {

  @TempDir Path repo;

  private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2024-03-01T10:00:00Z"));

  @BeforeEach
  void aRepository() throws Exception {
    write("content/projects/a.md", "a");
    write("content/projects/b.md", "b");
    write("pmo.yaml", "programme: x\n");
    write("site/index.html", "old");
    write("site/" + AtomicFolderPublisher.MARKER, "");
    write(".git/HEAD", "ref: refs/heads/main\n");
    write(".pmo/cache/papers/x", "cached");
  }

  @Test
  void filesOfContentEditedInPlaceAreNamed() throws Exception {
    RepoStamps before = RepoStamps.of(repo).orElseThrow();
    write("content/projects/b.md", "b, edited");

    assertThat(before.contentEditsTo(RepoStamps.of(repo).orElseThrow(), 20))
        .contains(List.of("content/projects/b.md"));
  }

  @Test
  void nothingChangedIsNothingToCheck() throws Exception {
    RepoStamps before = RepoStamps.of(repo).orElseThrow();
    assertThat(before.contentEditsTo(RepoStamps.of(repo).orElseThrow(), 20)).contains(List.of());
  }

  @Test
  void whatPmoWritesAndGitKeepsIsNotContent() throws Exception {
    RepoStamps before = RepoStamps.of(repo).orElseThrow();
    write("site/index.html", "new build");
    write("site/new-page.html", "new");
    write(".git/index", "staged");
    write(".pmo/cache/papers/y", "cached too");

    assertThat(before.contentEditsTo(RepoStamps.of(repo).orElseThrow(), 20)).contains(List.of());
  }

  @Test
  void anythingElseMeansReadingItAll() throws Exception {
    RepoStamps before = RepoStamps.of(repo).orElseThrow();
    write("pmo.yaml", "programme: y2\n");
    assertThat(before.contentEditsTo(RepoStamps.of(repo).orElseThrow(), 20)).isEmpty();

    before = RepoStamps.of(repo).orElseThrow();
    write("content/projects/c.md", "c");
    assertThat(before.contentEditsTo(RepoStamps.of(repo).orElseThrow(), 20)).isEmpty();

    before = RepoStamps.of(repo).orElseThrow();
    Files.delete(repo.resolve("content/projects/c.md"));
    assertThat(before.contentEditsTo(RepoStamps.of(repo).orElseThrow(), 20)).isEmpty();

    before = RepoStamps.of(repo).orElseThrow();
    write("content/projects/a.md", "a, edited");
    write("content/projects/b.md", "b, edited");
    assertThat(before.contentEditsTo(RepoStamps.of(repo).orElseThrow(), 1))
        .as("more edits than the most")
        .isEmpty();
  }

  @Test
  void aFileWrittenJustBeforeAScanIsCheckedAgainAtTheNext() throws Exception {
    // Where times are kept to the second, a file written again in the same second looks the same.
    Files.setLastModifiedTime(repo.resolve("content/projects/a.md"), FileTime.from(Instant.now()));
    RepoStamps before = RepoStamps.of(repo).orElseThrow();

    assertThat(before.contentEditsTo(RepoStamps.of(repo).orElseThrow(), 20))
        .contains(List.of("content/projects/a.md"));
  }

  private void write(String path, String text) throws Exception {
    Path file = repo.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    // Long settled, unless a test says otherwise; an edit changes the size as well as the time.
    if (!path.startsWith("site/") || path.endsWith(".html")) {
      Files.setLastModifiedTime(file, LONG_AGO);
    }
  }
}
