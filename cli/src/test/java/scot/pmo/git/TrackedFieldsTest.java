package scot.pmo.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.pmo.GitScratch;

/** The fields a history keeps at each commit that changed a file (synthetic test data). */
class TrackedFieldsTest {

  private static final TrackedFields RAID =
      new TrackedFields("content/interdependencies", List.of("status", "likelihood", "impact"));

  @TempDir Path temp;

  @Test
  void keepsEachVersionsFieldsOldestFirstThroughARename() {
    GitScratch repo = GitScratch.init(temp.resolve("repo"));
    repo.write(
        "content/interdependencies/synthetic-risk.md",
        "---\ntitle: \"Synthetic risk\"\nstatus: open\nlikelihood: \"2\"\nimpact: 3\n---\nText.\n");
    repo.write("content/people/pat-example.yaml", "name: \"Pat Example\"\nstatus: open\n");
    String first = repo.commit("First", "Ann Example", "2024-01-10T10:00:00Z");
    repo.git("mv", "content/interdependencies/synthetic-risk.md", "content/interdependencies/r.md");
    repo.edit("content/interdependencies/r.md", "status: open", "status: escalated");
    String second = repo.commit("Second", "Ann Example", "2024-02-10T10:00:00Z");
    repo.write("content/interdependencies/r.md", "---\ntitle: [not, closed\n");
    repo.commit("Broken", "Ann Example", "2024-03-10T10:00:00Z");

    GitHistory history = GitHistory.read(repo.dir(), HistoryLimits.DEFAULT, Optional.empty(), RAID);
    List<FieldVersion> versions = history.of("content/interdependencies/r.md").get().versions();
    assertThat(versions).extracting(v -> v.commit().commit()).startsWith(first, second);
    assertThat(versions)
        .extracting(FieldVersion::fields)
        .containsExactly(
            Map.of("status", "open", "likelihood", "2", "impact", "3"),
            Map.of("status", "escalated", "likelihood", "2", "impact", "3"),
            Map.of());
    assertThat(history.of("content/people/pat-example.yaml").get().versions()).isEmpty();

    // From the first commit, nothing after it.
    GitHistory then = GitHistory.read(repo.dir(), HistoryLimits.DEFAULT, Optional.of(first), RAID);
    assertThat(then.of("content/interdependencies/synthetic-risk.md").get().versions()).hasSize(1);
    assertThat(then.of("content/interdependencies/r.md")).isEmpty();
    assertThat(then.changeSets()).hasSize(1);
  }
}
