package scot.pmo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;
import scot.pmo.GitScratch;
import scot.pmo.model.Kind;

/**
 * {@code pmo init}: a new repository that validates and builds at once, names only its own
 * programme, and never overwrites a file.
 */
class InitCommandTest {

  @TempDir Path tmp;

  @Test
  void aNewRepositoryValidatesAndBuildsAtOnce() throws Exception {
    Path repo = tmp.resolve("x");

    CliRun init =
        CliRun.run("init", repo.toString(), "--name", "Test Programme", "--org", "Anytown Trust");

    assertThat(init.exitCode()).as(init.err()).isZero();
    assertThat(init.out()).contains("Started Test Programme in " + repo);
    for (Kind kind : Kind.values()) {
      try (Stream<Path> files = Files.list(repo.resolve("content").resolve(kind.folder()))) {
        assertThat(files.toList()).as(kind.folder()).isNotEmpty();
      }
    }
    for (String file :
        List.of(
            "pmo.yaml",
            "README.md",
            ".gitignore",
            ".editorconfig",
            ".vscode/settings.json",
            ".github/workflows/pmo.yml",
            "schemas/project.schema.json",
            "schemas/common.schema.json")) {
      assertThat(repo.resolve(file)).as(file).isRegularFile();
    }
    assertThat(CliRun.run(repo, "validate", "--strict").exitCode()).isZero();

    GitScratch.init(repo).commit("Start the programme", "Test Author", "2026-12-01T10:00:00Z");
    CliRun build = CliRun.run(repo, "build");

    assertThat(build.exitCode()).as(build.err()).isZero();
    assertThat(repo.resolve("site/index.html")).content().contains("Test Programme");
    assertThat(repo.resolve("site/papers/example-project.pdf")).isRegularFile();
    assertThat(repo.resolve("site/papers/example-project.docx")).isRegularFile();
    String home = Files.readString(repo.resolve("site/index.html"));
    for (String other : List.of("Solace", "Improvement Service", "Active Communities")) {
      assertThat(home).doesNotContain(other);
    }
  }

  @Test
  void everyExampleSaysItIsAnExample() throws IOException {
    Path repo = tmp.resolve("x");
    assertThat(CliRun.run("init", repo.toString(), "--name", "Alpha").exitCode()).isZero();

    try (Stream<Path> files = Files.walk(repo.resolve("content"))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        assertThat(Files.readString(file).toLowerCase(Locale.ROOT))
            .as(file.toString())
            .contains("example");
      }
    }
  }

  @Test
  void namesAreQuotedSoThatTheyStayText() throws IOException {
    Path repo = tmp.resolve("x");
    String name = "Ops: \"North\" # 2 & <b>more</b>";

    CliRun init = CliRun.run("init", repo.toString(), "--name", name, "--org", "- a: b");

    assertThat(init.exitCode()).as(init.err()).isZero();
    String programme;
    try (Stream<Path> files = Files.list(repo.resolve("content/programmes"))) {
      programme = Files.readString(files.findFirst().orElseThrow());
    }
    Object data = new Yaml().load(programme.split("---")[1]);
    assertThat(data).asString().contains("title=" + name);
    assertThat(repo.resolve("content/programmes/ops-north-2-b-more-b.md")).exists();
    assertThat(repo.resolve("README.md"))
        .content()
        .contains("# Ops: \"North\" \\# 2 & \\<b\\>more");
    assertThat(CliRun.run(repo, "validate", "--strict").exitCode()).isZero();
  }

  @Test
  void theEditorSettingsMapEveryKindToItsSchema() throws IOException {
    Path repo = tmp.resolve("x");
    CliRun.run("init", repo.toString());

    JsonNode schemas =
        new ObjectMapper()
            .readTree(repo.resolve(".vscode/settings.json").toFile())
            .get("yaml.schemas");

    for (Kind kind : Kind.values()) {
      String schema = "./schemas/" + kind.label() + ".schema.json";
      assertThat(repo.resolve(schema)).exists();
      assertThat(schemas.get(schema).get(0).asText())
          .isEqualTo("content/" + kind.folder() + "/*.yaml");
    }
  }

  @Test
  void aFolderThatIsNotEmptyIsRefusedAndForceWritesOnlyWhatIsMissing() throws IOException {
    Path repo = tmp.resolve("x");
    Files.createDirectories(repo);
    Files.writeString(repo.resolve("README.md"), "my own notes\n");

    CliRun refused = CliRun.run("init", repo.toString());

    assertThat(refused.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(refused.err()).contains("is not empty (it holds README.md)").contains("--force");
    try (Stream<Path> files = Files.list(repo)) {
      assertThat(files.toList()).hasSize(1);
    }

    CliRun forced = CliRun.run("init", repo.toString(), "--force");

    assertThat(forced.exitCode()).as(forced.err()).isZero();
    assertThat(forced.out()).contains("kept README.md (already there)");
    assertThat(repo.resolve("README.md")).hasContent("my own notes");
    assertThat(repo.resolve("pmo.yaml")).exists();

    Files.writeString(repo.resolve("content/roles/example-role.yaml"), "title: Mine\n");
    CliRun again = CliRun.run("init", repo.toString(), "--force");

    assertThat(repo.resolve("content/roles/example-role.yaml")).hasContent("title: Mine");
    assertThat(again.out()).contains("kept content/roles/example-role.yaml (already there)");
    assertThat(again.exitCode()).isEqualTo(ExitCodes.CONTENT);
    assertThat(again.err()).contains("example-role.yaml").contains("missing-field");
  }

  @Test
  void theFolderNameGivesTheProgrammeItsNameWhenNoneIsGiven() {
    Path repo = tmp.resolve("digital-services");

    CliRun init = CliRun.run("init", repo.toString());

    assertThat(init.exitCode()).isZero();
    assertThat(repo.resolve("content/programmes/digital-services.md"))
        .content()
        .contains("title: \"Digital services\"");
  }
}
