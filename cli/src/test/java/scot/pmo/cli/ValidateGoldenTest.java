package scot.pmo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import scot.pmo.Fixtures;

/**
 * Compares the text report of {@code pmo validate} on every fixture scenario with {@code
 * golden/validate/<scenario>/expected.txt}: the exit code on the first line, then standard output.
 * Run {@code mvn verify -Dgolden.update=true} to rewrite the golden files, and review the diff
 * before committing it.
 */
class ValidateGoldenTest {

  private static final Path GOLDEN = Fixtures.RESOURCES.resolve("golden").resolve("validate");
  private static final boolean UPDATE = Boolean.parseBoolean(System.getProperty("golden.update"));

  static List<String> scenarios() {
    List<String> all = new ArrayList<>();
    all.add(Fixtures.VALID);
    all.addAll(Fixtures.scenarios());
    return all;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void reportMatchesTheGoldenFile(String scenario, @TempDir Path tmp) throws IOException {
    Path repo = Fixtures.VALID.equals(scenario) ? Fixtures.repo(tmp) : Fixtures.repo(tmp, scenario);

    String actual = report(CliRun.run("--repo", repo.toString(), "validate"));

    assertThat(actual)
        .as("the report names files relative to the repository")
        .doesNotContain(tmp.toString());
    Path expected = GOLDEN.resolve(scenario).resolve("expected.txt");
    if (UPDATE) {
      Files.createDirectories(expected.getParent());
      Files.writeString(expected, actual);
      return;
    }
    assertThat(expected)
        .as("golden file for %s; create it with mvn verify -Dgolden.update=true", scenario)
        .exists();
    assertThat(actual)
        .as(
            "pmo validate on fixture %s differs from %s (if the change is intended, run"
                + " mvn verify -Dgolden.update=true and review the diff)",
            scenario, expected)
        .isEqualTo(Files.readString(expected));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void reportIsTheSameOnEveryRun(String scenario, @TempDir Path tmp) {
    Path repo = Fixtures.VALID.equals(scenario) ? Fixtures.repo(tmp) : Fixtures.repo(tmp, scenario);

    CliRun first = CliRun.run("--repo", repo.toString(), "validate", "--format", "json");
    CliRun second = CliRun.run("--repo", repo.toString(), "validate", "--format", "json");

    assertThat(second).isEqualTo(first);
  }

  @Test
  void everyGoldenFolderHasAScenario() throws IOException {
    List<String> folders;
    try (Stream<Path> dirs = Files.list(GOLDEN)) {
      folders = dirs.map(d -> d.getFileName().toString()).sorted().toList();
    }

    assertThat(folders).as("golden folders without a fixture scenario").isSubsetOf(scenarios());
  }

  private static String report(CliRun run) {
    String text = "exit: " + run.exitCode() + "\n" + run.out();
    return run.err().isEmpty() ? text : text + "--- standard error ---\n" + run.err();
  }
}
