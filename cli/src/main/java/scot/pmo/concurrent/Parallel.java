package scot.pmo.concurrent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Work on every core, for the stages that treat each file or page alike. Items are handed out a few
 * at a time to whichever core is free, in the order given, so that no core is left with a run of
 * slow items while the others wait (a parallel stream splits its list into a few large runs up
 * front, and a build's slow items, the case studies or the library pages, come together). Results
 * keep the order of the items. When an item fails, the items not yet started are dropped and those
 * running are waited for before the failure is thrown: nothing is still writing when the caller
 * cleans up.
 */
public final class Parallel {

  private Parallel() {}

  /** {@code fn} of each item, in the order of the items. */
  public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> fn) {
    int cores = Math.min(Runtime.getRuntime().availableProcessors(), items.size());
    // Small batches: few enough hand-outs to cost nothing, small enough to even out at the end.
    return map(items, fn, Math.max(1, Math.min(32, items.size() / (Math.max(1, cores) * 32))));
  }

  /**
   * {@code fn} of each item, in the order of the items, for items of uneven and large cost (each
   * taking milliseconds): they are handed out one at a time, those {@code cost} says cost most
   * first, so that no core is left working alone on a costly item at the end while the others wait.
   * Items of equal cost keep their order.
   */
  public static <T, R> List<R> mapCostliestFirst(
      List<T> items, ToLongFunction<? super T> cost, Function<? super T, ? extends R> fn) {
    List<Integer> order = costliestFirst(items, cost);
    List<R> done = map(order, i -> fn.apply(items.get(i)), 1);
    Object[] results = new Object[items.size()];
    for (int k = 0; k < order.size(); k++) {
      results[order.get(k)] = done.get(k);
    }
    return asList(results);
  }

  /** The indices of {@code items}, the costliest first; those of equal cost in their order. */
  static <T> List<Integer> costliestFirst(List<T> items, ToLongFunction<? super T> cost) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingLong((Integer i) -> cost.applyAsLong(items.get(i))).reversed());
    return order;
  }

  private static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> fn, int batch) {
    int n = items.size();
    Object[] results = new Object[n];
    int cores = Math.min(Runtime.getRuntime().availableProcessors(), n);
    if (cores <= 1) {
      for (int i = 0; i < n; i++) {
        results[i] = fn.apply(items.get(i));
      }
      return asList(results);
    }
    AtomicInteger next = new AtomicInteger();
    Throwable[] failure = new Throwable[1];
    Runnable work =
        () -> {
          try {
            for (int start = next.getAndAdd(batch); start < n; start = next.getAndAdd(batch)) {
              for (int i = start; i < Math.min(n, start + batch); i++) {
                results[i] = fn.apply(items.get(i));
              }
            }
          } catch (RuntimeException | Error e) {
            next.set(n); // no more hand-outs
            synchronized (failure) {
              if (failure[0] == null) {
                failure[0] = e;
              }
            }
          }
        };
    List<Thread> helpers = new ArrayList<>();
    for (int i = 1; i < cores; i++) {
      Thread t = new Thread(work, "pmo-worker-" + i);
      t.setDaemon(true);
      t.start();
      helpers.add(t);
    }
    work.run();
    joinAll(helpers);
    synchronized (failure) {
      if (failure[0] instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (failure[0] instanceof Error error) {
        throw error;
      }
    }
    return asList(results);
  }

  /** Runs {@code fn} on each item. */
  public static <T> void forEach(List<T> items, Consumer<? super T> fn) {
    map(
        items,
        item -> {
          fn.accept(item);
          return null;
        });
  }

  @SuppressWarnings("unchecked")
  private static <R> List<R> asList(Object[] results) {
    return (List<R>) Arrays.asList(results);
  }

  /** Waits for every helper, even if this thread is interrupted meanwhile. */
  private static void joinAll(List<Thread> helpers) {
    boolean interrupted = false;
    for (Thread t : helpers) {
      while (t.isAlive()) {
        try {
          t.join();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
