package scot.pmo.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import scot.pmo.model.Diagnostic;

/**
 * The explanations of YAML syntax errors on text they were not written for: broken cases with
 * characters dropped, doubled and swapped must still give one problem, inside the text, and never
 * an exception. (The golden cases in {@code golden/yaml-errors/} say what each explanation is.)
 */
class YamlSyntaxTest {

  private static final Path CASES = Path.of("src/test/resources/golden/yaml-errors");
  private static final String TROUBLE = "\"':-[]{}#\t &*|>,?@`%\\\n ";

  private final YamlReader reader = new YamlReader(LoadLimits.DEFAULT);

  @Test
  void everyMutationOfABrokenCaseGivesAProblemInsideTheText() throws IOException {
    Random random = new Random(20260101);
    List<String> texts;
    try (Stream<Path> files = Files.list(CASES)) {
      texts =
          files
              .filter(f -> f.toString().endsWith(".yaml"))
              .sorted()
              .map(YamlSyntaxTest::read)
              .toList();
    }
    int problems = 0;
    for (String text : texts) {
      for (int i = 0; i < 150; i++) {
        String mutated = mutate(text, random);
        YamlReader.Result result = reader.read(mutated, "content/texts/a.yaml", 1);
        Diagnostic problem = result.problem();
        if (problem == null) {
          continue;
        }
        problems++;
        int lines = mutated.split("\n", -1).length;
        assertThat(problem.at().line()).as(mutated).isBetween(0, lines);
        assertThat(problem.message()).as(mutated).isNotBlank();
      }
    }
    assertThat(problems).isGreaterThan(1000);
  }

  @Test
  void aQuoteThatRunsIntoTheNextValueIsReportedWhereItOpens() {
    YamlReader.Result result =
        reader.read("title: \"Active Communities\nstatus: \"active\"\n", "content/a.yaml", 1);

    assertThat(result.problem().at()).hasToString("content/a.yaml:1:8");
    assertThat(result.problem().message())
        .isEqualTo("this quote is never closed, so the value runs on to the quote on line 2");
    assertThat(result.problem().hint())
        .isEqualTo("close it at the end of the value: title: \"Active Communities\"");
  }

  @Test
  void aQuotedValueOverSeveralLinesIsNoUnclosedQuote() {
    YamlReader.Result result =
        reader.read("summary: \"a long\n  value\"\nstatus: active\n", "content/a.yaml", 1);

    assertThat(result.problem()).isNull();
  }

  @Test
  void frontMatterPositionsCountTheFence() {
    YamlReader.Result result = reader.read("title: x\nstatus active\n", "content/a.md", 2);

    assertThat(result.problem().at()).hasToString("content/a.md:3:7");
  }

  private static String mutate(String text, Random random) {
    StringBuilder s = new StringBuilder(text);
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits && s.length() > 1; e++) {
      int at = random.nextInt(s.length());
      switch (random.nextInt(3)) {
        case 0 -> s.deleteCharAt(at);
        case 1 -> s.insert(at, TROUBLE.charAt(random.nextInt(TROUBLE.length())));
        default -> {
          if (at + 1 < s.length()) {
            char c = s.charAt(at);
            s.setCharAt(at, s.charAt(at + 1));
            s.setCharAt(at + 1, c);
          }
        }
      }
    }
    return s.toString();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
