package scot.pmo.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jgrapht.alg.cycle.JohnsonSimpleCycles;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;

/** Finds the cycles among "depends on" arcs, through JGraphT's simple-cycle search. */
public final class DependencyCycles {

  /** "from depends on to". */
  public record Arc(String from, String to) {}

  private DependencyCycles() {}

  /** Every simple cycle, each listed from its alphabetically first member, sorted. */
  public static List<List<String>> find(List<Arc> arcs) {
    DefaultDirectedGraph<String, DefaultEdge> g = new DefaultDirectedGraph<>(DefaultEdge.class);
    for (Arc arc : arcs) {
      g.addVertex(arc.from());
      g.addVertex(arc.to());
      if (!arc.from().equals(arc.to())) {
        g.addEdge(arc.from(), arc.to());
      }
    }
    List<List<String>> cycles = new ArrayList<>();
    for (List<String> cycle : new JohnsonSimpleCycles<>(g).findSimpleCycles()) {
      int first = cycle.indexOf(cycle.stream().min(String::compareTo).orElseThrow());
      List<String> rotated = new ArrayList<>(cycle.subList(first, cycle.size()));
      rotated.addAll(cycle.subList(0, first));
      cycles.add(List.copyOf(rotated));
    }
    cycles.sort(Comparator.comparing(Object::toString));
    return List.copyOf(cycles);
  }
}
