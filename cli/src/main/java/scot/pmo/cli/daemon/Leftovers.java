package scot.pmo.cli.daemon;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * When the daemon collects what its commands left on the heap: once no command has come for a quiet
 * while, or at once after several commands in a row without a collection.
 *
 * <p>Without a collection between commands the heap keeps growing from one to the next (after
 * builds of 10,000 entities, to 3 GB on Java 25). But a full collection stops everything for a
 * tenth to a quarter of a second at 10,000 entities, and made right after each command it held up
 * the next one of a script that runs several in a row ({@code pmo validate && pmo build}).
 */
final class Leftovers {

  private final ScheduledExecutorService scheduler;
  private final Runnable collect;
  private final Duration quiet;
  private final int atMost;
  private final AtomicInteger uncollected = new AtomicInteger();

  /** Moves on with each command begun or done: a collection waits for no newer one. */
  private final AtomicLong generation = new AtomicLong();

  /**
   * Collects with {@code collect}, on {@code scheduler}, {@code quiet} after the last command, or
   * at once after the {@code atMost}th command in a row without a collection.
   */
  Leftovers(ScheduledExecutorService scheduler, Runnable collect, Duration quiet, int atMost) {
    this.scheduler = scheduler;
    this.collect = collect;
    this.quiet = quiet;
    this.atMost = atMost;
  }

  void commandBegun() {
    generation.incrementAndGet();
  }

  void commandDone() {
    long done = generation.incrementAndGet();
    if (uncollected.incrementAndGet() >= atMost) {
      collectNow();
      return;
    }
    scheduler.schedule(
        () -> {
          if (generation.get() == done) {
            collectNow();
          }
        },
        quiet.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  private void collectNow() {
    uncollected.set(0);
    collect.run();
  }
}
