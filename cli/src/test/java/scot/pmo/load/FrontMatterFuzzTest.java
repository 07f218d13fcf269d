package scot.pmo.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes the front-matter splitter: any text splits without an exception into parts that are the
 * text itself. {@code mvn test} replays the inputs in {@code FrontMatterFuzzTestInputs/}; {@code
 * JAZZER_FUZZ=1 mvn test -Dtest=FrontMatterFuzzTest} fuzzes.
 */
class FrontMatterFuzzTest {

  @FuzzTest(maxDuration = "5m")
  void split(byte[] bytes) {
    String text =
        new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n").replace('\r', '\n');
    FrontMatter split = FrontMatter.split(text);
    assertThat(split.bodyLine()).isPositive();
    if (split.yaml() == null) {
      assertThat(split.body()).isIn(text, "");
      return;
    }
    assertThat(split.unclosed()).isFalse();
    assertThat(text).startsWith("---");
    assertThat(text).contains(split.yaml());
    assertThat(text).endsWith(split.body());
    long yamlLines = split.yaml().chars().filter(c -> c == '\n').count();
    assertThat(split.bodyLine()).isEqualTo(split.yamlLine() + yamlLines + 1);
  }
}
