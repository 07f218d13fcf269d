package scot.pmo.publish.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import scot.pmo.diff.ProgrammeDiff;
import scot.pmo.diff.ProgrammeDiff.Change;
import scot.pmo.diff.ProgrammeDiff.EntityRef;
import scot.pmo.diff.ProgrammeDiff.FieldChange;
import scot.pmo.diff.ProgrammeDiff.RaidChange;
import scot.pmo.diff.ProgrammeDiff.RoleChange;
import scot.pmo.diff.ProgrammeDiff.Unreadable;
import scot.pmo.git.Revision;

/** The sentences the printers say for each fact of a diff (synthetic test data). */
class DiffSentencesTest {

  private static final EntityRef ALPHA =
      new EntityRef("project", "project-alpha", "Project Alpha", "content/projects/alpha.md");
  private static final EntityRef RECORD =
      new EntityRef(
          "interdependency",
          "alpha-needs-data",
          "Alpha needs data",
          "content/interdependencies/alpha-needs-data.yaml");

  @Test
  void everySortOfFieldChangeHasItsSentence() {
    List<FieldChange> changes =
        List.of(
            field("date", Change.SET, "", "18 January 2024"),
            field("date", Change.REMOVED, "18 January 2024", ""),
            field("job_title", Change.CHANGED, "\"Officer\"", "\"Director\""),
            field("date", Change.MOVED, "18 January 2024", "25 January 2024"),
            field("summary", Change.TEXT, "Old words", "New words"),
            new FieldChange("themes", Change.ITEMS, "", "", List.of("a", "b"), List.of("c"), 0),
            new FieldChange("themes", Change.ITEMS, "", "", List.of("a"), List.of(), 0),
            new FieldChange("themes", Change.ITEMS, "", "", List.of(), List.of("c"), 0),
            new FieldChange("further_reading", Change.ITEMS, "", "", List.of(), List.of(), 0),
            new FieldChange("themes", Change.REORDERED, "", "", List.of(), List.of(), 0),
            new FieldChange("text", Change.BODY, "", "", List.of(), List.of(), 1),
            new FieldChange("text", Change.BODY, "", "", List.of(), List.of(), 3),
            field("team", Change.TEAM, "", ""));
    assertThat(changes).extracting(c -> c.change()).containsAll(Arrays.asList(Change.values()));

    assertThat(changes)
        .extracting(DiffSentences::change)
        .containsExactly(
            "date set to 18 January 2024",
            "date removed (was 18 January 2024)",
            "job title: \"Officer\" → \"Director\"",
            "moved from 18 January 2024 to 25 January 2024",
            "summary: text changed",
            "themes: added a, b; removed c",
            "themes: added a",
            "themes: removed c",
            "further reading: changed",
            "themes: order changed",
            "text changed (1 line)",
            "text changed (3 lines)",
            "team: order or notes changed");
    assertThat(changes)
        .extracting(c -> c.change().label())
        .containsExactly(
            "set", "removed", "changed", "changed", "text", "items", "items", "items", "items",
            "items", "text", "text", "changed");
  }

  @Test
  void peopleJoinLeaveAndReplaceEachOther() {
    assertThat(
            List.of(
                role(List.of("Sam Sample"), List.of("Pat Example", "Robin Sample")),
                role(List.of(), List.of("Pat Example")),
                role(List.of(), List.of("Pat Example", "Robin Sample", "Sam Sample")),
                role(List.of("Sam Sample"), List.of()),
                role(List.of("Sam Sample", "Pat Example"), List.of())))
        .extracting(DiffSentences::role)
        .containsExactly(
            "Sponsor of Project Alpha: Sam Sample → Pat Example, Robin Sample",
            "Pat Example joined Project Alpha as Sponsor",
            "Pat Example, Robin Sample and Sam Sample joined Project Alpha as Sponsor",
            "Sam Sample left the role of Sponsor of Project Alpha",
            "Sam Sample and Pat Example left the roles of Sponsor of Project Alpha");
  }

