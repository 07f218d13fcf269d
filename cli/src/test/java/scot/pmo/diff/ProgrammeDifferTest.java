package scot.pmo.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.pmo.DiffScenario;
import scot.pmo.GitScratch;
import scot.pmo.diff.ProgrammeDiff.Change;
import scot.pmo.diff.ProgrammeDiff.FieldChange;
import scot.pmo.git.Revision;
import scot.pmo.load.LoadLimits;
import scot.pmo.publish.diff.DiffSentences;
import scot.pmo.validate.Validation;
import scot.pmo.workflow.Snapshot;
import scot.pmo.workflow.WorkflowContext;

/**
 * The comparison itself, on two folders of made-up content (synthetic test data) that differ by one
 * change each: no git is needed to compare two programmes.
 */
class ProgrammeDifferTest {

  @TempDir Path temp;
  GitScratch before;
  GitScratch after;

  @BeforeEach
  void twoCopiesOfTheBase() {
    before = GitScratch.at(temp.resolve("before"));
    after = GitScratch.at(temp.resolve("after"));
    DiffScenario.base(before);
    DiffScenario.base(after);
    String record =
        """
        title: "Project Alpha needs the Demo Council's data"
        type: interdependency
        project: project-alpha
        relation: depends-on
        with: demo-council
        status: open
        raised: "2024-01-12"
        """;
    before.write("content/interdependencies/alpha-needs-data.yaml", record);
    after.write("content/interdependencies/alpha-needs-data.yaml", record);
  }

  @Test
  void identicalProgrammesHaveNoChanges() {
    ProgrammeDiff diff = diff();
    assertThat(diff.isEmpty()).isTrue();
    assertThat(DiffSentences.headline(diff)).isEqualTo("No changes to the programme");
  }

