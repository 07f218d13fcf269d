package scot.pmo.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every entity of the programme, found by id or by kind. Ids are shared by all kinds. */
public final class Catalogue {

  private final List<Entity> entities;
  private final Map<String, Entity> byId = new LinkedHashMap<>();
  private final Map<Kind, List<Entity>> byKind = new EnumMap<>(Kind.class);

  /** Indexes {@code entities}; where two share an id, the first (in path order) wins the index. */
  public Catalogue(List<Entity> entities) {
    this.entities = List.copyOf(entities);
    for (Entity e : this.entities) {
      byId.putIfAbsent(e.id(), e);
      byKind.computeIfAbsent(e.kind(), k -> new ArrayList<>()).add(e);
    }
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
