package scot.pmo.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * How long each stage of a run took, kept in the order the stages ended, with how deep each sat
 * inside another (the papers are written inside the site's stage), so that {@code --verbose} can
 * end with a table of the stages that add up to the run.
 */
public final class StageTimes {

  /** One stage: its name, how long it took, and 0 unless it ran inside another stage. */
  public record Stage(String name, long nanos, int depth) {
    public long millis() {
      return nanos / 1_000_000;
    }
  }

  private final List<Stage> stages = new ArrayList<>();
  private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);

  /** Runs {@code work} as the stage {@code name}, and keeps how long it took. */
  public <T> T time(String name, Supplier<T> work) {
    int[] level = depth.get();
    int at = level[0]++;
    long start = System.nanoTime();
    try {
      return work.get();
    } finally {
      level[0] = at;
      add(new Stage(name, System.nanoTime() - start, at));
    }
  }

  private synchronized void add(Stage stage) {
    stages.add(stage);
  }

  /** Every stage, in the order it ended. */
  public synchronized List<Stage> all() {
    return List.copyOf(stages);
  }

  /** The stages that ran inside no other: together, the time a run spent in its stages. */
  public synchronized List<Stage> outermost() {
    List<Stage> top = new ArrayList<>();
    for (Stage stage : stages) {
      if (stage.depth() == 0) {
        top.add(stage);
      }
    }
    return top;
  }
}
