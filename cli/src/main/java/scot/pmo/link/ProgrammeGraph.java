package scot.pmo.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import scot.pmo.model.DependencyCycles;

/**
 * Every reference in the content as one graph, built once per run: what the papers and the site
 * read for relations in both directions.
 */
public final class ProgrammeGraph {

  private final Map<String, GraphNode> nodes;
  private final List<Edge> edges;
  private final List<Dependency> dependencies;
  private final Map<String, List<Edge>> outgoing;
  private final Map<String, List<Edge>> incoming;

  ProgrammeGraph(Map<String, GraphNode> nodes, List<Edge> edges, List<Dependency> dependencies) {
    this.nodes = Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
    this.edges = List.copyOf(edges);
    this.dependencies = List.copyOf(dependencies);
    this.outgoing = new HashMap<>();
    this.incoming = new HashMap<>();
    for (Edge edge : this.edges) {
      outgoing.computeIfAbsent(edge.from(), k -> new ArrayList<>()).add(edge);
      incoming.computeIfAbsent(edge.to(), k -> new ArrayList<>()).add(edge);
    }
    indexDependencies();
  }

  /**
   * The graph of {@code edges}, which differ from {@code previous}'s only in the edges from {@code
   * changed}: the indexes by node are taken over, and only the lists those edges touch (before and
   * after) are made again, in the order of {@code edges}.
   */
  ProgrammeGraph(
      ProgrammeGraph previous,
      Map<String, GraphNode> nodes,
      List<Edge> edges,
      List<Dependency> dependencies,
      String changed) {
    this.nodes = Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
    this.edges = List.copyOf(edges);
    this.dependencies = List.copyOf(dependencies);
    this.outgoing = new HashMap<>(previous.outgoing);
    this.incoming = new HashMap<>(previous.incoming);
    Set<String> touched = new HashSet<>();
    previous.outgoing(changed).forEach(e -> touched.add(e.to()));
    List<Edge> own = new ArrayList<>();
    for (Edge edge : this.edges) {
      if (edge.from().equals(changed)) {
        own.add(edge);
        touched.add(edge.to());
      }
    }
    outgoing.remove(changed);
    if (!own.isEmpty()) {
      outgoing.put(changed, own);
    }
    touched.forEach(incoming::remove);
    for (Edge edge : this.edges) {
      if (touched.contains(edge.to())) {
        incoming.computeIfAbsent(edge.to(), k -> new ArrayList<>()).add(edge);
      }
    }
    indexDependencies();
  }

  private void indexDependencies() {
    for (Dependency d : this.dependencies) {
      byParty.computeIfAbsent(d.dependent(), k -> new ArrayList<>()).add(d);
      if (!d.provider().equals(d.dependent())) {
        byParty.computeIfAbsent(d.provider(), k -> new ArrayList<>()).add(d);
      }
    }
  }

  /** The dependencies each party is in, in the order of {@link #dependencies()}. */
  private final Map<String, List<Dependency>> byParty = new HashMap<>();

  /** Every node, entities in path order then themes. */
  public Collection<GraphNode> nodes() {
    return nodes.values();
  }

  public Optional<GraphNode> node(String id) {
    return Optional.ofNullable(nodes.get(id));
  }

  /** Every reference, in the order the files and fields hold them. */
  public List<Edge> edges() {
    return edges;
  }

  /** Every "depends on" between parties that the interdependency records state. */
  public List<Dependency> dependencies() {
    return dependencies;
  }

  /**
   * The circles among {@link #dependencies()}: one per group of parties that depend on each other,
   * each listed from its alphabetically first member; sorted.
   */
  public List<List<String>> dependencyCycles() {
    return DependencyCycles.find(
        dependencies.stream()
            .map(d -> new DependencyCycles.Arc(d.dependent(), d.provider()))
            .toList());
  }

  public List<Edge> outgoing(String id) {
    return outgoing.getOrDefault(id, List.of());
  }

  public List<Edge> incoming(String id) {
    return incoming.getOrDefault(id, List.of());
  }

  /** The ids of the entities that name {@code id} in {@code field}, in file order. */
  public List<String> referrers(String id, String field) {
    return incoming(id).stream().filter(e -> e.field().equals(field)).map(Edge::from).toList();
  }

  /** The ids that {@code id} names in {@code field}, in the order written. */
  public List<String> targets(String id, String field) {
    return outgoing(id).stream().filter(e -> e.field().equals(field)).map(Edge::to).toList();
  }

  /**
   * Every relation of a node from its own end, both directions: the interdependencies it is party
   * to, then the references it makes in the order written, then those made to it, grouped by label.
   */
  public List<Relation> relations(String id) {
    List<Relation> out = new ArrayList<>();
    for (Dependency d : byParty.getOrDefault(id, List.of())) {
      if (d.dependent().equals(id)) {
        out.add(new Relation("depends on", nodes.get(d.provider()), true, d.at()));
      } else if (d.provider().equals(id)) {
        out.add(new Relation("depended on by", nodes.get(d.dependent()), false, d.at()));
      }
    }
    for (Edge e : outgoing(id)) {
      out.add(new Relation(e.label(), nodes.get(e.to()), true, e.at()));
    }
    List<Relation> in = new ArrayList<>();
    for (Edge e : incoming(id)) {
      in.add(new Relation(e.inverse(), nodes.get(e.from()), false, e.at()));
    }
    in.sort(
        Comparator.comparing(Relation::label)
            .thenComparing(r -> r.other().title(), String.CASE_INSENSITIVE_ORDER));
    out.addAll(in);
    return out;
  }
}
