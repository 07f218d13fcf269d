package scot.pmo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import scot.pmo.diff.ProgrammeDiff;
import scot.pmo.diff.ProgrammeDiffer;
import scot.pmo.git.GitHistory;
import scot.pmo.git.HistoryLimits;
import scot.pmo.git.Revision;
import scot.pmo.git.RevisionReader;
import scot.pmo.link.GraphBuilder;
import scot.pmo.link.ProgrammeGraph;
import scot.pmo.load.ContentLoader;
import scot.pmo.load.LoadLimits;
import scot.pmo.validate.ContentValidator;
import scot.pmo.validate.Schemas;
import scot.pmo.validate.Validation;

/** The named runs of the tool, each a composition of the pipeline's stages. */
public final class Pipeline {

  private final Path repo;
  private final LoadLimits limits;

  public Pipeline(Path repo, LoadLimits limits) {
    this.repo = repo;
    this.limits = limits;
  }

  /** Load: read content/. Validate: check it against the schemas and across entities. */
  public Validation validate() {
    return validate(repo, new Schemas());
  }

  /** Link: build the graph of every reference in content that validated. */
  public ProgrammeGraph link(Validation validation) {
    return GraphBuilder.build(validation.catalogue());
  }

  /**
   * History: when each content file was created and last changed, and by whom, from git; empty,
   * with a note, when there is no repository.
   */
  public GitHistory history(HistoryLimits limits) {
    return GitHistory.read(repo, limits);
  }

  /**
   * Diff: what the change from revision {@code from} to revision {@code to} (the working tree
   * when empty) does to the programme. Each revision's content is written to a temporary folder
   * and goes through load, validate and link as the working tree does; then the two are compared.
   *
   * @throws scot.pmo.git.GitException when there is no repository or a revision is unknown
   */
  public ProgrammeDiff diff(String from, Optional<String> to) {
    // The working tree is read while git is opened and the old revision written out: on two
    // cores that halves the wait for 'pmo diff HEAD~1'.
    ExecutorService background = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "pmo-diff-working-tree");
      t.setDaemon(true);
      return t;
    });
    try (RevisionReader git = RevisionReader.open(repo)) {
      Future<ProgrammeDiffer.Side> workingTree = to.isPresent() ? null : background.submit(
          () -> side(ProgrammeDiff.Version.workingTree(), repo, new Schemas()));
      Revision before = git.resolve(from);
      Optional<Revision> after = to.map(git::resolve);
      List<String> notes = new ArrayList<>();
      if (git.shallow()) {
        notes.add("this is a shallow clone, so older revisions are missing; fetch them with"
            + " 'git fetch --unshallow'");
      }
      Schemas schemas = new Schemas();
      Path temp = Files.createTempDirectory("pmo-diff-");
      try {
        ProgrammeDiffer.Side a = side(new ProgrammeDiff.Version(Optional.of(before)),
            snapshot(git, before, temp.resolve("from")), schemas);
        ProgrammeDiffer.Side b = after.isPresent()
            ? side(new ProgrammeDiff.Version(after), snapshot(git, after.get(),
                temp.resolve("to")), schemas)
            : join(workingTree);
        return ProgrammeDiffer.compare(a, b, notes);
      } finally {
        deleteQuietly(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make a temporary folder for the diff", e);
    } finally {
      background.shutdownNow();
    }
  }

  /** The result of work done in the background, or what it threw. */
  private static <T> T join(Future<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the working tree", e);
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

  public Path repo() {
    return repo;
  }

  private Validation validate(Path root, Schemas schemas) {
    var loaded = new ContentLoader(root, limits).load();
    return new ContentValidator(root, schemas).validate(loaded);
  }

  private ProgrammeDiffer.Side side(ProgrammeDiff.Version version, Path root, Schemas schemas) {
    Validation validation = validate(root, schemas);
    return new ProgrammeDiffer.Side(version, validation, link(validation));
  }

  private Path snapshot(RevisionReader git, Revision revision, Path root) throws IOException {
    git.write(revision, root, limits.maxFileBytes(), limits.maxFiles());
    // A revision from before content/ existed is an empty programme.
    Files.createDirectories(root.resolve(ContentLoader.CONTENT));
    return root;
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> {
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
