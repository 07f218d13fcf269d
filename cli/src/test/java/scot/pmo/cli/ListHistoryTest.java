package scot.pmo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.pmo.GitScratch;

/** {@code pmo list --format json} with and without git history (synthetic test data). */
class ListHistoryTest {

  @TempDir Path temp;

  @Test
  void jsonCarriesCreatedAndUpdatedDatesMatchingGitLog() throws Exception {
    GitScratch repo = GitScratch.init(temp.resolve("repo"));
    repo.write("content/people/pat-example.yaml", "name: \"Pat Example\"\n");
    repo.commit("Add Pat", "Alex Example", "2024-01-10T10:00:00+00:00");
    repo.edit("content/people/pat-example.yaml", "Pat Example", "Patricia Example");
    repo.commit("Give Pat's full name", "Sam Sample", "2024-02-08T23:30:00-05:00");

    CliRun run = CliRun.run(repo.dir(), "list", "--format", "json");

    assertThat(run.exitCode()).isZero();
    JsonNode pat = new ObjectMapper().readTree(run.out()).get(0);
    assertThat(pat.get("id").asText()).isEqualTo("pat-example");
    assertThat(pat.get("created").asText()).isEqualTo("2024-01-10");
    assertThat(pat.get("updated").asText())
        .isEqualTo("2024-02-08")
        .isEqualTo(
            repo.git("log", "-1", "--format=%cs", "--", "content/people/pat-example.yaml").trim());
    assertThat(pat.get("updatedBy").asText()).isEqualTo("Sam Sample");
  }

  @Test
  void withoutGitTheListingHasNoDatesAndSaysWhy() throws Exception {
    GitScratch plain = GitScratch.at(temp);
    plain.write("content/people/pat-example.yaml", "name: \"Pat Example\"\n");

    CliRun run = CliRun.run(temp, "list", "--format", "json");

    assertThat(run.exitCode()).isZero();
    JsonNode pat = new ObjectMapper().readTree(run.out()).get(0);
    assertThat(pat.has("updated")).isFalse();
    assertThat(pat.get("path").asText()).isEqualTo("content/people/pat-example.yaml");
    assertThat(run.err()).contains("note: no git repository holds").doesNotContain("Exception");
  }

  @Test
  void textAndCsvAreUnchanged() {
    GitScratch plain = GitScratch.at(temp);
    plain.write("content/people/pat-example.yaml", "name: \"Pat Example\"\n");
    assertThat(CliRun.run(temp, "list", "--format", "csv").out())
        .startsWith("kind,id,title,path\nperson,pat-example,Pat Example,");
    assertThat(CliRun.run(temp, "list").err()).doesNotContain("git");
  }
}
