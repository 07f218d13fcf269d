package scot.pmo.render.graph;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import scot.pmo.link.Edge;
import scot.pmo.link.GraphBuilder;
import scot.pmo.link.GraphNode;
import scot.pmo.link.GraphSelection;
import scot.pmo.link.ProgrammeGraph;
import scot.pmo.load.ContentLoader;
import scot.pmo.load.LoadLimits;
import scot.pmo.model.Catalogue;
import scot.pmo.model.SourceRef;

/** Graphs for the render tests: small ones built by hand, and the sample programme. */
final class TestGraphs {

  private static ProgrammeGraph sample;

  private TestGraphs() {}

  static GraphNode node(String id, String kind, String title) {
    return new GraphNode(id, kind, title, kind + "s/" + id + ".md");
  }

  static Edge edge(String from, String to, String label) {
    return new Edge(from, to, label, label + " (inverse)", "field", SourceRef.file("x.md"));
  }

  /** A programme, an anchor, two projects, a person, a reference and a theme. */
  static GraphSelection small(Optional<String> focus) {
    List<GraphNode> nodes =
        List.of(
            node("solace-is", "programme", "Solace/IS Transformation Work"),
            node("unlock", "anchor", "Unlock community action"),
            node("active-communities", "project", "Active Communities"),
            node("procurement", "project", "Procurement"),
            node("derek", "person", "Derek Crichton"),
            node(
                "think-piece",
                "reference",
                "Delivering a future for local government think piece report"),
            new GraphNode("theme:place", GraphNode.THEME, "Place", ""));
    List<Edge> edges =
        List.of(
            edge("unlock", "solace-is", "anchor of"),
            edge("active-communities", "solace-is", "project of"),
            edge("active-communities", "unlock", "serves anchor"),
            edge("active-communities", "derek", "Project Director"),
            edge("active-communities", "think-piece", "cites"),
            edge("active-communities", "think-piece", "links to"),
            edge("procurement", "solace-is", "project of"),
            edge("solace-is", "think-piece", "vision set out in"),
            edge("think-piece", "theme:place", "theme"));
    return new GraphSelection(nodes, edges, focus);
  }

  /**
   * An anchor and {@code projects} synthetic projects that serve it, which tie: with more than
   * {@link GraphLayout#MODEL_ORDER_LIMIT} nodes, ELK orders the ties itself.
   */
  static GraphSelection anchorWithProjects(int projects) {
    List<GraphNode> nodes = new java.util.ArrayList<>();
    List<Edge> edges = new java.util.ArrayList<>();
    nodes.add(node("anchor", "anchor", "Synthetic anchor"));
    for (int i = 1; i <= projects; i++) {
      nodes.add(node("project-" + i, "project", "Synthetic project " + i));
      edges.add(edge("project-" + i, "anchor", "serves anchor"));
    }
    return new GraphSelection(nodes, edges, Optional.empty());
  }

  /** The sample programme under {@code content/}, read once. */
  static synchronized ProgrammeGraph sample() {
    if (sample == null) {
      var loaded = new ContentLoader(Path.of(".."), LoadLimits.DEFAULT).load();
      sample = GraphBuilder.build(new Catalogue(loaded.entities()));
    }
    return sample;
  }

  static GraphSelection whole() {
    return GraphSelection.all(sample());
  }

  /** What the site's interdependency map draws: programme, anchors, projects and records. */
  static GraphSelection map() {
    return GraphSelection.of(
        sample(), Set.of("programme", "anchor", "project", "interdependency"), Optional.empty(), 0);
  }

  static GraphSelection focus(String id) {
    return GraphSelection.of(sample(), Set.of(), Optional.of(id), 1);
  }
}
