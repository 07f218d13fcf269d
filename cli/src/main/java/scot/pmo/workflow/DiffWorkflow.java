package scot.pmo.workflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import scot.pmo.diff.ProgrammeDiff;
import scot.pmo.diff.ProgrammeDiffer;
import scot.pmo.git.Revision;
import scot.pmo.git.RevisionReader;
import scot.pmo.load.ContentLoader;
import scot.pmo.load.LoadLimits;
import scot.pmo.load.LoadResult;
import scot.pmo.markdown.MarkdownLinks;
import scot.pmo.model.DateStyle;
import scot.pmo.model.Entity;

/**
 * The workflow of {@code pmo diff}: two revisions of the programme (a past one from git, or the
 * working tree), each a {@link Snapshot} loaded, validated and linked as the working tree is, then
 * compared.
 */
public final class DiffWorkflow {

  private final WorkflowContext context;

  public DiffWorkflow(WorkflowContext context) {
    this.context = context;
  }

  /**
   * Diff: what the change from revision {@code from} to revision {@code to} (the working tree when
   * empty) does to the programme. Each revision's content is written to a temporary folder and goes
   * through load, validate and link as the working tree does; then the two are compared.
   *
   * @throws scot.pmo.git.GitException when there is no repository or a revision is unknown
   */
  public ProgrammeDiff diff(String from, Optional<String> to) {
    // The schemas are compiled and the working tree read while git is opened and the old
    // revision written out: on two cores that nearly halves the wait for 'pmo diff HEAD~1'.
    ExecutorService background =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "pmo-diff-working-tree");
              t.setDaemon(true);
              return t;
            });
    try (RevisionReader git = RevisionReader.open(context.repo())) {
      context.compiling();
      Future<ProgrammeDiffer.Side> workingTree =
          to.isPresent()
              ? null
              : background.submit(
                  () ->
                      side(
                          new ProgrammeDiff.Version(Optional.empty(), dates()),
                          Snapshot.load(context, context.repo(), false)));
      Revision before = git.resolve(from);
      Optional<Revision> after = to.map(git::resolve);
      List<String> notes = new ArrayList<>();
      if (git.shallow()) {
        notes.add(
            "this is a shallow clone, so older revisions are missing; fetch them with"
                + " 'git fetch --unshallow'");
      }
      Path temp = Files.createTempDirectory("pmo-diff-");
      try {
        ProgrammeDiffer.Side a = revisionSide(git, before, temp.resolve("from"));
        ProgrammeDiffer.Side b =
            after.isPresent()
                ? revisionSide(git, after.get(), temp.resolve("to"))
                : WorkflowContext.join(workingTree);
        return ProgrammeDiffer.compare(a, b, notes, dates());
      } finally {
        deleteQuietly(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make a temporary folder for the diff", e);
    } finally {
      background.shutdownNow();
    }
  }

  /** How the diff writes dates out: as {@code pmo.yaml} says. */
  private DateStyle dates() {
    return context.config().dates().format();
  }

  private static ProgrammeDiffer.Side side(ProgrammeDiff.Version version, Snapshot snapshot) {
    return new ProgrammeDiffer.Side(version, snapshot.validation(), snapshot.graph());
  }

  /** A past revision, written to {@code root} and read like the working tree. */
  private ProgrammeDiffer.Side revisionSide(RevisionReader git, Revision revision, Path root)
      throws IOException {
    LoadLimits limits = context.limits();
    Set<String> tracked = git.write(revision, root, limits.maxFileBytes(), limits.maxFiles());
    // A revision from before content/ existed is an empty programme.
    Files.createDirectories(root.resolve(ContentLoader.CONTENT));
    LoadResult loaded = new ContentLoader(root, limits).load();
    standIns(root, loaded, tracked);
    return side(
        new ProgrammeDiff.Version(Optional.of(revision), dates()),
        Snapshot.of(context, root, loaded));
  }

  /**
   * Empty files for the files the revision holds that its content links to but that were not
   * written (pictures, files outside content/), so that the link check finds what a checkout of the
   * revision would have.
   */
  static void standIns(Path root, LoadResult loaded, Set<String> tracked) throws IOException {
    Set<String> folders = new HashSet<>();
    for (String path : tracked) {
      for (int i = path.indexOf('/'); i > 0; i = path.indexOf('/', i + 1)) {
        folders.add(path.substring(0, i));
      }
    }
    for (Entity entity : loaded.entities()) {
      List<MarkdownLinks.Found> links;
      try {
        links = MarkdownLinks.of(entity);
      } catch (MarkdownLinks.TooComplex e) {
        continue; // validation reports it
      }
      for (MarkdownLinks.Found link : links) {
        Optional<String> target = link.target(entity.path());
        if (target.isEmpty() || target.get().startsWith("..")) {
          continue;
        }
        Path file = root.resolve(target.get()).normalize();
        if (!file.startsWith(root) || Files.exists(file)) {
          continue;
        }
        if (tracked.contains(target.get())) {
          Files.createDirectories(file.getParent());
          Files.createFile(file);
        } else if (folders.contains(target.get())) {
          Files.createDirectories(file);
        }
      }
    }
  }

  static void deleteQuietly(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths
          .sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.deleteIfExists(p);
                } catch (IOException e) {
                  // a temporary file left behind is no reason to fail the run
                }
              });
    } catch (IOException e) {
      // as above
    }
  }
}
