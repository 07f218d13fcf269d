package scot.pmo.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How each kind reads, in a sentence and as a heading. */
class KindTest {

  /** label, singular, plural, with article, heading, plural heading. */
  private static final List<List<String>> NAMES =
      List.of(
          List.of("programme", "programme", "programmes", "a programme", "Programme", "Programmes"),
          List.of("anchor", "anchor", "anchors", "an anchor", "Anchor", "Anchors"),
          List.of(
              "workstream",
              "workstream",
              "workstreams",
              "a workstream",
              "Workstream",
              "Workstreams"),
          List.of("project", "project", "projects", "a project", "Project", "Projects"),
          List.of("role", "role", "roles", "a role", "Role", "Roles"),
          List.of("person", "person", "people", "a person", "Person", "People"),
          List.of(
              "organisation",
              "organisation",
              "organisations",
              "an organisation",
              "Organisation",
              "Organisations"),
          List.of("meeting", "meeting", "meetings", "a meeting", "Meeting", "Meetings"),
          List.of(
              "case-study",
              "case study",
              "case studies",
              "a case study",
              "Case study",
              "Case studies"),
          List.of(
              "reference",
              "reference",
              "references",
              "a reference",
              "Further reading",
              "Further reading"),
          List.of(
              "interdependency",
              "interdependency",
              "interdependencies",
              "an interdependency",
              "RAID record",
              "Interdependencies, risks and issues"),
          List.of("milestone", "milestone", "milestones", "a milestone", "Milestone", "Milestones"),
          List.of("text", "text", "texts", "a text", "Shared text", "Shared texts"));

  @Test
  void everyKindHasItsNames() {
    assertThat(NAMES)
        .extracting(n -> n.get(0))
        .containsExactlyElementsOf(Arrays.stream(Kind.values()).map(Kind::label).toList());
    for (List<String> n : NAMES) {
      Kind kind = Kind.byName(n.get(0)).orElseThrow();
      assertThat(
              List.of(
                  kind.label(),
                  kind.singular(),
                  kind.plural(),
                  kind.withArticle(),
                  kind.heading(),
                  kind.pluralHeading()))
          .as(kind.name())
          .isEqualTo(n);
    }
  }

  @Test
  void everyKindNamesTheReferencesItsFactsComeFrom() {
    for (Kind kind : Kind.values()) {
      assertThat(kind.references())
          .as(kind.label())
          .filteredOn(r -> r.path().text().equals(Kind.SOURCES))
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.label()).isEqualTo("sourced from");
                assertThat(r.inverse()).isEqualTo("source of");
                assertThat(r.targets()).containsExactly(Kind.REFERENCE);
              });
    }
  }

  @Test
  void severalKindsTakeTheArticleOfTheFirst() {
    assertThat(Kind.withArticle("organisation or person")).isEqualTo("an organisation or person");
    assertThat(Kind.withArticle("person or organisation")).isEqualTo("a person or organisation");
  }
}
