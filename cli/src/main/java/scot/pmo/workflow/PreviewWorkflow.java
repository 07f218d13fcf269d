package scot.pmo;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import scot.pmo.load.ContentLoader;
import scot.pmo.publish.report.Report;
import scot.pmo.publish.report.ReportFormat;
import scot.pmo.publish.serve.ContentWatcher;
import scot.pmo.publish.serve.PreviewServer;
import scot.pmo.render.paper.PaperFormat;
import scot.pmo.render.site.IncrementalSite;
import scot.pmo.render.template.Templates;
import scot.pmo.validate.IncrementalValidation;
import scot.pmo.validate.Validation;

/**
 * A local preview: builds the site into a temporary folder, serves it on 127.0.0.1, and rebuilds
 * when content or templates change. A build that fails leaves the last good site served and
 * shows its problems in the page and on the terminal.
 */
public final class PreviewSession implements AutoCloseable {

  /** Papers in the preview: the quick formats only; pmo build writes them all. */
  private static final List<PaperFormat> PREVIEW_PAPERS =
      List.of(PaperFormat.HTML, PaperFormat.MD);

  private final Pipeline pipeline;
  private final Path temp;
  private volatile Path out;
  private int builds;
  private IncrementalSite site;
  /** The content as last read and validated, kept so that an edit of one file is quick to check. */
  private IncrementalValidation validations;
  private final PrintWriter log;
  private final AtomicReference<PreviewServer.Status> status =
      new AtomicReference<>(new PreviewServer.Status(0, ""));
  private final PreviewServer server;
  private final ContentWatcher watcher;
  private boolean closed;

  /** Builds once and starts serving on {@code port} (0 for any free port). */
  public PreviewSession(Pipeline pipeline, int port, PrintWriter log) throws IOException {
    this.pipeline = pipeline;
    this.log = log;
    this.temp = Files.createTempDirectory("pmo-serve-");
    rebuild(Set.of());
    this.server = new PreviewServer(() -> out, port, status::get);
    this.watcher = new ContentWatcher(List.of(pipeline.repo().resolve(ContentLoader.CONTENT),
        pipeline.repo().resolve(Templates.FOLDER)));
  }

  public int port() {
    return server.port();
  }

  /** The current build: its number (which goes up with each good build) and its problems. */
  public PreviewServer.Status status() {
    return status.get();
  }

  /** Waits for changes and rebuilds, until the thread is interrupted. */
  public void watch() {
    try {
      while (!Thread.currentThread().isInterrupted()) {
        rebuild(watcher.awaitChanges());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (java.nio.file.ClosedWatchServiceException e) {
      // closed by Ctrl-C: stop watching
    }
  }

  private void rebuild(Set<Path> changed) {
    long start = System.nanoTime();
    long version = status.get().version();
    try {
      Set<Path> files = relevant(changed);
      Validation validation = validate(files);
      if (validation.diagnostics().hasErrors()) {
        StringWriter text = new StringWriter();
        ReportFormat.TEXT.write(Report.of(validation, pipeline.repo(), false),
            new PrintWriter(text));
        status.set(new PreviewServer.Status(version, text.toString()));
        log.print(text);
        log.println("pmo: the site still shows the last good build; fix the above and save");
      } else {
        boolean quick = site != null && files.size() == 1 && onlyContent(files)
            && site.update(files.iterator().next()).problems().isEmpty();
        if (!quick) {
          fullBuild(validation);
        }
        status.set(new PreviewServer.Status(version + 1, ""));
        log.printf("pmo: %s in %d ms%s%n", quick ? "updated" : "rebuilt",
            (System.nanoTime() - start) / 1_000_000,
            files.isEmpty() ? "" : " after a change to " + describe(files));
      }
    } catch (IOException | RuntimeException e) {
      // A template error, for one: report it like a content problem and keep serving.
      status.set(new PreviewServer.Status(version, String.valueOf(e.getMessage())));
      log.println("pmo: " + e.getMessage());
    }
    log.flush();
  }

  /**
   * The content validated as it now stands: after an edit of one content file, that file and the
   * checks it can affect, as the last validation knew the rest; otherwise all of it.
   */
  private Validation validate(Set<Path> files) {
    Optional<IncrementalValidation> next = Optional.empty();
    if (validations != null && files.size() == 1 && onlyContent(files)) {
      Path file = files.iterator().next();
      if (Files.isRegularFile(file)) {
        next = validations.afterEditOf(
            pipeline.repo().relativize(file).toString().replace('\\', '/'));
      }
    }
    validations = next.orElseGet(pipeline::validateIncrementally);
    return validations.validation();
  }

  /**
   * Builds the whole site into a new folder and serves that one from then on, so that a half
   * built site is never served; the next changes update it in place, page by page.
   */
  private void fullBuild(Validation validation) throws IOException {
    Path next = temp.resolve("site-" + (++builds));
    IncrementalSite built = pipeline.incrementalSite(validation, next, pipeline.siteOptions(
        validation, pipeline.link(validation), Optional.empty(), PREVIEW_PAPERS));
    Path previous = out;
    site = built;
    out = next;
    if (previous != null) {
      delete(previous);
    }
  }

  private boolean onlyContent(Set<Path> changed) {
    Path content = pipeline.repo().resolve(ContentLoader.CONTENT);
    return changed.stream().allMatch(p -> p.startsWith(content));
  }

  /**
   * The changes that matter: editors and tools write temporary files beside the one they save
   * (".x.swp", "sedAb12", "x.md~"), which are left out unless they are templates.
   */
  private Set<Path> relevant(Set<Path> changed) {
    Path content = pipeline.repo().resolve(ContentLoader.CONTENT);
    Set<Path> kept = new java.util.TreeSet<>();
    for (Path p : changed) {
      String name = p.getFileName() == null ? "" : p.getFileName().toString();
      boolean entity = name.endsWith(".md") || name.endsWith(".yaml") || name.endsWith(".yml");
      if (!p.startsWith(content) || entity && !name.startsWith(".")) {
        kept.add(p);
      }
    }
    return kept;
  }

  private String describe(Set<Path> changed) {
    Path first = changed.iterator().next();
    String name = first.startsWith(pipeline.repo())
        ? pipeline.repo().relativize(first).toString() : first.toString();
    return changed.size() == 1 ? name : name + " and " + (changed.size() - 1) + " more";
  }

  @Override
  public synchronized void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    if (server != null) {
      server.close();
    }
    if (watcher != null) {
      watcher.close();
    }
    delete(temp);
  }

  private static void delete(Path folder) throws IOException {
    try (Stream<Path> all = Files.walk(folder)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
