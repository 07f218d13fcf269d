package scot.pmo.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** Every entity of the programme, found by id or by kind. Ids are shared by all kinds. */
public final class Catalogue {

  private final List<Entity> entities;
  private final Map<String, Entity> byId = new LinkedHashMap<>();
  private final Map<Kind, List<Entity>> byKind = new EnumMap<>(Kind.class);

  /** Values derived from one entity, by what and the entity's path; see {@link #derived}. */
  private final Map<String, Derived> derived;

  private record Derived(Entity entity, Object value) {}

  /** Indexes {@code entities}; where two share an id, the first (in path order) wins the index. */
  public Catalogue(List<Entity> entities) {
    this(entities, null);
  }

  /**
   * As {@link #Catalogue(List)}, keeping what was derived from the entities that {@code
   * previous} shares with this catalogue, so that a catalogue with one file changed need not
   * derive the others' values again. The two share what is derived: {@code previous} is not to
   * be used any more.
   */
  public Catalogue(List<Entity> entities, Catalogue previous) {
    // Shared, not copied: each value names the entity it came from, so a changed file's entry is
    // derived again when asked for, and the others are found as they were.
    this.derived = previous != null ? previous.derived : new ConcurrentHashMap<>();
    this.entities = List.copyOf(entities);
    for (Entity e : this.entities) {
      byId.putIfAbsent(e.id(), e);
      byKind.computeIfAbsent(e.kind(), k -> new ArrayList<>()).add(e);
    }
  }

  /**
   * A value computed from {@code entity} once for this catalogue, such as the links in its
   * Markdown, which validation, the graph and the site all need: each stage asks here instead of
   * parsing the text again.
   */
  @SuppressWarnings("unchecked")
  public <T> T derived(Entity entity, String what, Function<Entity, T> compute) {
    String key = what + "\u0000" + entity.path();
    Derived known = derived.get(key);
    if (known == null || known.entity() != entity) {
      known = new Derived(entity, compute.apply(entity));
      derived.put(key, known);
    }
    return (T) known.value();
  }

  public List<Entity> all() {
    return entities;
  }

  public Optional<Entity> get(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  public List<Entity> of(Kind kind) {
    return Collections.unmodifiableList(byKind.getOrDefault(kind, List.of()));
  }

  /** Ids of entities of the given kinds, for suggestions. */
  public List<String> ids(java.util.Set<Kind> kinds) {
    return entities.stream().filter(e -> kinds.contains(e.kind())).map(Entity::id).toList();
  }
}
