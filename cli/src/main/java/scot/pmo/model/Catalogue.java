package scot.pmo.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * Every entity of the programme, found by id or by kind. Ids are shared by all kinds. Not final
 * only so that a view of it can note what is read through it (as the papers' cache does, to know
 * what a paper depends on); such a view answers as the catalogue it wraps.
 */
public class Catalogue {

  private final List<Entity> entities;
  private final Map<String, Entity> byId = new LinkedHashMap<>();
  private final Map<Kind, List<Entity>> byKind = new EnumMap<>(Kind.class);

  /**
   * A value that a catalogue derives from each entity, once: declared beside the value's type (as
   * {@code markdown.ParsedBody} declares the parse of a body), since {@code model} cannot name the
   * types of later stages. A key is equal only to itself, and holds the one computation of its
   * value, so that every stage that asks gets the same value.
   *
   * @param <T> the type of the value
   */
  public static final class Key<T> {

    private final String name;
    private final BiFunction<Catalogue, Entity, T> compute;

    /**
     * @param name what the value is, for messages: {@code "parsed body"}
     * @param compute the value from an entity; it may ask the catalogue for the values of other
     *     keys
     */
    public Key(String name, BiFunction<Catalogue, Entity, T> compute) {
      this.name = name;
      this.compute = compute;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** Where a derived value is kept: its key and the entity's path. */
  private record Slot(Key<?> key, String path) {}

  /** A derived value and the entity it was derived from. */
  private record Derived<T>(Entity entity, T value) {}

  /** Values derived from one entity; see {@link #derived}. */
  private final Map<Slot, Derived<?>> derived;

  /** Indexes {@code entities}; where two share an id, the first (in path order) wins the index. */
  public Catalogue(List<Entity> entities) {
    this(entities, null);
  }

  /**
   * As {@link #Catalogue(List)}, keeping what was derived from the entities that {@code previous}
   * shares with this catalogue, so that a catalogue with one file changed need not derive the
   * others' values again. The two share what is derived: {@code previous} is not to be used any
   * more.
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
   * The value of {@code key} for {@code entity}, computed once for this catalogue, such as the
   * links in its Markdown, which validation, the graph and the site all need: each stage asks here
   * instead of parsing the text again. Safe to call from several threads; two that ask at once may
   * both compute the value, and either result is kept. It is not computed inside the map's own
   * {@code computeIfAbsent}, since a computation may ask for another key's value.
   */
  public <T> T derived(Entity entity, Key<T> key) {
    Slot slot = new Slot(key, entity.path());
    Derived<?> known = derived.get(slot);
    if (known != null && known.entity() == entity) {
      return valueOf(known, key);
    }
    T value = key.compute.apply(this, entity);
    derived.put(slot, new Derived<>(entity, value));
    return value;
  }

  /** The value kept for {@code key}: only {@link #derived} keeps one, and of the key's type. */
  @SuppressWarnings("unchecked")
  private static <T> T valueOf(Derived<?> known, Key<T> key) {
    return ((Derived<T>) known).value();
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
