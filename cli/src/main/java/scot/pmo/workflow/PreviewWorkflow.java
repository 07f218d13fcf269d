package scot.pmo.workflow;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import scot.pmo.load.ContentLoader;
import scot.pmo.model.Config;
import scot.pmo.model.FileChange;
import scot.pmo.publish.report.Report;
import scot.pmo.publish.report.ReportFormat;
import scot.pmo.publish.serve.ContentWatcher;
import scot.pmo.publish.serve.EditServer;
import scot.pmo.publish.serve.PreviewServer;
import scot.pmo.render.paper.PaperFormat;
import scot.pmo.render.site.IncrementalSite;
import scot.pmo.render.template.Templates;

/**
 * The workflow of {@code pmo serve}, a local preview: builds the site into a temporary folder,
 * serves it on 127.0.0.1, and follows every change of content, templates, {@code pmo.yaml} and the
 * logo it names. After a saved content file the next {@link Snapshot} reads and checks that file
 * alone, and the site re-renders only the pages the change reaches; anything else (a changed {@code
 * pmo.yaml} is read again) builds the site again. While the content has errors the last good site
 * stays served, and the problems show in the page and on the terminal.
 */
public final class PreviewWorkflow implements AutoCloseable {

  /** Papers in the preview: the quick formats only; pmo build writes them all. */
  private static final List<PaperFormat> PREVIEW_PAPERS = List.of(PaperFormat.HTML, PaperFormat.MD);

  private final WorkflowContext context;
  private final BuildWorkflow build;
  private final Path temp;
  private volatile Path out;
  private int builds;

  /** The pages being served, of the snapshot {@link #shown}; null before the first good build. */
  private IncrementalSite site;

  /** The programme as it now stands; the edit pages read it from the server's threads. */
  private volatile Snapshot current;

  /** The snapshot the served site shows. */
  private Snapshot shown;

  /**
   * The content files changed since {@link #shown} by snapshots that had errors, so that the site
   * did not follow them: when the content is good again, one such file is taken into the site page
   * by page like any edit, and more build the site again.
   */
  private final Set<String> unshown = new TreeSet<>();

  /** Whether the site missed a change it cannot take page by page: a template, or several files. */
  private boolean stale;

  private final PrintWriter log;
  private final AtomicReference<PreviewServer.Status> status =
      new AtomicReference<>(new PreviewServer.Status(0, ""));
  private final PreviewServer server;
  private final ContentWatcher watcher;
  private boolean closed;

  /** Builds once and starts serving on {@code port} (0 for any free port). */
  public PreviewWorkflow(WorkflowContext context, int port, PrintWriter log) throws IOException {
    this(context, port, log, false);
  }

  /**
   * Builds once and starts serving on {@code port}; with {@code edit}, with the edit pages of
   * {@code pmo serve --edit}, which write to the content files.
   */
  public PreviewWorkflow(WorkflowContext context, int port, PrintWriter log, boolean edit)
      throws IOException {
    this.context = context;
    this.build = new BuildWorkflow(context);
    this.log = log;
    this.temp = Files.createTempDirectory("pmo-serve-");
    rebuild(Set.of());
    this.server =
        new PreviewServer(
            () -> out,
            port,
            status::get,
            edit
                ? new EditServer(context.repo(), new PreviewEditor(context, () -> current))
                : null);
    this.watcher =
        new ContentWatcher(
            List.of(
                context.repo().resolve(ContentLoader.CONTENT),
                context.repo().resolve(Templates.FOLDER)),
            configFiles());
  }

  /**
   * {@code pmo.yaml} and the logo it names, as absolute paths: changes to them rebuild the site.
   */
  private List<Path> configFiles() {
    Path repo = context.repo().toAbsolutePath().normalize();
    List<Path> files = new java.util.ArrayList<>(List.of(repo.resolve(Config.FILE)));
    context
        .config()
        .site()
        .logo()
        .map(logo -> repo.resolve(logo.path()).normalize())
        .filter(logo -> logo.startsWith(repo))
        .ifPresent(files::add);
    return files;
  }

  public int port() {
    return server.port();
  }

  /** The current build: its number (which goes up with each good build) and its problems. */
  public PreviewServer.Status status() {
    return status.get();
  }

