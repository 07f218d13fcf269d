package scot.pmo.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.pmo.testing.WorkflowYaml.map;
import static scot.pmo.testing.WorkflowYaml.parse;
import static scot.pmo.testing.WorkflowYaml.runs;
import static scot.pmo.testing.WorkflowYaml.step;
import static scot.pmo.testing.WorkflowYaml.steps;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.pmo.author.Starter;

/**
 * The workflows around the distribution: the one that releases it from this repository, and the one
 * a new content repository gets, which installs a released distribution rather than building pmo.
 */
class ReleaseWorkflowsTest {

  private static final Path RELEASE_WORKFLOW = Path.of("../.github/workflows/release.yml");

  @TempDir Path tmp;

  @Test
  void aContentRepositoryInstallsTheReleasedDistributionThenChecksBuildsAndPublishes()
      throws IOException {
    String text = contentWorkflow(tmp);
    assertThat(text).doesNotContain("{{#", "{{/", "{{>").as("plain YAML, not a template");
    Map<String, Object> workflow = parse(text);
    assertThat(map(workflow.get("env")).get("PMO_VERSION")).asString().isNotBlank();
    Map<String, Object> jobs = map(workflow.get("jobs"));
    assertThat(jobs).containsOnlyKeys("check", "deploy");
    List<Map<String, Object>> steps = steps(map(jobs.get("check")));

    Map<String, Object> checkout = steps.get(0);
    assertThat(checkout.get("uses")).asString().startsWith("actions/checkout@");
    assertThat(map(checkout.get("with")).get("fetch-depth")).isEqualTo(0);
    Map<String, Object> java = steps.get(1);
    assertThat(java.get("uses")).isEqualTo("actions/setup-java@v4");
    assertThat(map(java.get("with")))
        .containsEntry("distribution", "temurin")
        .containsEntry("java-version", "17");

    Map<String, Object> install = step(steps, "Install pmo");
    assertThat(map(install.get("env")))
        .containsEntry("PMO_REPOSITORY", "${{ vars.PMO_REPOSITORY }}");
    assertThat(install.get("run"))
        .asString()
        .contains(
            "https://github.com/${PMO_REPOSITORY}/releases/download/v${PMO_VERSION}/pmo-${PMO_VERSION}.zip",
            "unzip",
            "$GITHUB_PATH")
        .doesNotContain("mvn");

    // The papers, the map's pictures and the start-up cache are kept between runs, restored
    // before pmo first runs: from this commit's run, or the latest of the same pmo version.
    Map<String, Object> caches = step(steps, "Keep pmo's caches between runs");
    assertThat(caches.get("uses")).asString().startsWith("actions/cache@");
    assertThat(steps.indexOf(caches))
        .isLessThan(steps.indexOf(step(steps, "Validate the content")));
    Map<String, Object> with = map(caches.get("with"));
    assertThat(with.get("path")).asString().contains(".pmo/cache", "~/.cache/pmo");
    assertThat(with.get("key"))
        .asString()
        .isEqualTo("pmo-${{ runner.os }}-${{ env.PMO_VERSION }}-${{ github.sha }}");
    assertThat(with.get("restore-keys"))
        .asString()
        .isEqualToIgnoringWhitespace("pmo-${{ runner.os }}-${{ env.PMO_VERSION }}-");

    List<String> runs = runs(steps);
    assertThat(runs).contains("pmo validate --format github", "pmo build --out site");
    assertThat(runs)
        .contains("pmo diff \"origin/$BASE_REF\" --format markdown >> \"$GITHUB_STEP_SUMMARY\"");
    assertThat(steps)
        .anySatisfy(
            s -> assertThat(String.valueOf(s.get("uses"))).startsWith("actions/upload-artifact@"));
    assertThat(steps)
        .anySatisfy(
            s ->
                assertThat(String.valueOf(s.get("uses")))
                    .startsWith("actions/upload-pages-artifact@"));
    assertThat(steps(map(jobs.get("deploy"))))
        .singleElement()
        .satisfies(s -> assertThat(s.get("uses")).asString().startsWith("actions/deploy-pages@"));
    assertThat(text)
        .doesNotContain("${{ github.base_ref }}\"")
        .as("the base branch reaches the shell through the environment, not interpolated");
  }

  @Test
  void installingWithoutTheRepositoryVariableFailsSayingWhatToSet() throws Exception {
    Map<String, Object> install =
        step(steps(map(map(parse(contentWorkflow(tmp)).get("jobs")).get("check"))), "Install pmo");
    Path script = tmp.resolve("install.sh");
    Files.writeString(script, (String) install.get("run"));

    ProcessBuilder builder =
        new ProcessBuilder("bash", "-e", script.toString())
            .directory(tmp.toFile())
            .redirectErrorStream(true);
    builder.environment().put("PMO_REPOSITORY", "");
    builder.environment().put("PMO_VERSION", "1.0.0");
    builder.environment().put("RUNNER_TEMP", tmp.toString());
    builder.environment().put("GITHUB_PATH", tmp.resolve("github-path").toString());
    Process process = builder.start();
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.exitValue()).isEqualTo(1);
    assertThat(out).contains("::error::", "PMO_REPOSITORY", "repository variable", "owner/name");
    assertThat(tmp.resolve("github-path")).doesNotExist();
  }

  @Test
  void aTagBuildsTheDistributionAndAttachesItsArchivesToARelease() throws IOException {
    Map<String, Object> workflow = parse(Files.readString(RELEASE_WORKFLOW));
    // SnakeYAML reads the key 'on' as it is written (YAML 1.1 would make it true elsewhere).
    Object on = workflow.containsKey("on") ? workflow.get("on") : workflow.get(true);
    assertThat(map(map(on).get("push")).get("tags")).isEqualTo(List.of("v*"));
    assertThat(map(workflow.get("permissions"))).containsEntry("contents", "write");
    List<String> runs = runs(steps(map(map(workflow.get("jobs")).get("release"))));
    assertThat(runs).contains("mvn -B -ntp -DskipTests package");
    assertThat(runs).contains("gh release create \"$GITHUB_REF_NAME\" dist/pmo-* --generate-notes");
  }

  /** The workflow as {@code pmo init} writes it into a new repository. */
  private static String contentWorkflow(Path tmp) throws IOException {
    Path repo = tmp.resolve("new-repository");
    Starter.start(
        repo, new Starter.Programme("Test", "Test office", LocalDate.of(2026, 1, 5)), false);
    return Files.readString(repo.resolve(".github/workflows/pmo.yml"));
  }
}