  @Test
  void anEscalationIsOneEventWithItsGroupAndDate() {
    after.edit(
        "content/interdependencies/alpha-needs-data.yaml",
        "status: open",
        "status: escalated\nescalated: \"2024-03-01\"\nescalated_to: demo-working-group");
    ProgrammeDiff diff = diff();
    assertThat(diff.changed()).isEmpty();
    assertThat(diff.raid())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.event()).isEqualTo("escalated");
              assertThat(r.before()).isEqualTo("open");
              assertThat(r.after()).isEqualTo("escalated");
              assertThat(r.project()).contains("Project Alpha");
              assertThat(r.with()).contains("Demo Council");
              assertThat(r.relation()).isEqualTo("depends-on");
              assertThat(r.escalatedTo()).contains("Demo Working Group");
              assertThat(r.escalatedOn()).contains("1 March 2024");
              assertThat(r.resolvedOn()).isEmpty();
              assertThat(DiffSentences.raid(r))
                  .isEqualTo(
                      "Interdependency escalated: Project Alpha needs"
                          + " the Demo Council's data (Project Alpha depends on Demo Council; escalated to Demo"
                          + " Working Group on 1 March 2024)");
            });
    // The record has no owner, which an escalated record needs (a working rule's warning).
    assertThat(diff.introduced())
        .extracting(d -> d.code())
        .containsExactly("escalated-without-owner");
    assertThat(DiffSentences.headline(diff))
        .isEqualTo("1 interdependency escalated, 1 problem introduced");
  }

  @Test
  void aResolutionAndARemovalAreEvents() {
    after.edit(
        "content/interdependencies/alpha-needs-data.yaml",
        "status: open",
        "status: resolved\nresolved: \"2024-04-02\"");
    after.write(
        "content/interdependencies/funding-risk.yaml",
        """
        title: "Funding for Project Alpha may lapse"
        type: risk
        project: project-alpha
        status: escalated
        """);
    ProgrammeDiff diff = diff();
    assertThat(diff.raid())
        .extracting(DiffSentences::raid)
        .containsExactly(
            "Interdependency resolved: Project Alpha needs the Demo Council's data (Project Alpha"
                + " depends on Demo Council; resolved on 2 April 2024)",
            "Risk opened: Funding for Project Alpha may lapse (Project Alpha; escalated)");
    // The new risk is escalated with no owner and no date: the working rules' warnings.
    assertThat(diff.introduced())
        .extracting(d -> d.code())
        .containsExactlyInAnyOrder("escalated-without-owner", "lifecycle-skip");
    assertThat(DiffSentences.headline(diff))
        .isEqualTo("1 interdependency resolved, 1 risk opened, 2 problems introduced");

    ProgrammeDiff back = diff(after, before);
    assertThat(back.raid())
        .extracting(ProgrammeDiff.RaidChange::event)
        .containsExactly("reopened", "removed");
  }

  @Test
  void peopleJoinAndLeaveRoles() {
    after.edit(
        "content/projects/project-alpha.md",
        """
          - role: project-director
            person: sam-sample
        """,
        "");
    after.edit(
        "content/projects/project-alpha.md",
        "team:\n",
        """
        team:
          - role: volunteer-colleagues
            person: pat-example
        """);
    after.write(
        "content/roles/volunteer-colleagues.yaml",
        """
        title: "Volunteer Colleagues"
        held_by: person
        responsibilities:
          - "Synthetic test data."
        """);
    ProgrammeDiff diff = diff();
    assertThat(diff.roles())
        .extracting(DiffSentences::role)
        .containsExactly(
            "Pat Example joined Project Alpha as Volunteer Colleagues",
            "Sam Sample left the role of Project Director of Project Alpha");
    assertThat(diff.added())
        .extracting(ProgrammeDiff.EntityRef::id)
        .containsExactly("volunteer-colleagues");
    assertThat(diff.changed()).isEmpty();
  }

  @Test
  void fieldsAreSetRemovedAndListsGainAndLoseItems() {
    after.edit("content/meetings/project-alpha-kick-off.yaml", "date: \"2024-01-18\"\n", "");
    after.edit(
        "content/meetings/project-alpha-kick-off.yaml",
        "  - project-alpha",
        "  - project-alpha\norganisers:\n  - demo-council");
    after.edit(
        "content/case-studies/example-town-centre.md",
        "  - revitalising-town-centres",
        "  - community-empowerment\n  - revitalising-town-centres");
    ProgrammeDiff diff = diff();
    assertThat(diff.changed())
        .extracting(c -> c.entity().id())
        .containsExactly("project-alpha-kick-off", "example-town-centre");
    assertThat(diff.changed().get(0).changes())
        .extracting(DiffSentences::change)
        .containsExactly("organisers set to Demo Council", "date removed (was 18 January 2024)");
    assertThat(diff.changed().get(0).changes())
        .extracting(c -> c.change(), c -> c.before(), c -> c.after())
        .containsExactly(
            tuple(Change.SET, "", "Demo Council"), tuple(Change.REMOVED, "18 January 2024", ""));
    assertThat(diff.changed().get(1).changes())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(DiffSentences.change(c)).isEqualTo("themes: added community-empowerment");
              assertThat(c.added()).containsExactly("community-empowerment");
            });
  }

  @Test
  void aListInAnotherOrderSaysSo() {
    after.edit(
        "content/meetings/project-alpha-kick-off.yaml",
        "  - project-alpha",
        "  - project-alpha\n  - project-beta");
    before.edit(
        "content/meetings/project-alpha-kick-off.yaml",
        "  - project-alpha",
        "  - project-beta\n  - project-alpha");
    before.write("content/projects/project-beta.md", beta());
    after.write("content/projects/project-beta.md", beta());
    FieldChange change = diff().changed().get(0).changes().get(0);
    assertThat(change.change()).isEqualTo(Change.REORDERED);
    assertThat(DiffSentences.change(change)).isEqualTo("projects: order changed");
  }

  @Test
  void aBodyChangeCountsItsLines() {
    after.edit(
        "content/case-studies/example-town-centre.md",
        "with a market every Saturday",
        "with a market every Sunday");
    after.edit(
        "content/case-studies/example-town-centre.md",
        "Synthetic test data.\n",
        "Synthetic test data.\n\nA new paragraph.\n");
    assertThat(diff().changed().get(0).changes())
        .extracting(DiffSentences::change)
        .containsExactly("text changed (2 lines)");
    assertThat(diff().changed().get(0).changes())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.change()).isEqualTo(Change.BODY);
              assertThat(c.lines()).isEqualTo(2);
            });
  }

  @Test
  void aFileMovedUnderTheSameIdIsARename() throws IOException {
    Files.move(
        after.dir().resolve("content/people/sam-sample.yaml"),
        after.dir().resolve("content/people/sam-sample.yml"));
    ProgrammeDiff diff = diff();
    assertThat(diff.renamed())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.before().id()).isEqualTo(r.after().id()).isEqualTo("sam-sample");
              assertThat(r.after().path()).isEqualTo("content/people/sam-sample.yml");
              assertThat(r.changes()).isEmpty();
            });
    assertThat(DiffSentences.headline(diff)).isEqualTo("1 renamed");
  }

  @Test
  void aRenameThatAlsoChangesAFieldSaysBoth() throws IOException {
    Files.move(
        after.dir().resolve("content/people/pat-example.yaml"),
        after.dir().resolve("content/people/patricia-example.yaml"));
    after.edit("content/people/patricia-example.yaml", "Pat Example", "Patricia Example");
    after.edit(
        "content/projects/project-alpha.md", "person: pat-example", "person: patricia-example");
    ProgrammeDiff diff = diff();
    assertThat(diff.renamed())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.after().id()).isEqualTo("patricia-example");
              assertThat(r.changes())
                  .extracting(DiffSentences::change)
                  .containsExactly("name: \"Pat Example\" → \"Patricia Example\"");
              assertThat(r.referencesUpdated())
                  .extracting(ProgrammeDiff.EntityRef::id)
                  .containsExactly("project-alpha");
            });
    assertThat(diff.roles()).as("the sponsor is the same person").isEmpty();
    assertThat(diff.changed()).isEmpty();
  }

  @Test
  void unlikeEntitiesAreARemovalAndAnAdditionNotARename() throws IOException {
    Files.delete(after.dir().resolve("content/people/robin-sample.yaml"));
    after.write(
        "content/people/jo-bloggs.yaml",
        """
        name: "Jo Bloggs"
        organisation: demo-working-group
        seniority: officer
        job_title: "Synthetic test data"
        """);
    before.edit("content/projects/project-alpha.md", "person: pat-example", "person: sam-sample");
    after.edit("content/projects/project-alpha.md", "person: pat-example", "person: sam-sample");
    ProgrammeDiff diff = diff();
    assertThat(diff.renamed()).isEmpty();
    assertThat(diff.added()).extracting(ProgrammeDiff.EntityRef::id).containsExactly("jo-bloggs");
    assertThat(diff.removed())
        .extracting(ProgrammeDiff.EntityRef::id)
        .containsExactly("robin-sample");
  }

  @Test
  void problemsAreComparedByCodeFileAndMessageNotLine() {
    before.edit("content/people/sam-sample.yaml", "seniority: director", "seniority: boss");
    after.edit(
        "content/people/sam-sample.yaml",
        "seniority: director",
        "job_title: \"Synthetic\"\nseniority: boss");
    ProgrammeDiff moved = diff();
    assertThat(moved.introduced()).isEmpty();
    assertThat(moved.fixed()).isEmpty();

    after.edit("content/people/sam-sample.yaml", "seniority: boss", "seniority: director");
    ProgrammeDiff fixed = diff();
    assertThat(fixed.fixed()).extracting(d -> d.code()).containsExactly("invalid-value");
    assertThat(DiffSentences.headline(fixed)).isEqualTo("1 changed, 1 problem fixed");
  }

  @Test
  void similarityIsHighForTheSameEntityAndLowForAnother() {
    Validation v = validate(before);
    var alpha = v.catalogue().get("project-alpha").orElseThrow();
    var pat = v.catalogue().get("pat-example").orElseThrow();
    var robin = v.catalogue().get("robin-sample").orElseThrow();
    assertThat(ProgrammeDiffer.similarity(alpha, alpha)).isEqualTo(100);
    assertThat(ProgrammeDiffer.similarity(pat, robin)).isLessThan(ProgrammeDiffer.RENAME_THRESHOLD);
  }

  private static String beta() {
    return """
        ---
        title: "Project Beta"
        programme: demo-programme
        workstream: demo-workstream
        ---
        Synthetic test data.
        """;
  }

  private ProgrammeDiff diff() {
    return diff(before, after);
  }

  private static ProgrammeDiff diff(GitScratch from, GitScratch to) {
    return ProgrammeDiffer.compare(side(from, "before"), side(to, "after"), List.of());
  }

  private static ProgrammeDiffer.Side side(GitScratch dir, String name) {
    Snapshot snapshot = Snapshot.load(new WorkflowContext(dir.dir(), LoadLimits.DEFAULT));
    Validation validation = snapshot.validation();
    Revision revision =
        new Revision(
            name, "0".repeat(40), "0000000", "2024-01-01", "Synthetic", "Synthetic test data");
    return new ProgrammeDiffer.Side(
        new ProgrammeDiff.Version(Optional.of(revision)), validation, snapshot.graph());
  }

  private static Validation validate(GitScratch dir) {
    return Snapshot.load(new WorkflowContext(dir.dir(), LoadLimits.DEFAULT)).validation();
  }
}
