package scot.pmo.link;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The part of the programme graph to show: some nodes and the edges between them.
 *
 * @param nodes the nodes, in graph order
 * @param edges the edges whose both ends are among the nodes
 * @param focus the node the selection is centred on, if any
 */
public record GraphSelection(List<GraphNode> nodes, List<Edge> edges, Optional<String> focus) {

  /** The whole graph. */
  public static GraphSelection all(ProgrammeGraph graph) {
    return new GraphSelection(List.copyOf(graph.nodes()), graph.edges(), Optional.empty());
  }

  /**
   * The nodes of the given kinds (all kinds when {@code kinds} is empty) and, with a focus, only
   * those within {@code depth} steps of it in either direction, through references or "depends on"
   * relations.
   */
  public static GraphSelection of(
      ProgrammeGraph graph, Set<String> kinds, Optional<String> focus, int depth) {
    Set<String> keep = new LinkedHashSet<>();
    for (GraphNode node : graph.nodes()) {
      if (kinds.isEmpty()
          || kinds.contains(node.kind())
          || focus.map(node.id()::equals).orElse(false)) {
        keep.add(node.id());
      }
    }
    if (focus.isPresent()) {
      Map<String, Integer> distance = new HashMap<>();
      Deque<String> queue = new ArrayDeque<>();
      distance.put(focus.get(), 0);
      queue.add(focus.get());
      while (!queue.isEmpty()) {
        String id = queue.poll();
        int d = distance.get(id);
        if (d == depth) {
          continue;
        }
        for (Edge e : graph.outgoing(id)) {
          visit(e.to(), d + 1, keep, distance, queue);
        }
        for (Edge e : graph.incoming(id)) {
          visit(e.from(), d + 1, keep, distance, queue);
        }
        for (Dependency dep : graph.dependencies()) {
          if (dep.dependent().equals(id)) {
            visit(dep.provider(), d + 1, keep, distance, queue);
          } else if (dep.provider().equals(id)) {
            visit(dep.dependent(), d + 1, keep, distance, queue);
          }
        }
      }
      keep.retainAll(distance.keySet());
    }
    List<GraphNode> nodes = graph.nodes().stream().filter(n -> keep.contains(n.id())).toList();
    List<Edge> edges =
        graph.edges().stream()
            .filter(e -> keep.contains(e.from()) && keep.contains(e.to()))
            .toList();
    return new GraphSelection(nodes, edges, focus);
  }

  private static void visit(
      String id, int d, Set<String> keep, Map<String, Integer> distance, Deque<String> queue) {
    if (keep.contains(id) && !distance.containsKey(id)) {
      distance.put(id, d);
      queue.add(id);
    }
  }
}
