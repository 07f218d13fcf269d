package scot.pmo.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.pmo.GitScratch;

/** The last commit that changed each file, from a real repository. */
class LastChangesTest {

  private static final List<String> PATHS = List.of("content", "templates", "pmo.yaml");

  @TempDir Path tmp;

  @Test
  void namesTheLastCommitThatChangedEachFileAndTheFilesNotCommitted() {
    GitScratch git = GitScratch.init(tmp.resolve("repo"));
    git.write("content/projects/a.md", "a\n").write("content/projects/b.md", "b\n");
    git.write("pmo.yaml", "programme: p\n");
    String first = git.commit("First", "Ann Example", "2024-02-01T10:00:00Z");
    git.write("content/projects/b.md", "b, changed\n").write("README.md", "read me\n");
    String second = git.commit("Second", "Ann Example", "2024-03-01T10:00:00Z");
    git.write("README.md", "read me again\n");
    git.commit("Third: no content", "Ann Example", "2024-04-01T10:00:00Z");
    git.write("content/projects/a.md", "a, not committed\n");

    LastChanges changes = LastChanges.read(git.dir(), PATHS, Optional.empty());

    assertThat(changes.last().get("content/projects/a.md").id()).isEqualTo(first);
    assertThat(changes.last().get("content/projects/b.md").id()).isEqualTo(second);
    assertThat(changes.last().get("pmo.yaml").id()).isEqualTo(first);
    assertThat(changes.last()).doesNotContainKey("README.md");
    assertThat(changes.uncommitted()).containsExactly("content/projects/a.md");
    assertThat(changes.head()).map(Commit::clean).contains(false);

    LastChanges then = LastChanges.read(git.dir(), PATHS, Optional.of(first));
    assertThat(then.last().get("content/projects/b.md").id()).isEqualTo(first);
    assertThat(then.uncommitted()).isEmpty();
  }

  @Test
  void aMergeChangedOnlyWhatDiffersFromEveryParent() {
    GitScratch git = GitScratch.init(tmp.resolve("repo"));
    git.write("content/projects/a.md", "a\n").write("content/projects/b.md", "b\n");
    git.commit("First", "Ann Example", "2024-02-01T10:00:00Z");
    git.git("checkout", "-q", "-b", "side");
    git.write("content/projects/b.md", "b, on the side\n");
    String side = git.commit("Side", "Ann Example", "2024-02-02T10:00:00Z");
    git.git("checkout", "-q", "main");
    git.write("content/projects/a.md", "a, on main\n");
    String main = git.commit("Main", "Ann Example", "2024-02-03T10:00:00Z");
    git.gitAs("Ann Example", "2024-02-04T10:00:00Z", "merge", "-q", "--no-edit", "side");

    LastChanges changes = LastChanges.read(git.dir(), PATHS, Optional.empty());

    assertThat(changes.last().get("content/projects/a.md").id()).isEqualTo(main);
    assertThat(changes.last().get("content/projects/b.md").id()).isEqualTo(side);
    assertThat(changes.uncommitted()).isEmpty();
  }

  @Test
  void outsideGitNothingIsKnown() {
    assertThat(LastChanges.read(tmp, PATHS, Optional.empty())).isEqualTo(LastChanges.none());
  }
}