  @Test
  void raidEventsSayTheirPartiesAndStatus() {
    Optional<String> none = Optional.empty();
    assertThat(
            List.of(
                raid("interdependency", "opened", "", "open", "depends-on", none, none, none),
                raid(
                    "interdependency",
                    "opened",
                    "",
                    "escalated",
                    "depended-on-by",
                    Optional.of("Demo Working Group"),
                    Optional.of("1 March 2024"),
                    none),
                raid("risk", "opened", "", "escalated", "depends-on", none, none, none),
                raid(
                    "interdependency",
                    "escalated",
                    "open",
                    "escalated",
                    "depends-on",
                    none,
                    Optional.of("1 March 2024"),
                    none),
                raid(
                    "issue",
                    "resolved",
                    "open",
                    "resolved",
                    "depends-on",
                    none,
                    none,
                    Optional.of("2 April 2024")),
                raid("interdependency", "closed", "open", "closed", "depends-on", none, none, none),
                raid(
                    "interdependency",
                    "de-escalated",
                    "escalated",
                    "open",
                    "depends-on",
                    Optional.of("Demo Working Group"),
                    none,
                    Optional.of("2 April 2024")),
                raid(
                    "category",
                    "removed",
                    "escalated",
                    "",
                    "depends-on",
                    Optional.of("Demo Working Group"),
                    none,
                    none)))
        .extracting(DiffSentences::raid)
        .containsExactly(
            "Interdependency opened: Alpha needs data (Project Alpha depends on Demo Council)",
            "Interdependency opened: Alpha needs data (Demo Council depends on Project Alpha;"
                + " escalated; escalated to Demo Working Group on 1 March 2024)",
            "Risk opened: Alpha needs data (Project Alpha; escalated)",
            "Interdependency escalated: Alpha needs data (Project Alpha depends on Demo Council;"
                + " escalated on 1 March 2024)",
            "Issue resolved: Alpha needs data (Project Alpha; resolved on 2 April 2024)",
            "Interdependency closed: Alpha needs data (Project Alpha depends on Demo Council)",
            "Interdependency de-escalated: Alpha needs data (Project Alpha depends on Demo"
                + " Council)",
            "Category removed: Alpha needs data (Project Alpha)");
    assertThat(
            DiffSentences.raid(
                new RaidChange(
                    RECORD,
                    "interdependency",
                    "opened",
                    "",
                    "open",
                    none,
                    Optional.of("Demo Council"),
                    "depends-on",
                    none,
                    none,
                    none)))
        .isEqualTo("Interdependency opened: Alpha needs data (no project depends on Demo Council)");
  }

  @Test
  void theHeadlineCountsEachSortOfChange() {
    ProgrammeDiff empty = diff(List.of(), List.of(), List.of());
    assertThat(DiffSentences.headline(empty)).isEqualTo("No changes to the programme");

    Optional<String> none = Optional.empty();
    ProgrammeDiff diff =
        diff(
            List.of(ALPHA, ALPHA),
            List.of(role(List.of(), List.of("Pat Example"))),
            List.of(
                raid("interdependency", "opened", "", "open", "depends-on", none, none, none),
                raid("risk", "opened", "", "open", "depends-on", none, none, none),
                raid("interdependency", "opened", "", "open", "depends-on", none, none, none),
                raid("delay", "closed", "open", "closed", "depends-on", none, none, none),
                raid("delay", "closed", "open", "closed", "depends-on", none, none, none)));
    assertThat(DiffSentences.headline(diff))
        .isEqualTo(
            "2 added, 1 role change,"
                + " 2 interdependencies opened, 1 risk opened, 2 delaies closed");
  }

  @Test
  void notesComeFirstThenTheFilesThatCouldNotBeRead() {
    ProgrammeDiff diff =
        new ProgrammeDiff(
            new ProgrammeDiff.Version(
                Optional.of(
                    new Revision(
                        "HEAD~1",
                        "a".repeat(40),
                        "aaaaaaa",
                        "2024-02-08",
                        "Synthetic",
                        "Synthetic test data"))),
            ProgrammeDiff.Version.workingTree(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of("a note from the caller"),
            List.of(
                new Unreadable("content/people/a.yaml", true),
                new Unreadable("content/people/b.yaml", false)));
    assertThat(DiffSentences.notes(diff))
        .containsExactly(
            "a note from the caller",
            "content/people/a.yaml could not be read in aaaaaaa (HEAD~1, 8 February 2024), so its"
                + " changes are not shown",
            "content/people/b.yaml cannot be read in the working tree, so its changes are not shown");
  }

  private static FieldChange field(String field, Change change, String before, String after) {
    return new FieldChange(field, change, before, after, List.of(), List.of(), 0);
  }

  private static RoleChange role(List<String> before, List<String> after) {
    return new RoleChange(ALPHA, "sponsor", "Sponsor", before, after);
  }

  private static RaidChange raid(
      String type,
      String event,
      String before,
      String after,
      String relation,
      Optional<String> to,
      Optional<String> on,
      Optional<String> resolved) {
    return new RaidChange(
        RECORD,
        type,
        event,
        before,
        after,
        Optional.of("Project Alpha"),
        Optional.of("Demo Council"),
        relation,
        to,
        on,
        resolved);
  }

  private static ProgrammeDiff diff(
      List<EntityRef> added, List<RoleChange> roles, List<RaidChange> raid) {
    return new ProgrammeDiff(
        ProgrammeDiff.Version.workingTree(),
        ProgrammeDiff.Version.workingTree(),
        added,
        List.of(),
        List.of(),
        List.of(),
        roles,
        raid,
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }
}
