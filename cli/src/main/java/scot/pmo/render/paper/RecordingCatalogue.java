package scot.pmo.render.paper;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import scot.pmo.model.Catalogue;
import scot.pmo.model.Entity;
import scot.pmo.model.Kind;

/**
 * A catalogue that answers as the one it wraps and notes every entity read through it: by id, by
 * kind (every entity of the kind) or all of them. A paper's builder reads the content through one,
 * so that what a paper depends on is what its model read, not a list kept by hand. What is read
 * before the first {@link #begin()} (by a builder's constructor) counts towards every paper.
 */
public final class RecordingCatalogue extends Catalogue {

  private final Map<String, Entity> shared = new ConcurrentHashMap<>();

  /** What the paper being made on each thread has read, once it has begun; else {@link #shared}. */
  private final ThreadLocal<Map<String, Entity>> current = ThreadLocal.withInitial(() -> shared);

  /** A view of {@code base}, sharing what it derives. */
  public RecordingCatalogue(Catalogue base) {
    super(base.all(), base);
  }

  /**
   * Starts noting the reads of the next paper made on this thread: papers are made on every core,
   * each on one thread from {@code begin()} to {@link #read()}.
   */
  public void begin() {
    current.set(new ConcurrentHashMap<>());
  }

  /**
   * What has been read on this thread since {@link #begin()}, with what was read before any paper
   * began, sorted by path.
   */
  public List<Entity> read() {
    Map<String, Entity> all = new TreeMap<>(shared);
    all.putAll(current.get());
    return List.copyOf(all.values());
  }

  private void note(Entity entity) {
    current.get().put(entity.path(), entity);
  }

  @Override
  public List<Entity> all() {
    List<Entity> all = super.all();
    all.forEach(this::note);
    return all;
  }

  @Override
  public Optional<Entity> get(String id) {
    Optional<Entity> found = super.get(id);
    found.ifPresent(this::note);
    return found;
  }

  @Override
  public List<Entity> of(Kind kind) {
    List<Entity> found = super.of(kind);
    found.forEach(this::note);
    return found;
  }

  @Override
  public List<String> ids(Set<Kind> kinds) {
    super.all().stream().filter(e -> kinds.contains(e.kind())).forEach(this::note);
    return super.ids(kinds);
  }
}
