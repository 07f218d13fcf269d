package scot.pmo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@link Main} in a real Java process, as a CI job would, to see its exit codes. */
class MainProcessTest {

  private static final long TIMEOUT_SECONDS = 60;

  @TempDir Path tmp;

  /** What a finished process left behind. */
  private record Finished(int exitCode, String out, String err) {}

  @Test
  void contentErrorExitsOneWithJsonNamingTheFile() throws Exception {
    Path repo = Fixtures.repo(tmp.resolve("repo"), "unknown-reference");

    Finished run = pmo("--repo", repo.toString(), "validate", "--format", "json");

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
    Finished run = pmo("--repo", "/nonexistent", "validate");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains(
            "pmo: --repo /nonexistent has no content/ folder",
            "hint: give the folder that holds content/");
  }

  @Test
  void unknownOptionExitsTwo() throws Exception {
    Finished run = pmo("validate", "--no-such-option");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Unknown option: '--no-such-option'", "Usage: pmo validate");
  }

  private Finished pmo(String... args) throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command =
        new ArrayList<>(
            List.of(
                java.toString(),
                "-XX:TieredStopAtLevel=1",
                "-Xshare:auto",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile(tmp, "out", ".txt");
    Path err = Files.createTempFile(tmp, "err", ".txt");
    Process process =
        new ProcessBuilder(command)
            .directory(tmp.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("pmo did not finish within " + TIMEOUT_SECONDS + " s: " + command);
    }
    return new Finished(process.exitValue(), Files.readString(out), Files.readString(err));
  }
}
