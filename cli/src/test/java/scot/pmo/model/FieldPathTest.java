package scot.pmo.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldPathTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void parsesNamesAndListSteps() {
    FieldPath path = FieldPath.parse("further_reading[].reference");

    assertThat(path.steps())
        .containsExactly(
            new FieldPath.Step("further_reading", true), new FieldPath.Step("reference", false));
    assertThat(path).hasToString("further_reading[].reference");
  }

  @Test
  void visitsEveryTextInAListOfMappingsWithItsPointer() throws Exception {
    JsonNode data =
        JSON.readTree(
            """
        {"team": [
          {"role": "sponsor", "person": "alex-example"},
          {"role": "office", "organisation": "northshire-council"},
          {"role": "director", "person": "sam-sample"}
        ]}""");

    assertThat(visit("team[].person", data))
        .containsExactly(
            Map.entry("/team/0/person", "alex-example"), Map.entry("/team/2/person", "sam-sample"));
  }

  @Test
  void visitsNestedLists() throws Exception {
    JsonNode data =
        JSON.readTree(
            """
        {"groups": [
          {"members": ["a", "b"]},
          {"members": []},
          {"members": ["c"]}
        ]}""");

    assertThat(visit("groups[].members[]", data))
        .containsExactly(
            Map.entry("/groups/0/members/0", "a"),
            Map.entry("/groups/0/members/1", "b"),
            Map.entry("/groups/2/members/0", "c"));
  }

  @Test
  void leavesValuesOfTheWrongShapeToTheSchemaCheck() throws Exception {
    JsonNode data =
        JSON.readTree(
            """
        {"background": "not-a-list",
         "team": [{"person": ["a", "b"]}, "not-a-mapping", {"person": null}],
         "title": {"nested": "x"}}""");

    assertThat(visit("background[]", data)).isEmpty();
    assertThat(visit("team[].person", data)).isEmpty();
    assertThat(visit("title", data)).isEmpty();
    assertThat(visit("missing[].field", data)).isEmpty();
  }

  @Test
  void visitsATopLevelText() throws Exception {
    JsonNode data = JSON.readTree("{\"programme\": \"synthetic-programme\"}");

    assertThat(visit("programme", data))
        .containsExactly(Map.entry("/programme", "synthetic-programme"));
  }

  private static Map<String, String> visit(String path, JsonNode data) {
    Map<String, String> seen = new LinkedHashMap<>();
    FieldPath.parse(path).forEachText(data, seen::put);
    return seen;
  }

  @Test
  void aPointerIsNamedAsPeopleCountListItemsFromOne() {
    assertThat(FieldPath.named("")).isEmpty();
    assertThat(FieldPath.named("/status")).isEqualTo("status");
    assertThat(FieldPath.named("/team/1")).isEqualTo("team[2]");
    assertThat(FieldPath.named("/team/3/role")).isEqualTo("team[4].role");
    assertThat(FieldPath.named("/further_reading/0/reference"))
        .isEqualTo("further_reading[1].reference");
    assertThat(FieldPath.named("/a~1b")).isEqualTo("a/b");
    assertThat(FieldPath.named("/2024"))
        .as("a field named by digits is not a list item")
        .isEqualTo("2024");
  }
}
