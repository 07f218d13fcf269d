package scot.pmo.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes the YAML reader with its limits: any text ends in plain data (every value text, a list or
 * a mapping) or in one diagnostic, never in an exception, a constructed object or exhausted memory.
 * Small limits make the limits themselves reachable.
 */
class YamlReaderFuzzTest {

  private static final YamlReader READER = new YamlReader(new LoadLimits(64 * 1024, 10, 8, 200));

  @FuzzTest(maxDuration = "5m")
  void read(byte[] bytes) {
    String yaml = new String(bytes, StandardCharsets.UTF_8);
    YamlReader.Result result = READER.read(yaml, "content/texts/fuzzed.md", 2);
    if (result.problem() != null) {
      assertThat(result.data()).isNull();
      assertThat(result.problem().code())
          .isIn(
              "yaml-syntax",
              "yaml-tag",
              "yaml-alias",
              "yaml-limit",
              "duplicate-key",
              "not-a-mapping",
              "control-character");
      assertThat(result.problem().at().path()).isEqualTo("content/texts/fuzzed.md");
      if (result.problem().code().equals("yaml-alias")) {
        assertThat(result.problem().at().line()).as("where the anchor or alias is").isPositive();
      }
      return;
    }
    assertThat(result.data()).isNotNull();
    assertPlain(result.data(), 0);
  }

  private static void assertPlain(JsonNode node, int depth) {
    assertThat(depth).isLessThanOrEqualTo(9);
    if (node.isContainerNode()) {
      node.forEach(child -> assertPlain(child, depth + 1));
    } else {
      assertThat(node.isTextual() || node.isNull()).as(node.getNodeType().toString()).isTrue();
    }
  }
}
