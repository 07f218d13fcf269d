package scot.pmo.workflow;

import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import java.util.function.Supplier;
import scot.pmo.load.LoadLimits;
import scot.pmo.render.markdown.MarkdownRenderer;
import scot.pmo.validate.Schemas;

/**
 * What every workflow of one run shares: the repository, the loader's limits, where each stage
 * reports what it did (the command line's {@code --verbose}), and the schemas, compiled once.
 */
public final class WorkflowContext {

  private final Path repo;
  private final LoadLimits limits;
  private final Consumer<String> trace;
  private Future<Schemas> schemas;
  private MarkdownRenderer markdown;

  /** A context whose stages report nothing. */
  public WorkflowContext(Path repo, LoadLimits limits) {
    this(repo, limits, message -> {});
  }

  /** A context whose stages report each step, and how long it took, to {@code trace}. */
  public WorkflowContext(Path repo, LoadLimits limits, Consumer<String> trace) {
    this.repo = repo;
    this.limits = limits;
    this.trace = trace;
  }

  public Path repo() {
    return repo;
  }

  public LoadLimits limits() {
    return limits;
  }

  /** Where the stages report what they did. */
  public Consumer<String> trace() {
    return trace;
  }

  /**
   * The schemas, compiled on a thread of their own from the first time they are asked for, so that
   * content/ is read meanwhile: on a small programme the two take about as long as each other.
   */
  synchronized Future<Schemas> compiling() {
    if (schemas == null) {
      FutureTask<Schemas> task = new FutureTask<>(Schemas::new);
      Thread compile = new Thread(task, "pmo-schemas");
      compile.setDaemon(true);
      compile.start();
      schemas = task;
    }
    return schemas;
  }

  /** The compiled schemas, waiting for them if need be. */
  public Schemas schemas() {
    return join(compiling());
  }

  /** The one Markdown renderer of the run (it is safe to share between threads). */
  public synchronized MarkdownRenderer markdown() {
    if (markdown == null) {
      markdown = new MarkdownRenderer();
    }
    return markdown;
  }

  /** Runs {@code work}, then reports how long it took as {@code stage}. */
  <T> T timed(String stage, Supplier<T> work) {
    long start = System.nanoTime();
    T result = work.get();
    trace.accept(stage + ": " + (System.nanoTime() - start) / 1_000_000 + " ms");
    return result;
  }

  /** The result of work done in the background, or what it threw. */
  static <T> T join(Future<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for work in the background", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
