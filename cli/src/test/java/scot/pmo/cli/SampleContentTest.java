package scot.pmo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The programme kept in this repository's own content/ folder. */
class SampleContentTest {

  /** The repository root, from the module folder in which Maven runs the tests. */
  private static final Path REPO = Path.of("..").toAbsolutePath().normalize();

  @Test
  void sampleContentHasNoProblems() {
    CliRun.assertThat(CliRun.run("--repo", REPO.toString(), "validate"))
        .succeeds()
        .outContains("No problems in ")
        .errIsEmpty();
  }

  @Test
  void sampleContentHasNoWarningsEither() {
    CliRun.assertThat(CliRun.run("--repo", REPO.toString(), "validate", "--strict")).succeeds();
  }

  @Test
  void listGivesEveryContentFileWithKindIdTitleAndPath() throws IOException {
    CliRun run = CliRun.run("--repo", REPO.toString(), "list", "--format", "json");

    CliRun.assertThat(run).succeeds().errIsEmpty();
    JsonNode list = new ObjectMapper().readTree(run.out());
    List<String> paths = new ArrayList<>();
    for (JsonNode item : list) {
      String path = item.path("path").asText();
      paths.add(path);
      String name = path.substring(path.lastIndexOf('/') + 1);
      assertThat(item.path("id").asText())
          .as(path)
          .isEqualTo(name.substring(0, name.lastIndexOf('.')));
      assertThat(item.path("kind").asText()).as(path).isNotBlank();
      assertThat(item.path("title").asText()).as(path).isNotBlank();
    }
    assertThat(paths).containsExactlyInAnyOrderElementsOf(contentFiles());
  }

  @Test
  void listNamesTheProjectsOfTheProgramme() throws IOException {
    CliRun run = CliRun.run("--repo", REPO.toString(), "list", "project", "--format", "json");

    JsonNode list = new ObjectMapper().readTree(run.out());
    List<String> ids = new ArrayList<>();
    list.forEach(
        item -> {
          assertThat(item.path("kind").asText()).isEqualTo("project");
          ids.add(item.path("id").asText());
        });
    assertThat(ids)
        .contains(
            "active-communities",
            "crerar-implementation",
            "procurement",
            "statutory-and-non-statutory-services");
    assertThat(list.get(0).path("path").asText()).startsWith("content/projects/");
  }

  private static List<String> contentFiles() throws IOException {
    try (Stream<Path> files = Files.walk(REPO.resolve("content"))) {
      return files
          .filter(Files::isRegularFile)
          .map(f -> REPO.relativize(f).toString().replace('\\', '/'))
          .filter(
              p -> {
                String lower = p.toLowerCase(Locale.ROOT);
                return lower.endsWith(".md") || lower.endsWith(".yaml") || lower.endsWith(".yml");
              })
          .toList();
    }
  }
}
