package scot.pmo.workflow;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import scot.pmo.link.GraphNode;
import scot.pmo.link.GraphSelection;
import scot.pmo.link.ProgrammeGraph;
import scot.pmo.render.graph.GraphDot;
import scot.pmo.render.graph.GraphJson;
import scot.pmo.render.graph.GraphMermaid;
import scot.pmo.render.graph.SvgGraphRenderer;

/** The workflow of {@code pmo graph}: the graph of a snapshot, or part of it, in one format. */
public final class GraphWorkflow {

  /** The forms the graph can take. */
  public enum Format {
    json,
    dot,
    mermaid,
    svg
  }

  private final ProgrammeGraph graph;

  /** The graph of {@code snapshot}, which should have validated. */
  public GraphWorkflow(Snapshot snapshot) {
    this.graph = snapshot.graph();
  }

  /** Whether {@code id} is a node of the graph (an entity, or a theme). */
  public boolean knows(String id) {
    return graph.node(id).isPresent();
  }

  /** Every node's id, for suggestions. */
  public List<String> ids() {
    return graph.nodes().stream().map(GraphNode::id).toList();
  }

  /**
   * The graph as {@code format}: the nodes of {@code kinds} (labels, every kind when empty), within
   * {@code depth} steps of {@code focus} when given.
   */
  public String render(Format format, Set<String> kinds, Optional<String> focus, int depth) {
    GraphSelection selection = GraphSelection.of(graph, kinds, focus, depth);
    String title = focus.map(id -> "Relations of " + id).orElse("The programme graph");
    return switch (format) {
      case json -> GraphJson.render(selection, graph.dependencies(), graph.dependencyCycles());
      case dot -> GraphDot.render(selection, graph.dependencies(), title);
      case mermaid -> GraphMermaid.render(selection, graph.dependencies());
      case svg ->
          SvgGraphRenderer.render(
              selection,
              title,
              focus
                  .map(id -> "The entities within " + depth + " step(s) of " + id + ".")
                  .orElse("Every entity of the programme and every reference between them."));
    };
  }
}
