package scot.pmo.author;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import scot.pmo.model.HintedException;

/** Guessing which field a register's column fills, and overriding the guess. */
class ColumnMappingTest {

  private static FieldSpec field(String name, String description, boolean list) {
    return new FieldSpec(name, description, list, List.of(), false, false, Set.of());
  }

  private static final List<FieldSpec> RAID =
      List.of(
          field("title", "A short statement of the risk.", false),
          field("owner", "Who owns it (person id).", false),
          field("likelihood", "How likely it is.", false),
          field("impact", "How great the effect would be.", false),
          field("status", "Where it stands.", false),
          field("raised", "When it was recorded.", false),
          field("review", "When it is next to be reviewed.", false),
          field("projects", "Other projects it involves (project ids).", true),
          field("id", "The entity's id, which names its file.", false));

  private static final List<FieldSpec> PERSON =
      List.of(
          field("name", "Full name.", false),
          field("job_title", "Job title, as the person's organisation gives it.", false),
          field("organisation", "Employer (organisation id).", false));

  private static Map<String, String> mapped(ColumnMapping mapping) {
    Map<String, String> out = new LinkedHashMap<>();
    mapping.columns().forEach(c -> out.put(c.header(), c.field().name()));
    return out;
  }

  @Test
  void aRaidLogsHeadersAreGuessed() {
    ColumnMapping mapping =
        ColumnMapping.of(
            List.of(
                "Ref",
                "Risk description",
                "Owner",
                "Likelihood",
                "IMPACT",
                "Status:",
                "Date raised",
                "Review date",
                "Comments"),
            RAID,
            Map.of(),
            "an interdependency");
    assertThat(mapped(mapping))
        .containsExactly(
            Map.entry("Risk description", "title"),
            Map.entry("Owner", "owner"),
            Map.entry("Likelihood", "likelihood"),
            Map.entry("IMPACT", "impact"),
            Map.entry("Status:", "status"),
            Map.entry("Date raised", "raised"),
            Map.entry("Review date", "review"));
    assertThat(mapping.unmapped()).containsExactly("Ref", "Comments");
  }

  @Test
  void aContactListsHeadersAreGuessedFromSynonymsAndDescriptions() {
    ColumnMapping mapping =
        ColumnMapping.of(
            List.of("Full name", "Job title", "Organisation", "Email"),
            PERSON,
            Map.of(),
            "a person");
    assertThat(mapped(mapping))
        .containsExactly(
            Map.entry("Full name", "name"),
            Map.entry("Job title", "job_title"),
            Map.entry("Organisation", "organisation"));
    assertThat(mapping.unmapped()).containsExactly("Email");
  }

  @Test
  void mapWinsOverTheGuessAndTakesAListFieldAndTheId() {
    ColumnMapping mapping =
        ColumnMapping.of(
            List.of("Ref", "Risk", "Summary", "Related projects"),
            RAID,
            Map.of("Summary", "title", "Related projects", "projects[]", "ref", "id"),
            "an interdependency");
    assertThat(mapped(mapping))
        .containsEntry("Summary", "title")
        .containsEntry("Related projects", "projects")
        .containsEntry("Ref", "id")
        .doesNotContainKey("Risk");
    assertThat(mapping.columns())
        .filteredOn(c -> c.header().equals("Summary"))
        .allMatch(c -> c.given());
  }

  @Test
  void anUnknownFieldOrColumnIsAUsageErrorWithTheClosest() {
    assertThatThrownBy(
            () ->
                ColumnMapping.of(
                    List.of("Owner"), RAID, Map.of("Owner", "ownr"), "an interdependency"))
        .isInstanceOf(HintedException.class)
        .hasMessageContaining("'ownr', which is not a field of an interdependency")
        .satisfies(
            e ->
                assertThat(((HintedException) e).hint())
                    .contains("did you mean 'owner'?")
                    .contains("the fields are: title, owner"));
    assertThatThrownBy(
            () ->
                ColumnMapping.of(
                    List.of("Owner"), RAID, Map.of("Ownr", "owner"), "an interdependency"))
        .hasMessageContaining("the column 'Ownr', which the sheet does not have")
        .satisfies(e -> assertThat(((HintedException) e).hint()).contains("did you mean 'Owner'?"));
    assertThatThrownBy(
            () -> ColumnMapping.of(List.of("Owner"), RAID, Map.of("Owner", "owner[]"), "x"))
        .hasMessageContaining("takes one value, not a list");
  }
}
