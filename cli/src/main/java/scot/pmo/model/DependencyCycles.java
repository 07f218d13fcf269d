package scot.pmo.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;

/**
 * Finds the circles among "depends on" arcs. Enumerating every simple cycle can take exponential
 * time on a dense web of dependencies, so this reports one shortest circle per strongly connected
 * group of parties instead, found with JGraphT in linear time.
 *
 * <p>It knows only ids, so that validation can check what the interdependency records claim before
 * any graph is built, and the graph ({@code ProgrammeGraph.dependencyCycles()}) can say the same of
 * the dependencies it derives.
 */
public final class DependencyCycles {

  /** "from depends on to". */
  public record Arc(String from, String to) {}

  private DependencyCycles() {}

  /**
   * One circle per group of parties that depend on each other, each listed from its alphabetically
   * first member; sorted.
   */
  public static List<List<String>> find(List<Arc> arcs) {
    Graph<String, DefaultEdge> g = new DefaultDirectedGraph<>(DefaultEdge.class);
    for (Arc arc : arcs) {
      g.addVertex(arc.from());
      g.addVertex(arc.to());
      if (!arc.from().equals(arc.to())) {
        g.addEdge(arc.from(), arc.to());
      }
    }
    List<List<String>> cycles = new ArrayList<>();
    for (Set<String> group : new KosarajuStrongConnectivityInspector<>(g).stronglyConnectedSets()) {
      if (group.size() < 2) {
        continue;
      }
      TreeSet<String> members = new TreeSet<>(group);
      String first = members.first();
      Graph<String, DefaultEdge> sub = new AsSubgraph<>(g, members);
      // The shortest way back to the first member, from each of its successors.
      List<String> best = null;
      for (DefaultEdge out : sub.outgoingEdgesOf(first)) {
        String next = sub.getEdgeTarget(out);
        GraphPath<String, DefaultEdge> back = BFSShortestPath.findPathBetween(sub, next, first);
        if (back != null) {
          List<String> cycle = new ArrayList<>(List.of(first));
          List<String> path = back.getVertexList();
          cycle.addAll(path.subList(0, path.size() - 1));
          if (best == null
              || cycle.size() < best.size()
              || cycle.size() == best.size() && cycle.toString().compareTo(best.toString()) < 0) {
            best = cycle;
          }
        }
      }
      if (best != null) {
        cycles.add(List.copyOf(best));
      }
    }
    cycles.sort(Comparator.comparing(Object::toString));
    return List.copyOf(cycles);
  }
}
