package scot.pmo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@link Main} in a real Java process, as a CI job would, to see its exit codes. */
class MainProcessTest {

  @TempDir Path tmp;

  @Test
  void contentErrorExitsOneWithJsonNamingTheFile() throws Exception {
    Path repo = Fixtures.repo(tmp.resolve("repo"), "unknown-reference");

    MainProcess.Finished run = pmo("--repo", repo.toString(), "validate", "--format", "json");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    JsonNode report = new ObjectMapper().readTree(run.out());
    assertThat(report.path("summary").path("errors").asInt()).isEqualTo(1);
    JsonNode problem = report.path("diagnostics").get(0);
    assertThat(problem.path("path").asText()).isEqualTo("content/projects/beta-project.md");
    assertThat(problem.path("code").asText()).isEqualTo("unknown-reference");
    assertThat(problem.path("line").asInt()).isEqualTo(4);
  }

  @Test
  void missingRepositoryExitsThreeWithAMessageOnStandardError() throws Exception {
    MainProcess.Finished run = pmo("--repo", "/nonexistent", "validate");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains(
            "pmo: --repo /nonexistent has no content/ folder",
            "hint: give the folder that holds content/");
  }

  @Test
  void unknownOptionExitsTwo() throws Exception {
    MainProcess.Finished run = pmo("validate", "--no-such-option");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Unknown option: '--no-such-option'", "Usage: pmo validate");
  }

  /** Runs {@link Main} with {@code args} in a new Java process. */
  private MainProcess.Finished pmo(String... args) throws IOException, InterruptedException {
    return MainProcess.run(tmp, Map.of(), args);
  }
}
