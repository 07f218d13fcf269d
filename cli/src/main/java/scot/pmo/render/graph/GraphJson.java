package scot.pmo.render.graph;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import scot.pmo.link.Dependency;
import scot.pmo.link.Edge;
import scot.pmo.link.GraphNode;
import scot.pmo.link.GraphSelection;

/**
 * The graph for machines: every node with its file, every edge with both labels and the
 * file:line:column it was written at, and the "depends on" relations derived from the RAID log.
 */
public final class GraphJson {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private GraphJson() {}

  public static String render(
      GraphSelection selection, List<Dependency> dependencies, List<List<String>> cycles) {
    ObjectNode root = JSON.createObjectNode();
    selection.focus().ifPresent(f -> root.put("focus", f));
    ArrayNode nodes = root.putArray("nodes");
    for (GraphNode n : selection.nodes()) {
      ObjectNode node = nodes.addObject();
      node.put("id", n.id());
      node.put("kind", n.kind());
      node.put("title", n.title());
      if (!n.path().isEmpty()) {
        node.put("path", n.path());
      }
    }
    ArrayNode edges = root.putArray("edges");
    for (Edge e : selection.edges()) {
      ObjectNode edge = edges.addObject();
      edge.put("from", e.from());
      edge.put("to", e.to());
      edge.put("label", e.label());
      edge.put("inverse", e.inverse());
      edge.put("field", e.field());
      edge.put("path", e.at().path());
      edge.put("line", e.at().line());
      edge.put("column", e.at().column());
    }
    Set<String> shown = selection.nodes().stream().map(GraphNode::id).collect(Collectors.toSet());
    ArrayNode deps = root.putArray("dependencies");
    for (Dependency d : dependencies) {
      if (shown.contains(d.dependent()) && shown.contains(d.provider())) {
        ObjectNode dep = deps.addObject();
        dep.put("dependent", d.dependent());
        dep.put("provider", d.provider());
        dep.put("record", d.record());
        dep.put("status", d.status());
      }
    }
    ArrayNode cycleList = root.putArray("cycles");
    for (List<String> cycle : cycles) {
      ArrayNode members = cycleList.addArray();
      cycle.forEach(members::add);
    }
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
