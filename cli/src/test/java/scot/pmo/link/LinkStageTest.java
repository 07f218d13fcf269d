package scot.pmo.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scot.pmo.Golden;
import scot.pmo.load.LoadLimits;
import scot.pmo.model.Diagnostic;
import scot.pmo.model.Entity;
import scot.pmo.model.Kind;
import scot.pmo.validate.Validation;
import scot.pmo.workflow.Snapshot;
import scot.pmo.workflow.WorkflowContext;

/** The link stage on three projects that depend on each other in a circle, and a fourth. */
class LinkStageTest {

  static Validation validation;
  static ProgrammeGraph graph;

  @BeforeAll
  static void load() {
    Snapshot snapshot =
        Snapshot.load(
            new WorkflowContext(Golden.fixture("link-three-projects"), LoadLimits.DEFAULT));
    validation = snapshot.validation();
    graph = snapshot.graph();
  }

  @Test
  void everyReferenceInTheContentIsOneEdge() {
    AtomicInteger references = new AtomicInteger();
    for (Entity e : validation.catalogue().all()) {
      for (Kind.ReferenceField field : e.kind().references()) {
        field.path().forEachText(e.data(), (pointer, id) -> references.incrementAndGet());
      }
    }
    long referenceEdges =
        graph.edges().stream()
            .filter(e -> !e.field().equals("link") && !e.field().equals("themes[]"))
            .count();
    assertThat(referenceEdges).isEqualTo(references.get()).isGreaterThan(20);
    assertThat(graph.edges()).allSatisfy(e -> assertThat(e.at().line()).isPositive());
  }

  @Test
  void anInterdependencyDeclaredOnceAppearsOnBothProjects() {
    assertThat(labels("project-alpha"))
        .contains(
            "depends on project-beta", "depended on by project-gamma", "depends on project-delta");
    assertThat(labels("project-delta")).contains("depended on by project-alpha");
    assertThat(labels("project-beta"))
        .contains("depended on by project-alpha", "depends on project-gamma");
  }

  @Test
  void relationsAreNamedFromEachEnd() {
    assertThat(labels("demo-anchor")).contains("served by project project-alpha");
    assertThat(labels("project-alpha")).contains("serves anchor demo-anchor");
    assertThat(labels("pat-example")).contains("owns alpha-needs-beta");
  }

  @Test
  void oneSidedDeclarationIsAWarningNamingBothFiles() {
    Diagnostic warning = only("one-sided-interdependency");
    assertThat(warning.at().path())
        .isEqualTo("content/interdependencies/delta-says-alpha-needs-it.yaml");
    assertThat(warning.message()).contains("content/projects/project-alpha.md");
  }

  @Test
  void dependencyCycleIsReportedWithItsMembers() {
    Diagnostic warning = only("dependency-cycle");
    assertThat(warning.message())
        .contains("project-alpha → project-beta → project-gamma → project-alpha");
    RaidView raid = RaidView.of(validation.catalogue(), graph, LocalDate.of(2024, 4, 1));
    assertThat(raid.cycles())
        .containsExactly(List.of("project-alpha", "project-beta", "project-gamma"));
    assertThat(graph.dependencyCycles()).isEqualTo(raid.cycles());
  }

  @Test
  void raidFiguresAreCountedFromTheAsOfDate() {
    RaidView raid = RaidView.of(validation.catalogue(), graph, LocalDate.of(2024, 4, 1));
    RaidItem alpha = item(raid, "alpha-needs-beta");
    assertThat(alpha.daysOpen()).contains(82L); // 10 January to 1 April 2024, a leap year
    assertThat(alpha.daysEscalated()).isEmpty();
    RaidItem beta = item(raid, "beta-needs-gamma");
    assertThat(beta.daysOpen()).contains(60L);
    assertThat(beta.daysEscalated()).contains(31L);
    assertThat(item(raid, "gamma-needs-alpha").daysOpen()).isEmpty(); // no date raised
    assertThat(raid.projectsWithoutRecords()).isEmpty();
  }

  @Test
  void matrixAndRegisterReadAcrossTheProjects() {
    RaidView raid = RaidView.of(validation.catalogue(), graph, LocalDate.of(2024, 4, 1));
    assertThat(raid.rows())
        .containsExactly("project-alpha", "project-beta", "project-delta", "project-gamma");
    assertThat(raid.cell("project-alpha", "project-beta"))
        .hasValueSatisfying(
            c ->
                assertThat(c.records())
                    .extracting(RaidItem::id)
                    .containsExactly("alpha-needs-beta"));
    assertThat(raid.cell("project-alpha", "project-delta")).isPresent();
    assertThat(raid.cell("project-beta", "project-alpha")).isEmpty();
    assertThat(raid.register()).hasSize(1);
    RaidView.AnchorGroup group = raid.register().get(0);
    assertThat(group.anchor()).contains("demo-anchor");
    // Escalated first, then the longest open.
    assertThat(group.items())
        .extracting(RaidItem::id)
        .startsWith("beta-needs-gamma", "alpha-needs-beta");
  }

  private static Diagnostic only(String code) {
    List<Diagnostic> found =
        validation.diagnostics().sorted().stream().filter(d -> d.code().equals(code)).toList();
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  private static RaidItem item(RaidView raid, String id) {
    return raid.items().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
  }

  private static List<String> labels(String id) {
    return graph.relations(id).stream().map(r -> r.label() + " " + r.other().id()).toList();
  }
}
