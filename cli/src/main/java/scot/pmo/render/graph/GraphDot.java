package scot.pmo.render.graph;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import scot.pmo.link.Dependency;
import scot.pmo.link.Edge;
import scot.pmo.link.GraphNode;
import scot.pmo.link.GraphSelection;

/**
 * The graph in Graphviz's DOT language, for people who lay it out with {@code dot}; the "depends
 * on" relations of the RAID log are drawn dashed.
 */
public final class GraphDot {

  private static final Map<String, String> SHAPES =
      Map.ofEntries(
          Map.entry("programme", "doubleoctagon"),
          Map.entry("anchor", "hexagon"),
          Map.entry("workstream", "tab"),
          Map.entry("project", "box3d"),
          Map.entry("interdependency", "diamond"),
          Map.entry("meeting", "cds"),
          Map.entry("milestone", "invhouse"),
          Map.entry("person", "ellipse"),
          Map.entry("organisation", "component"),
          Map.entry("role", "octagon"),
          Map.entry("case-study", "note"),
          Map.entry("reference", "folder"),
          Map.entry("text", "plaintext"),
          Map.entry("theme", "oval"));

  private GraphDot() {}

  public static String render(
      GraphSelection selection, List<Dependency> dependencies, String title) {
    StringBuilder out = new StringBuilder();
    out.append("digraph programme {\n");
    out.append("  graph [rankdir=LR, label=")
        .append(quote(title))
        .append(", labelloc=t, fontname=\"Helvetica\"];\n");
    out.append("  node [shape=box, fontname=\"Helvetica\", fontsize=11];\n");
    out.append("  edge [fontname=\"Helvetica\", fontsize=9];\n");
    for (GraphNode n : selection.nodes()) {
      out.append("  ")
          .append(quote(n.id()))
          .append(" [label=")
          .append(quote(n.title()))
          .append(", tooltip=")
          .append(quote(n.kind() + ": " + n.title()))
          .append(", shape=")
          .append(SHAPES.getOrDefault(n.kind(), "box"));
      if (selection.focus().map(n.id()::equals).orElse(false)) {
        out.append(", penwidth=3");
      }
      out.append("];\n");
    }
    for (Edge e : selection.edges()) {
      out.append("  ")
          .append(quote(e.from()))
          .append(" -> ")
          .append(quote(e.to()))
          .append(" [label=")
          .append(quote(e.label()))
          .append("];\n");
    }
    Set<String> shown = selection.nodes().stream().map(GraphNode::id).collect(Collectors.toSet());
    for (Dependency d : dependencies) {
      if (shown.contains(d.dependent()) && shown.contains(d.provider())) {
        out.append("  ")
            .append(quote(d.dependent()))
            .append(" -> ")
            .append(quote(d.provider()))
            .append(" [label=")
            .append(quote("depends on (" + d.status() + ")"))
            .append(", style=dashed, penwidth=2, color=\"#b35c00\"];\n");
      }
    }
    out.append("}\n");
    return out.toString();
  }

  /** A DOT double-quoted string: backslashes and quotes escaped, line breaks as spaces. */
  static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("[\\r\\n]+", " ") + "\"";
  }
}
