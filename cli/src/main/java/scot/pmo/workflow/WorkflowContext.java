package scot.pmo.workflow;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import java.util.function.Supplier;
import scot.pmo.concurrent.Meter;
import scot.pmo.git.Commit;
import scot.pmo.git.LastChanges;
import scot.pmo.load.ConfigFile;
import scot.pmo.load.ConfigLoader;
import scot.pmo.load.ContentLoader;
import scot.pmo.load.LoadLimits;
import scot.pmo.model.Config;
import scot.pmo.render.markdown.MarkdownRenderer;
import scot.pmo.render.template.Templates;
import scot.pmo.validate.Schemas;

/**
 * What every workflow of one run shares: the repository, its configuration ({@code pmo.yaml}, read
 * once), the loader's limits, where each stage reports what it did (the command line's {@code
 * --verbose}), and the schemas, compiled once.
 */
public final class WorkflowContext {

  private final Path repo;
  private volatile boolean cache = true;
  private final Config.Limits commandLine;
  private final Consumer<String> trace;
  private volatile StageTimes times = new StageTimes();
  private Future<Schemas> schemas;
  private Future<LastChanges> lastChanges;
  private MarkdownRenderer markdown;
  private ConfigFile config;
  private volatile Meter meter = Meter.NONE;
  private AsOf asOf;

  /**
   * The content as it was at the end of a day, read from git rather than the working tree.
   *
   * @param date the day asked for, which ages are counted to
   * @param commit the last commit on or before the end of that day, on the first-parent history
   * @param repository the repository's folder (the context's own folder is a copy of the commit's)
   */
  public record AsOf(LocalDate date, Commit commit, Path repository) {}

  private volatile LocalDate checkDay;
  private volatile boolean strict;

  /** A context whose stages report nothing, with every limit as given. */
  public WorkflowContext(Path repo, LoadLimits limits) {
    this(repo, limits, message -> {});
  }

  /**
   * A context whose stages report each step, and how long it took, to {@code trace}, with every
   * limit as given (whatever {@code pmo.yaml} says).
   */
  public WorkflowContext(Path repo, LoadLimits limits, Consumer<String> trace) {
    this(repo, limits.settings(), trace);
  }

  /**
   * A context whose stages report to {@code trace}, with the limits the command line gives, which
   * win over those of {@code pmo.yaml}; the defaults stand for the rest.
   */
  public WorkflowContext(Path repo, Config.Limits commandLine, Consumer<String> trace) {
    this.repo = repo;
    this.commandLine = commandLine;
    this.trace = trace;
  }

  /**
   * A context like this one (the same limits from the command line, trace, meter, schemas and
   * Markdown renderer) that reads the programme copied into {@code root} from the commit {@code
   * asOf} names, with that copy's {@code pmo.yaml} and templates.
   */
  synchronized WorkflowContext asOf(Path root, AsOf asOf) {
    WorkflowContext past = new WorkflowContext(root, commandLine, trace);
    past.asOf = asOf;
    past.times = times;
    past.meter = meter;
    past.schemas = schemas;
    past.markdown = markdown;
    return past;
  }

  /** When the content is read as it was at the end of a day: that day and its commit. */
  public Optional<AsOf> asOf() {
    return Optional.ofNullable(asOf);
  }

  /** Where the stages count their items as they do them, for a progress bar. */
  public Meter meter() {
    return meter;
  }

  /** Counts the stages' items on {@code meter} from now on. */
  public void countOn(Meter meter) {
    this.meter = meter;
  }

  public Path repo() {
    return repo;
  }

  /**
   * The loader's limits: each one the command line gives, else the one {@code pmo.yaml} gives, else
   * the default.
   */
  public LoadLimits limits() {
    return LoadLimits.DEFAULT.with(config().limits()).with(commandLine);
  }

  /** The repository's {@code pmo.yaml} as read, the first time it is asked for. */
  public synchronized ConfigFile configFile() {
    if (config == null) {
      config =
          timed(
              "configuration",
              () -> new ConfigLoader(repo, LoadLimits.DEFAULT.with(commandLine)).load());
    }
    return config;
  }

  /** What {@code pmo.yaml} says, with defaults for what it leaves out. */
  public Config config() {
    return configFile().config();
  }

  /** Forgets {@code pmo.yaml} as read, so that it is read again: for the preview, after an edit. */
  public synchronized void reloadConfig() {
    config = null;
  }

  /**
   * The day validation's working rules take as today (a review or action past its date): the one
   * {@link #checkOn} gave, else the day the content is read as of, else today where {@code
   * pmo.yaml} says the programme office is.
   */
  public LocalDate today() {
    LocalDate given = checkDay;
    if (given != null) {
      return given;
    }
    AsOf past = asOf;
    return past != null ? past.date() : LocalDate.now(config().dates().timeZone());
  }

  /**
   * Whether papers and the map's pictures are taken from the repository's caches ({@code
   * .pmo/cache/}) when their inputs have not changed, and kept there; {@code --no-cache} turns it
   * off.
   */
  public void useCache(boolean cache) {
    this.cache = cache;
  }

  /** Whether outputs are cached: see {@link #useCache}. */
  public boolean caches() {
    return cache;
  }

  /**
   * Makes validation strict ({@code pmo validate --strict}): the rules that only a strict check
   * reports, such as an entity without a source, are then warnings.
   */
  public void checkStrictly(boolean strict) {
    this.strict = strict;
  }

  /** Whether validation is strict: see {@link #checkStrictly}. */
  public boolean strict() {
    return strict;
  }

  /** Checks the working rules as of {@code day} rather than today: {@code --on}. */
  public void checkOn(LocalDate day) {
    this.checkDay = day;
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

  /**
   * The last commit that changed each file a paper can read ({@code content/}, {@code templates/},
   * {@code pmo.yaml}), read from git on a thread of its own from the first time it is asked for: a
   * build asks before it reads the site's history, so that the two walks share the two cores.
   */
  synchronized Future<LastChanges> readingLastChanges() {
    if (lastChanges == null) {
      FutureTask<LastChanges> task =
          new FutureTask<>(
              () ->
                  LastChanges.read(
                      repo,
                      List.of(ContentLoader.CONTENT, Templates.FOLDER, Config.FILE),
                      Optional.empty()));
      Thread read = new Thread(task, "pmo-last-changes");
      read.setDaemon(true);
      read.start();
      lastChanges = task;
    }
    return lastChanges;
  }

  /** The last changes of the files papers read, waiting for them if need be. */
  LastChanges lastChanges() {
    return join(readingLastChanges());
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

  /** Runs {@code work}, then reports how long it took as {@code stage}, and keeps it. */
  <T> T timed(String stage, Supplier<T> work) {
    long start = System.nanoTime();
    T result = times.time(stage, work);
    trace.accept(stage + ": " + (System.nanoTime() - start) / 1_000_000 + " ms");
    return result;
  }

  /** How long each stage of this run took, so far (shared with a context of a past day). */
  public StageTimes times() {
    return times;
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
