package scot.pmo.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.pmo.testing.WorkflowYaml.map;
import static scot.pmo.testing.WorkflowYaml.parse;
import static scot.pmo.testing.WorkflowYaml.runs;
import static scot.pmo.testing.WorkflowYaml.steps;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The GitHub workflow for content: well-formed, with the steps the README promises, and a guard for
 * the site build that matches how {@code pmo --help} lists commands.
 */
class ContinuousIntegrationTest {

  private static final Path WORKFLOW = Path.of("../.github/workflows/content.yml");

  @Test
  void theWorkflowValidatesSummarisesBuildsAndPublishes() throws IOException {
    Map<String, Object> workflow = load();
    Map<String, Object> jobs = map(workflow.get("jobs"));
    assertThat(jobs).containsOnlyKeys("check", "deploy");
    List<Map<String, Object>> steps = steps(map(jobs.get("check")));

    Map<String, Object> checkout = steps.get(0);
    assertThat(checkout.get("uses")).asString().startsWith("actions/checkout@");
    assertThat(map(checkout.get("with")).get("fetch-depth")).isEqualTo(0);
    assertThat(runs(steps))
        .anySatisfy(r -> assertThat(r).isEqualTo("./pmo validate --format github"));
    assertThat(runs(steps))
        .anySatisfy(
            r ->
                assertThat(r)
                    .isEqualTo(
                        "./pmo diff \"origin/$BASE_REF\" --format markdown >> \"$GITHUB_STEP_SUMMARY\""));
    assertThat(steps)
        .anySatisfy(
            s -> assertThat(String.valueOf(s.get("uses"))).startsWith("actions/upload-artifact@"));
    assertThat(steps(map(jobs.get("deploy"))))
        .singleElement()
        .satisfies(s -> assertThat(s.get("uses")).asString().startsWith("actions/deploy-pages@"));
    assertThat(Files.readString(WORKFLOW))
        .doesNotContain("${{ github.base_ref }}\"")
        .as("the base branch reaches the shell through the environment, not interpolated");
  }

  @Test
  void theSiteGuardFindsCommandsAsHelpListsThem() throws IOException {
    String script =
        runs(steps(map(map(load().get("jobs")).get("check")))).stream()
            .filter(r -> r.contains("grep"))
            .findFirst()
            .orElseThrow();
    Matcher grep = Pattern.compile("grep -qE '([^']+)'").matcher(script);
    assertThat(grep.find()).isTrue();
    String help = CliRun.run(Path.of(".."), "--help").out();
    assertThat(grep.group(1)).contains("build");
    Pattern diff = Pattern.compile(grep.group(1).replace("build", "diff"), Pattern.MULTILINE);
    Pattern made = Pattern.compile(grep.group(1).replace("build", "bui"), Pattern.MULTILINE);
    assertThat(diff.matcher(help).find()).as("the guard's pattern finds a listed command").isTrue();
    assertThat(made.matcher(help).find()).as("and only a whole command name").isFalse();
  }

  private static Map<String, Object> load() throws IOException {
    return parse(Files.readString(WORKFLOW, StandardCharsets.UTF_8));
  }
}
