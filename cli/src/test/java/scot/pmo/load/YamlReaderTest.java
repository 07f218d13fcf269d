package scot.pmo.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import scot.pmo.model.Diagnostic;
import scot.pmo.model.SourceRef;

class YamlReaderTest {

  private static final String PATH = "content/texts/a.yaml";

  private final YamlReader reader = new YamlReader(LoadLimits.DEFAULT);

  @ParameterizedTest(name = "{0} stays the text {0}")
  @CsvSource({
    "no",
    "yes",
    "on",
    "off",
    "true",
    "False",
    "2024-02-08",
    "1",
    "1.5",
    "0x1F",
    "1e3",
    ".inf"
  })
  void plainScalarsStayText(String value) {
    ObjectNode data = data("status: " + value + "\n");

    assertThat(data.get("status").isTextual()).isTrue();
    assertThat(data.get("status").textValue()).isEqualTo(value);
  }

  @Test
  void plainNullsAreNullButQuotedOnesAreText() {
    ObjectNode data = data("a:\nb: ~\nc: null\nd: \"null\"\ne: ''\n");

    assertThat(data.get("a").isNull()).isTrue();
    assertThat(data.get("b").isNull()).isTrue();
    assertThat(data.get("c").isNull()).isTrue();
    assertThat(data.get("d").textValue()).isEqualTo("null");
    assertThat(data.get("e").textValue()).isEmpty();
  }

  @Test
  void emptyDocumentIsAnEmptyMapping() {
    assertThat(data("")).isEmpty();
    assertThat(data("# only a comment\n")).isEmpty();
  }

  @Test
  void positionsIncludeTheFirstLine() {
    YamlReader.Result result = reader.read("title: x\nstatus:   open\n", PATH, 2);

    assertThat(result.positions().value("/status")).isEqualTo(new SourceRef(PATH, 3, 11));
  }

  @Test
  void typeTagIsRefusedWhereItStands() {
    Diagnostic problem = problem("title: x\nsummary: !!python/object:os.system \"echo\"\n");

    assertThat(problem.code()).isEqualTo("yaml-tag");
    assertThat(problem.at()).isEqualTo(new SourceRef(PATH, 2, 10));
    assertThat(problem.message()).contains("'!!python/object:os.system'");
  }

  @Test
  void standardTagIsRefusedToo() {
    Diagnostic problem = problem("max_holders: !!int 1\n");

    assertThat(problem.code()).isEqualTo("yaml-tag");
    assertThat(problem.message()).contains("'!!int'");
  }

  @Test
  void aliasIsRefusedAtTheAnchoredValue() {
    // SnakeYAML shares one node between an anchor and its aliases, so the place reported is the
    // anchored value (&x), not the alias (*x).
    Diagnostic problem = problem("a: &x [1, 2]\nb: *x\n");

    assertThat(problem.code()).isEqualTo("yaml-alias");
    assertThat(problem.at()).isEqualTo(new SourceRef(PATH, 1, 4));
  }

  @Test
  void billionLaughsIsRefusedAsAliasesWithoutExpandingThem() {
    StringBuilder yaml = new StringBuilder("a: &a [\"lol\", \"lol\", \"lol\"]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      String previous = "*" + (char) (c - 1);
      yaml.append(c)
          .append(": &")
          .append(c)
          .append(" [")
          .append(String.join(", ", java.util.Collections.nCopies(9, previous)))
          .append("]\n");
    }

    Diagnostic problem = problem(yaml.toString());

    // Refused at the first anchor, with its position, before any alias is expanded.
    assertThat(problem.code()).isEqualTo("yaml-alias");
    assertThat(problem.message()).isEqualTo("YAML anchors (&a) are not allowed in content");
    assertThat(problem.at()).isEqualTo(new SourceRef(PATH, 1, 4));
  }

  @Test
  void anAnchorWithoutAnAliasIsRefused() {
    Diagnostic problem = problem("title: x\nsummary: &unused \"text\"\n");

    assertThat(problem.code()).isEqualTo("yaml-alias");
    assertThat(problem.at()).isEqualTo(new SourceRef(PATH, 2, 10));
  }

  @Test
  void anAliasIsRefusedWhereItStands() {
    // An alias to no anchor, which SnakeYAML reads as an alias event all the same.
    Diagnostic problem = problem("title: x\nsummary: *nowhere\n");

    assertThat(problem.code()).isIn("yaml-alias", "yaml-syntax");
    assertThat(problem.at().line()).isEqualTo(2);
  }

  @Test
  void nestingPastTheLimitIsRefusedWhereItGoesTooDeep() {
    Diagnostic problem = problem("title: x\nx: " + "[".repeat(5_000) + "]".repeat(5_000) + "\n");

    assertThat(problem.code()).isEqualTo("yaml-limit");
    assertThat(problem.message()).contains("nested more than");
    assertThat(problem.at().line()).isEqualTo(2);
    assertThat(problem.at().column()).isPositive();
  }

  @Test
  void aFieldNameLongerThanYamlAllowsSaysSo() {
    Diagnostic problem = problem("title: x\n" + "k".repeat(900_000) + ": v\n");

    assertThat(problem.code()).isEqualTo("yaml-limit");
    assertThat(problem.message()).contains("longer than the 1,024 characters");
    assertThat(problem.at()).isEqualTo(new SourceRef(PATH, 2, 1));
  }

  @Test
  void mergeKeyIsRefused() {
    Diagnostic problem = problem("a: &x {k: v}\nb:\n  <<: *x\n");

    assertThat(problem.code()).isEqualTo("yaml-alias");
    assertThat(problem.message()).contains("anchors");
    assertThat(problem("b:\n  <<: {k: v}\n").message()).contains("merge keys");
  }

  @Test
  void listAsTheWholeDocumentIsNotAMapping() {
    Diagnostic problem = problem("- a\n- b\n");

    assertThat(problem.code()).isEqualTo("not-a-mapping");
    assertThat(problem.message()).isEqualTo("the file's data is a list, not a set of fields");
  }

  @Test
  void mappingAsAFieldNameIsRefused() {
    Diagnostic problem = problem("? {a: b}\n: c\n");

    assertThat(problem.code()).isEqualTo("yaml-syntax");
    assertThat(problem.message()).contains("a field name must be plain text");
  }

  @Test
  void deepNestingIsALimitError() {
    StringBuilder yaml = new StringBuilder();
    for (int i = 0; i < 60; i++) {
      yaml.append("  ".repeat(i)).append("k").append(i).append(":\n");
    }

    Diagnostic problem = problem(yaml.toString());

    assertThat(problem.code()).isEqualTo("yaml-limit");
  }

  @Test
  void tooManyValuesIsALimitError() {
    YamlReader small = new YamlReader(new LoadLimits(1024 * 1024, 10, 40, 5));

    YamlReader.Result result = small.read("a: [1, 2, 3, 4, 5, 6]\n", PATH, 1);

    assertThat(result.problem().code()).isEqualTo("yaml-limit");
    assertThat(result.problem().message()).isEqualTo("the file holds more than 5 values");
  }

  private ObjectNode data(String yaml) {
    YamlReader.Result result = reader.read(yaml, PATH, 1);
    assertThat(result.problem()).isNull();
    return result.data();
  }

  private Diagnostic problem(String yaml) {
    YamlReader.Result result = reader.read(yaml, PATH, 1);
    assertThat(result.data()).isNull();
    assertThat(result.problem()).isNotNull();
    return result.problem();
  }
}
