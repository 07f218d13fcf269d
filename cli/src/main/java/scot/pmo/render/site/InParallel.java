package scot.pmo.render.site;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Runs jobs on every core, taking them one at a time in the order given, and returns their
 * results in that order. Unlike a parallel stream, which splits the list into a few large runs up
 * front, no core is left with a run of slow jobs while the others wait: put the slowest first.
 * When a job fails, the jobs not yet started are dropped and those running are waited for, so
 * nothing writes into the output after the failure is reported (the publisher then deletes it).
 */
final class InParallel {

  private InParallel() {}

  static <T> List<T> run(List<Supplier<T>> jobs) {
    int cores = Runtime.getRuntime().availableProcessors();
    if (cores == 1 || jobs.size() < 2) {
      return jobs.stream().map(Supplier::get).toList();
    }
    ExecutorService pool = Executors.newFixedThreadPool(cores, r -> {
      Thread t = new Thread(r, "pmo-render");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<T>> futures = new ArrayList<>(jobs.size());
      for (Supplier<T> job : jobs) {
        futures.add(pool.submit(job::get));
      }
      List<T> results = new ArrayList<>(jobs.size());
      for (Future<T> future : futures) {
        results.add(future.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while rendering", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
      awaitQuietly(pool);
    }
  }

  private static void awaitQuietly(ExecutorService pool) {
    boolean interrupted = false;
    while (true) {
      try {
        if (pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES)) {
          break;
        }
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
