package scot.pmo.render.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import scot.pmo.link.Dependency;
import scot.pmo.link.Edge;
import scot.pmo.link.GraphNode;
import scot.pmo.link.GraphSelection;

/**
 * The graph as a Mermaid flowchart, for Markdown hosts that draw Mermaid blocks; "depends on"
 * relations are dotted. Nodes get short generated ids, since entity ids such as {@code end} can
 * clash with Mermaid's keywords.
 */
public final class GraphMermaid {

  private GraphMermaid() {}

  public static String render(GraphSelection selection, List<Dependency> dependencies) {
    StringBuilder out = new StringBuilder("flowchart LR\n");
    Map<String, String> ids = new HashMap<>();
    TreeSet<String> kinds = new TreeSet<>();
    int i = 0;
    for (GraphNode n : selection.nodes()) {
      String id = "n" + i++;
      ids.put(n.id(), id);
      kinds.add(n.kind());
      out.append("  ")
          .append(id)
          .append("[\"")
          .append(label(n.title()))
          .append("\"]:::")
          .append(className(n.kind()))
          .append('\n');
    }
    for (Edge e : selection.edges()) {
      out.append("  ")
          .append(ids.get(e.from()))
          .append(" -->|\"")
          .append(label(e.label()))
          .append("\"| ")
          .append(ids.get(e.to()))
          .append('\n');
    }
    for (Dependency d : dependencies) {
      if (ids.containsKey(d.dependent()) && ids.containsKey(d.provider())) {
        out.append("  ")
            .append(ids.get(d.dependent()))
            .append(" -.->|\"")
            .append(label("depends on (" + d.status() + ")"))
            .append("\"| ")
            .append(ids.get(d.provider()))
            .append('\n');
      }
    }
    for (String kind : kinds) {
      out.append("  classDef ")
          .append(className(kind))
          .append(' ')
          .append(style(kind))
          .append('\n');
    }
    selection
        .focus()
        .map(ids::get)
        .ifPresent(f -> out.append("  style ").append(f).append(" stroke-width:4px\n"));
    return out.toString();
  }

  /** Mermaid label text: quotes and angle brackets as entity codes, one line. */
  static String label(String s) {
    return s.replaceAll("[\\r\\n]+", " ")
        .replace("\"", "#quot;")
        .replace("<", "#lt;")
        .replace(">", "#gt;");
  }

  private static String className(String kind) {
    return "k_" + kind.replace('-', '_');
  }

  private static String style(String kind) {
    return switch (kind) {
      case "programme", "anchor", "workstream" -> "fill:#e8f1f8,stroke:#0065bd";
      case "project" -> "fill:#dcefff,stroke:#002d54,stroke-width:2px";
      case "interdependency" -> "fill:#fff4d6,stroke:#b35c00";
      case "person", "organisation", "role" -> "fill:#f3f3f3,stroke:#333333";
      default -> "fill:#ffffff,stroke:#5e5e5e";
    };
  }
}
