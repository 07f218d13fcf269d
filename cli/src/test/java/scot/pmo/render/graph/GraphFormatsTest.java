package scot.pmo.render.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scot.pmo.Golden;
import scot.pmo.link.GraphSelection;
import scot.pmo.link.ProgrammeGraph;
import scot.pmo.load.LoadLimits;
import scot.pmo.workflow.Snapshot;
import scot.pmo.workflow.WorkflowContext;

/** Golden files for the graph as JSON, DOT and Mermaid. */
class GraphFormatsTest {

  static ProgrammeGraph graph;

  @BeforeAll
  static void load() {
    graph =
        Snapshot.load(
                new WorkflowContext(Golden.fixture("link-three-projects"), LoadLimits.DEFAULT))
            .graph();
  }

  @Test
  void json() throws Exception {
    Golden.assertMatches(
        GraphJson.render(GraphSelection.all(graph), graph.dependencies(), graph.dependencyCycles()),
        "graph/three-projects.json");
  }

  @Test
  void dot() throws Exception {
    Golden.assertMatches(
        GraphDot.render(GraphSelection.all(graph), graph.dependencies(), "The programme graph"),
        "graph/three-projects.dot");
  }

  @Test
  void mermaidFocusedOnOneProject() throws Exception {
    GraphSelection focus = GraphSelection.of(graph, Set.of(), Optional.of("project-alpha"), 1);
    assertThat(focus.nodes())
        .extracting(n -> n.id())
        .contains("project-alpha", "demo-anchor", "alpha-needs-beta", "project-beta")
        .doesNotContain("pat-example"); // two steps away, through the record
    Golden.assertMatches(
        GraphMermaid.render(focus, graph.dependencies()), "graph/project-alpha.mmd");
  }

  @Test
  void kindFilterKeepsOnlyThoseKindsAndTheirEdges() {
    GraphSelection projects =
        GraphSelection.of(graph, Set.of("project", "anchor"), Optional.empty(), 1);
    assertThat(projects.nodes()).extracting(n -> n.kind()).containsOnly("project", "anchor");
    assertThat(projects.edges())
        .hasSize(4)
        .allSatisfy(e -> assertThat(e.label()).isEqualTo("serves anchor"));
  }

  @Test
  void hostileTitlesAreEscaped() {
    assertThat(GraphDot.quote("a \"b\" \\ c\nd")).isEqualTo("\"a \\\"b\\\" \\\\ c d\"");
    assertThat(GraphMermaid.label("<script>\"x\"")).isEqualTo("#lt;script#gt;#quot;x#quot;");
  }
}
