package scot.pmo.author;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import scot.pmo.load.ContentLoader;
import scot.pmo.load.LoadLimits;
import scot.pmo.model.Entity;

/** Setting fields in a file by editing only their lines. */
class FieldEditorTest {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private static final String RISK =
      """
      ---
      # Synthetic record, kept by hand as well as imported
      title: "Synthetic risk"
      type: risk
      project: active-communities
      status: open   # as at the last board
      owner: angela-scott

      # when it came up
      raised: "2024-02-08"
      projects:
        - crerar-implementation
      ---
      The detail, in Markdown.

      owner: not a field, but text
      """;

  private static Entity load(String path, String text) {
    return new ContentLoader(Path.of("."), LoadLimits.DEFAULT)
        .loadText(path, text)
        .entities()
        .get(0);
  }

  private static FieldEditor.Edited apply(String text, Map<String, JsonNode> values) {
    return FieldEditor.apply(text, load("content/interdependencies/x.md", text), values);
  }

  @Test
  void aChangedValueChangesItsLineAlone() {
    Map<String, JsonNode> values = new LinkedHashMap<>();
    values.put("title", JSON.textNode("Synthetic risk"));
    values.put("status", JSON.textNode("closed"));
    FieldEditor.Edited edited = apply(RISK, values);
    assertThat(edited.changed()).containsExactly("status");
    assertThat(edited.text())
        .isEqualTo(
            RISK.replace(
                "status: open   # as at the last board",
                "status: closed   # as at the last board"));
  }

  @Test
  void aListIsWrittenAgainAndTheCommentsAroundItStay() {
    Map<String, JsonNode> values = new LinkedHashMap<>();
    values.put("projects", JSON.arrayNode().add("crerar-implementation").add("active-communities"));
    values.put("owner", JSON.textNode("derek-crichton"));
    String text = apply(RISK, values).text();
    assertThat(text)
        .isEqualTo(
            RISK.replace("owner: angela-scott\n", "owner: derek-crichton\n")
                .replace(
                    "  - crerar-implementation\n",
                    "  - crerar-implementation\n  - active-communities\n"));
  }

  @Test
  void aNewFieldGoesAfterTheLastAndAnEmptyOneIsRemoved() {
    Map<String, JsonNode> values = new LinkedHashMap<>();
    values.put("review", JSON.textNode("2024-06-01"));
    values.put("owner", null);
    values.put("likelihood", null); // absent already: nothing to do
    FieldEditor.Edited edited = apply(RISK, values);
    assertThat(edited.changed()).containsExactly("review", "owner");
    assertThat(edited.text())
        .isEqualTo(
            RISK.replace("owner: angela-scott\n", "")
                .replace("    - crerar-implementation\n---", "")
                .replace(
                    "  - crerar-implementation\n---\n",
                    "  - crerar-implementation\nreview: 2024-06-01\n---\n"));
  }

  @Test
  void aYamlFileWithWindowsLineEndsKeepsThem() {
    String text =
        "name: \"Synthetic Person\"\r\nseniority: manager\r\norganisation: fife-council\r\n";
    Entity person = load("content/people/synthetic-person.yaml", text);
    String edited =
        FieldEditor.apply(text, person, Map.of("seniority", JSON.textNode("director"))).text();
    assertThat(edited).isEqualTo(text.replace("manager", "director"));
  }

  @Test
  void aCommentAfterAValueStaysAfterItsNewValueAndAHashInQuotesIsNoComment() {
    String text =
        "name: \"Synthetic # Person\"\nseniority: manager # as the register says\n"
            + "organisation: fife-council\n";
    Entity person = load("content/people/synthetic-person.yaml", text);
    String edited =
        FieldEditor.apply(
                text,
                person,
                Map.of(
                    "seniority",
                    JSON.textNode("director"),
                    "name",
                    JSON.textNode("Synthetic Other")))
            .text();
    assertThat(edited)
        .isEqualTo(
            "name: \"Synthetic Other\"\nseniority: director # as the register says\n"
                + "organisation: fife-council\n");
  }

  @Test
  void textThatCouldBeMisreadIsQuotedAndReadsBackAsWritten() {
    for (String value : List.of("closed", "2024-02-08", "no", "on", "Risk: \"x\" # y", "3")) {
      String text = "name: \"Synthetic Person\"\nseniority: manager\n";
      Entity person = load("content/people/synthetic-person.yaml", text);
      String edited =
          FieldEditor.apply(text, person, Map.of("seniority", JSON.textNode(value))).text();
      assertThat(load("content/people/synthetic-person.yaml", edited).text("seniority"))
          .as(edited)
          .contains(value);
    }
  }
}
