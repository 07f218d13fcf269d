package scot.pmo.concurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToLongFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelTest {

  @Test
  void resultsKeepTheOrderOfTheItems() {
    List<Integer> items = IntStream.range(0, 10_000).boxed().toList();
    assertThat(Parallel.map(items, i -> i * 2)).isEqualTo(items.stream().map(i -> i * 2).toList());
    assertThat(Parallel.map(List.<Integer>of(), i -> i)).isEmpty();
    assertThat(Parallel.map(List.of(7), i -> i + 1)).containsExactly(8);
  }

  @Test
  void everyItemRunsOnceAndTheWorkIsShared() {
    Set<String> threads = ConcurrentHashMap.newKeySet();
    AtomicInteger runs = new AtomicInteger();
    Parallel.forEach(
        IntStream.range(0, 2_000).boxed().toList(),
        i -> {
          runs.incrementAndGet();
          threads.add(Thread.currentThread().getName());
          busy();
        });
    assertThat(runs.get()).isEqualTo(2_000);
    if (Runtime.getRuntime().availableProcessors() > 1) {
      assertThat(threads).hasSizeGreaterThan(1);
    }
  }

  @Test
  void aFailureStopsTheHandOutAndIsThrownOnceEveryRunningItemHasEnded() {
    AtomicInteger running = new AtomicInteger();
    AtomicInteger started = new AtomicInteger();
    assertThatThrownBy(
            () ->
                Parallel.forEach(
                    IntStream.range(0, 100_000).boxed().toList(),
                    i -> {
                      running.incrementAndGet();
                      started.incrementAndGet();
                      try {
                        busy();
                        if (i == 50) {
                          throw new IllegalStateException("item 50 failed");
                        }
                      } finally {
                        running.decrementAndGet();
                      }
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("item 50 failed");
    assertThat(running.get()).as("items still running when the failure was thrown").isZero();
    assertThat(started.get()).as("items started").isLessThan(100_000);
  }

  @Test
  void theCostliestItemsAreHandedOutFirstAndResultsKeepTheOrderOfTheItems() {
    // Item 7 costs most, then items 3 and 5 (which keep their order), then the rest.
    List<Integer> items = IntStream.range(0, 12).boxed().toList();
    ToLongFunction<Integer> cost = i -> i == 7 ? 100 : i == 3 || i == 5 ? 10 : 1;
    assertThat(Parallel.costliestFirst(items, cost))
        .containsExactly(7, 3, 5, 0, 1, 2, 4, 6, 8, 9, 10, 11);

    Set<Integer> ran = ConcurrentHashMap.newKeySet();
    List<Integer> results =
        Parallel.mapCostliestFirst(
            items,
            cost,
            i -> {
              assertThat(ran.add(i)).as("item %d ran once", i).isTrue();
              busy();
              return i * 3;
            });
    assertThat(results).isEqualTo(items.stream().map(i -> i * 3).toList());
    assertThat(ran).hasSize(12);
    assertThat(Parallel.mapCostliestFirst(List.<Integer>of(), i -> i, i -> i)).isEmpty();
  }

  private static void busy() {
    long until = System.nanoTime() + 20_000;
    while (System.nanoTime() < until) {
      Thread.onSpinWait();
    }
  }
}
