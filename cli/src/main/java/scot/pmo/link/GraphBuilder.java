package scot.pmo.link;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import scot.pmo.concurrent.Parallel;
import scot.pmo.markdown.MarkdownLinks;
import scot.pmo.model.Catalogue;
import scot.pmo.model.Entity;
import scot.pmo.model.Kind;

/**
 * Builds the programme graph from the catalogue: one edge per reference field value that names an
 * existing entity, one per Markdown link to an entity's file, and one per case-study theme.
 */
public final class GraphBuilder {

  private static final String TEAM_PERSON = "team[].person";
  private static final String TEAM_ORGANISATION = "team[].organisation";

  private GraphBuilder() {}

  public static ProgrammeGraph build(Catalogue catalogue) {
    Map<String, GraphNode> nodes = new LinkedHashMap<>();
    Map<String, Entity> byPath = new HashMap<>();
    for (Entity e : catalogue.all()) {
      nodes.putIfAbsent(e.id(), new GraphNode(e.id(), e.kind().label(), e.title(), e.path()));
      byPath.putIfAbsent(e.path(), e);
    }
    // Each file's edges are found on every core (its links were found by validation), and kept
    // in the order of the files.
    Map<String, GraphNode> themes = new ConcurrentHashMap<>();
    List<Edge> edges = new ArrayList<>();
    Parallel.map(
            catalogue.all(),
            entity -> {
              List<Edge> own = new ArrayList<>();
              edges(catalogue, entity, byPath, own, themes);
              return own;
            })
        .forEach(edges::addAll);
    new TreeMap<>(themes).values().forEach(t -> nodes.put(t.id(), t));
    return new ProgrammeGraph(nodes, edges, dependencies(catalogue));
  }

  /**
   * The graph of {@code next}, a catalogue that differs from the one {@code previous} was built
   * from in the content of one file, {@code changed}, whose id and kind stay as they were: then no
   * other entity's references or links resolve differently, and their edges are taken over instead
   * of found again. Gives the same graph as {@link #build} of {@code next}, which it falls back on
   * where the others' edges do change: when a role's title (which names its holders' edges)
   * changed, or two files share an id.
   */
  public static ProgrammeGraph rebuild(ProgrammeGraph previous, Catalogue next, Entity changed) {
    boolean roleRenamed =
        changed.kind() == Kind.ROLE
            && !previous
                .node(changed.id())
                .map(GraphNode::title)
                .orElse("")
                .equals(changed.title());
    if (roleRenamed) {
      return build(next);
    }
    Map<String, GraphNode> nodes = new LinkedHashMap<>();
    Map<String, Entity> byPath = new HashMap<>();
    for (Entity e : next.all()) {
      nodes.putIfAbsent(
          e.id(),
          e == changed
              ? new GraphNode(e.id(), e.kind().label(), e.title(), e.path())
              : previous
                  .node(e.id())
                  .orElseGet(() -> new GraphNode(e.id(), e.kind().label(), e.title(), e.path())));
      byPath.putIfAbsent(e.path(), e);
    }
    if (nodes.size() != next.all().size()) {
      return build(next); // two files share an id, so edges by id are not edges by file
    }
    List<Edge> edges = new ArrayList<>();
    TreeMap<String, GraphNode> themes = new TreeMap<>();
    for (Entity entity : next.all()) {
      if (entity.id().equals(changed.id())) {
        edges(next, entity, byPath, edges, themes);
        continue;
      }
      for (Edge edge : previous.outgoing(entity.id())) {
        edges.add(edge);
        if (edge.field().equals("themes[]")) {
          themes.computeIfAbsent(
              edge.to().substring("theme:".length()), t -> previous.node(edge.to()).orElseThrow());
        }
      }
    }
    themes.values().forEach(t -> nodes.put(t.id(), t));
    return new ProgrammeGraph(previous, nodes, edges, dependencies(next), changed.id());
  }

  private static void edges(
      Catalogue catalogue,
      Entity entity,
      Map<String, Entity> byPath,
      List<Edge> edges,
      Map<String, GraphNode> themes) {
    references(catalogue, entity, edges);
    List<MarkdownLinks.Found> links;
    try {
      links = MarkdownLinks.of(catalogue, entity);
    } catch (MarkdownLinks.TooComplex e) {
      links = List.of(); // validation reports it
    }
    for (MarkdownLinks.Found link : links) {
      link.target(entity.path())
          .map(byPath::get)
          .ifPresent(
              target ->
                  edges.add(
                      new Edge(
                          entity.id(), target.id(), "links to", "linked from", "link", link.at())));
    }
    if (entity.kind() == Kind.CASE_STUDY) {
      JsonNode tags = entity.data().path("themes");
      // Not a list in content that failed validation, which the diff still links.
      for (int i = 0; tags.isArray() && i < tags.size(); i++) {
        String tag = tags.get(i).asText();
        GraphNode theme =
            themes.computeIfAbsent(
                tag, t -> new GraphNode("theme:" + t, GraphNode.THEME, Themes.title(t), ""));
        edges.add(
            new Edge(
                entity.id(),
                theme.id(),
                "theme",
                "case study",
                "themes[]",
                entity.positions().value("/themes/" + i)));
      }
    }
  }

  private static void references(Catalogue catalogue, Entity entity, List<Edge> edges) {
    for (Kind.ReferenceField field : entity.kind().references()) {
      String name = field.path().text();
      field
          .path()
          .forEachText(
              entity.data(),
              (pointer, id) -> {
                Optional<Entity> target =
                    catalogue.get(id).filter(t -> field.targets().contains(t.kind()));
                if (target.isEmpty()) {
                  return; // reported by validation; the graph holds only what resolves
                }
                String label = field.label();
                String inverse = field.inverse();
                if (name.equals(TEAM_PERSON) || name.equals(TEAM_ORGANISATION)) {
                  // A team member's relation is named after the role they hold.
                  String rolePointer = pointer.substring(0, pointer.lastIndexOf('/')) + "/role";
                  JsonNode role = entity.data().at(rolePointer);
                  Optional<Entity> roleEntity =
                      role.isTextual() ? catalogue.get(role.textValue()) : Optional.empty();
                  if (roleEntity.isPresent()) {
                    label = roleEntity.get().title();
                    inverse = roleEntity.get().title() + " of";
                  }
                }
                edges.add(
                    new Edge(
                        entity.id(), id, label, inverse, name, entity.positions().value(pointer)));
              });
    }
  }

  private static List<Dependency> dependencies(Catalogue catalogue) {
    List<Dependency> out = new ArrayList<>();
    for (Entity record : catalogue.of(Kind.INTERDEPENDENCY)) {
      Optional<String> project = record.text("project");
      Optional<String> other = record.text("with");
      Optional<String> relation = record.text("relation");
      if (project.isEmpty()
          || other.isEmpty()
          || relation.isEmpty()
          || catalogue.get(project.get()).isEmpty()
          || catalogue.get(other.get()).isEmpty()) {
        continue;
      }
      String status = record.text("status").orElse("open");
      var at = record.positions().value("/with");
      if (relation.get().equals("depends-on")) {
        out.add(new Dependency(project.get(), other.get(), record.id(), status, at));
      } else {
        out.add(new Dependency(other.get(), project.get(), record.id(), status, at));
      }
    }
    return out;
  }
}