  /** The programme as last read: for tests and benchmarks. */
  Snapshot current() {
    return current;
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

  /**
   * Takes {@code changed} (absolute paths; empty for the first build) into the served site, as
   * {@link #watch} does after each batch of file events.
   *
   * @return what the update did, when the site was updated page by page; empty when it was built
   *     again, or could not be (the problems are in the status and the log)
   */
  public Optional<IncrementalSite.Update> rebuild(Set<Path> changed) {
    long start = System.nanoTime();
    long version = status.get().version();
    Optional<IncrementalSite.Update> update = Optional.empty();
    try {
      Set<Path> files = relevant(changed);
      if (files.isEmpty() && !changed.isEmpty()) {
        return update; // an editor's temporary files only
      }
      boolean configChanged = files.stream().anyMatch(configFiles()::contains);
      if (configChanged) {
        // Read again, with the limits and the logo it now gives; the site is built again.
        context.reloadConfig();
        if (watcher != null) {
          for (Path file : configFiles()) {
            watcher.watchFile(file);
          }
        }
      }
      Optional<String> edited =
          files.size() == 1 && onlyContent(files) && !configChanged
              ? Optional.of(relative(files.iterator().next()))
              : Optional.empty();
      current =
          current != null && edited.isPresent()
              ? current.afterEditOf(edited.get())
              : Snapshot.load(context);
      if (current.hasErrors()) {
        edited.ifPresentOrElse(unshown::add, () -> stale = true);
        StringWriter text = new StringWriter();
        ReportFormat.TEXT.write(
            Report.of(current.validation(), context.repo(), false), new PrintWriter(text));
        status.set(new PreviewServer.Status(version, text.toString()));
        log.print(text);
        log.println("pmo: the site still shows the last good build; fix the above and save");
      } else {
        edited.ifPresent(unshown::add);
        boolean quick = site != null && edited.isPresent() && unshown.size() == 1 && !stale;
        if (quick) {
          String path = edited.get();
          update =
              Optional.of(
                  site.update(
                      new FileChange(
                          path,
                          shown.entityAt(path).orElse(null),
                          current.entityAt(path).orElse(null)),
                      current.catalogue(),
                      current.graph()));
        } else {
          fullBuild();
        }
        shown = current;
        unshown.clear();
        stale = false;
        status.set(new PreviewServer.Status(version + 1, ""));
        log.printf(
            "pmo: %s in %d ms%s%n",
            quick ? "updated" : "rebuilt",
            (System.nanoTime() - start) / 1_000_000,
            files.isEmpty() ? "" : " after a change to " + describe(files));
      }
    } catch (IOException | RuntimeException e) {
      // A template error, for one: report it like a content problem and keep serving.
      stale = true;
      status.set(new PreviewServer.Status(version, String.valueOf(e.getMessage())));
      log.println("pmo: " + e.getMessage());
    }
    log.flush();
    return update;
  }

  /**
   * Builds the whole site into a new folder and serves that one from then on, so that a half built
   * site is never served; the next changes update it in place, page by page.
   */
  private void fullBuild() throws IOException {
    Path next = temp.resolve("site-" + (++builds));
    IncrementalSite built =
        build.incrementalSite(
            current, next, build.siteOptions(current, Optional.empty(), PREVIEW_PAPERS));
    Path previous = out;
    site = built;
    out = next;
    if (previous != null) {
      delete(previous);
    }
  }

  private String relative(Path file) {
    return context.repo().relativize(file).toString().replace('\\', '/');
  }

  private boolean onlyContent(Set<Path> changed) {
    Path content = context.repo().resolve(ContentLoader.CONTENT);
    return changed.stream().allMatch(p -> p.startsWith(content));
  }

  /**
   * The changes that matter: editors and tools write temporary files beside the one they save
   * (".x.swp", "sedAb12", "x.md~"), which are left out unless they are templates.
   */
  private Set<Path> relevant(Set<Path> changed) {
    Path content = context.repo().resolve(ContentLoader.CONTENT);
    List<Path> config = configFiles();
    Set<Path> kept = new java.util.TreeSet<>();
    for (Path p : changed) {
      String name = p.getFileName() == null ? "" : p.getFileName().toString();
      boolean entity = name.endsWith(".md") || name.endsWith(".yaml") || name.endsWith(".yml");
      if (!p.startsWith(content) || entity && !name.startsWith(".") || config.contains(p)) {
        kept.add(p);
      }
    }
    return kept;
  }

  private String describe(Set<Path> changed) {
    Path first = changed.iterator().next();
    String name =
        first.startsWith(context.repo())
            ? context.repo().relativize(first).toString()
            : first.toString();
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
