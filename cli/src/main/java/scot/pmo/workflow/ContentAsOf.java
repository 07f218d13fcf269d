package scot.pmo.workflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import scot.pmo.git.Commit;
import scot.pmo.git.GitException;
import scot.pmo.git.Revision;
import scot.pmo.git.RevisionReader;
import scot.pmo.load.ContentLoader;
import scot.pmo.load.LoadLimits;
import scot.pmo.load.LoadResult;
import scot.pmo.model.Config;
import scot.pmo.render.template.Templates;

/**
 * The programme as it was at the end of a day ({@code --as-of}): the last commit on or before the
 * end of that day, in the time zone {@code pmo.yaml} gives, on the first-parent history of HEAD.
 * Its {@code content/}, {@code pmo.yaml}, {@code templates/} and logo are written into a temporary
 * folder, which {@link #context()} reads as the working tree is read, so that an old pack is made
 * again as it was; the working tree is never touched, and the folder is deleted on {@link
 * #close()}.
 */
public final class ContentAsOf implements AutoCloseable {

  private final WorkflowContext context;
  private final Path folder;

  private ContentAsOf(WorkflowContext context, Path folder) {
    this.context = context;
    this.folder = folder;
  }

  /**
   * The content of {@code present}'s repository as it was at the end of {@code date}.
   *
   * @throws GitException when there is no git repository, the date is before its first commit, or a
   *     shallow clone lacks the history
   */
  public static ContentAsOf at(WorkflowContext present, LocalDate date) {
    try (RevisionReader git = open(present, date)) {
      Commit commit = git.lastCommitOnOrBefore(date, present.config().dates().timeZone());
      Revision revision = git.resolve(commit.id());
      Path folder = Files.createTempDirectory("pmo-as-of-");
      try {
        WorkflowContext past =
            present.asOf(folder, new WorkflowContext.AsOf(date, commit, present.repo()));
        write(git, revision, folder, past);
        // The logo that commit's pmo.yaml names, so that the site shows it and validation finds it.
        past.config()
            .site()
            .logo()
            .ifPresent(logo -> git.writeFiles(revision, folder, logo.path()::equals));
        return new ContentAsOf(past, folder);
      } catch (IOException | RuntimeException e) {
        DiffWorkflow.deleteQuietly(folder);
        throw e;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot write the content as it was on " + date + " into a temporary folder", e);
    }
  }

  private static RevisionReader open(WorkflowContext present, LocalDate date) {
    try {
      return RevisionReader.open(present.repo());
    } catch (GitException e) {
      if (e.reason() != GitException.Reason.NO_REPOSITORY) {
        throw e;
      }
      throw new GitException(
          GitException.Reason.NO_REPOSITORY,
          "--as-of "
              + date
              + " reads the content as it was from git, but no git repository holds "
              + present.repo(),
          "run it inside a clone of the programme's repository ('git clone URL'), or leave out"
              + " --as-of to read the files as they are");
    }
  }

  /**
   * The commit's content (every file the loader reads, as {@code pmo diff} writes it), its {@code
   * pmo.yaml} and {@code templates/}, and empty stand-ins for other files its content links to.
   */
  private static void write(
      RevisionReader git, Revision revision, Path folder, WorkflowContext past) throws IOException {
    git.writeFiles(
        revision,
        folder,
        path -> path.equals(Config.FILE) || path.startsWith(Templates.FOLDER + "/"));
    LoadLimits limits = past.limits(); // as that commit's pmo.yaml sets them
    Set<String> tracked = git.write(revision, folder, limits.maxFileBytes(), limits.maxFiles());
    Files.createDirectories(folder.resolve(ContentLoader.CONTENT));
    LoadResult loaded = new ContentLoader(folder, limits).load();
    DiffWorkflow.standIns(folder, loaded, tracked);
  }

  /** The context that reads the content as it was: its folder is the temporary copy. */
  public WorkflowContext context() {
    return context;
  }

  /** The commit the content is read from. */
  public Commit commit() {
    return context.asOf().orElseThrow().commit();
  }

  @Override
  public void close() {
    DiffWorkflow.deleteQuietly(folder);
  }
}
