package scot.pmo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import scot.pmo.Fixtures;
import scot.pmo.Golden;

/**
 * One small broken file per kind of YAML syntax error, under {@code golden/yaml-errors/}, and the
 * report {@code pmo validate} gives on it beside it ({@code <case>.txt}): each names the file, line
 * and column of the mistake and says how to put it right. A {@code .yaml} case is the whole of a
 * project's file, a {@code .md} case a project's Markdown with its front matter. Run {@code mvn
 * verify -Dgolden.update=true} to rewrite the reports, and review the diff.
 */
class YamlErrorsGoldenTest {

  private static final Path CASES = Fixtures.RESOURCES.resolve("golden").resolve("yaml-errors");

  static List<String> cases() throws IOException {
    try (Stream<Path> files = Files.list(CASES)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(name -> name.endsWith(".yaml") || name.endsWith(".md"))
          .sorted()
          .toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportNamesTheMistakeAndTheFix(String name, @TempDir Path repo) throws IOException {
    String file = "content/projects/" + name;
    Files.createDirectories(repo.resolve("content/projects"));
    Files.copy(CASES.resolve(name), repo.resolve(file));

    CliRun run = CliRun.run("--repo", repo.toString(), "validate");

    assertThat(run.exitCode()).as(run.out()).isEqualTo(ExitCodes.CONTENT);
    assertThat(run.out())
        .as("one yaml-syntax error, at a line and column of the file")
        .matches("(?s)\\Q" + file + "\\E:\\d+:\\d+: error\\[yaml-syntax\\]: [^\\n]+\\n.*")
        .contains("  hint: ")
        .contains("1 error, 0 warnings in 1 file.")
        .doesNotContain("the YAML cannot be read");
    Golden.assertMatches(
        run.out(), "yaml-errors/" + name.substring(0, name.lastIndexOf('.')) + ".txt");
  }

  @Test
  void everyReportHasItsCase() throws IOException {
    List<String> cases = cases();
    try (Stream<Path> files = Files.list(CASES)) {
      assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".txt")))
          .allSatisfy(
              report ->
                  assertThat(cases)
                      .as("the case of %s", report)
                      .anyMatch(c -> c.startsWith(report.substring(0, report.length() - 4) + ".")));
    }
  }
}
