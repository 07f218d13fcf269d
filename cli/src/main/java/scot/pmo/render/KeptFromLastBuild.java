package scot.pmo.render;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What one build made and the next build may reuse, by key: the renderings a daemon keeps from one
 * command to the next. Each build takes over what the build before it used and keeps what it uses
 * itself, reused or made ({@link #thisBuilds}), so what is no longer asked for (the text of a
 * deleted file, the page of a deleted entity) is not kept for long. A subclass decides when a kept
 * value still fits. Safe for the threads of one build to share.
 *
 * @param <V> what is kept for each key
 */
public abstract class KeptFromLastBuild<V> {

  private final boolean keeps;
  private final Map<Object, V> before;
  private final Map<Object, V> now = new ConcurrentHashMap<>();
  private final AtomicInteger reused = new AtomicInteger();

  /** Keeping ({@code keeps}) or not, starting from what the build before used. */
  protected KeptFromLastBuild(boolean keeps, Map<Object, V> before) {
    this.keeps = keeps;
    this.before = before;
  }

  /** Whether this keeps anything for the next build at all. */
  public final boolean keeps() {
    return keeps;
  }

  /** How many values this build took from the build before. */
  public final int reused() {
    return reused.get();
  }

  /** How many values this build made afresh. */
  public final int made() {
    return now.size() - reused.get();
  }

  /** How many values this build made or reused. */
  public final int used() {
    return now.size();
  }

  /** What the build before kept for {@code key}, or null. */
  protected final V before(Object key) {
    return before.get(key);
  }

  /** Notes that this build reuses {@code kept}, the build before's, for {@code key}. */
  protected final void reuse(Object key, V kept) {
    now.put(key, kept);
    reused.incrementAndGet();
  }

  /** Notes that this build made {@code value} for {@code key}. */
  protected final void made(Object key, V value) {
    now.put(key, value);
  }

  /** What this build used, for the next build to start from. */
  protected final Map<Object, V> thisBuilds() {
    return Map.copyOf(now);
  }
}
