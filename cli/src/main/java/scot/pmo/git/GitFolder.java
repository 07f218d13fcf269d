package scot.pmo.git;

import java.io.IOException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * The git repository that holds a programme, and where the programme sits in its work tree: the
 * programme may be a sub-folder, so git paths carry a prefix that our paths do not.
 */
final class GitFolder implements AutoCloseable {

  private final Repository repository;
  private final String prefix;

  private GitFolder(Repository repository, String prefix) {
    this.repository = repository;
    this.prefix = prefix;
  }

  /**
   * The repository whose work tree holds {@code dir}, searching upward like git does; empty when
   * there is none. The environment ({@code GIT_DIR}) is not read, so that a git hook that runs pmo
   * does not point it at another repository.
   */
  static Optional<GitFolder> find(Path dir) throws IOException {
    FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(dir.toFile());
    if (builder.getGitDir() == null) {
      return Optional.empty();
    }
    Repository repository = builder.setMustExist(true).build();
    try {
      if (repository.isBare()) {
        repository.close();
        return Optional.empty();
      }
      Path work = repository.getWorkTree().toPath().toRealPath();
      Path here = dir.toRealPath();
      if (!here.startsWith(work)) {
        repository.close();
        return Optional.empty();
      }
      String relative = work.relativize(here).toString().replace('\\', '/');
      return Optional.of(new GitFolder(repository, relative.isEmpty() ? "" : relative + "/"));
    } catch (IOException | RuntimeException e) {
      repository.close();
      throw e;
    }
  }

  Repository repository() {
    return repository;
  }

  /** The programme's {@code content} folder as a git path. */
  String contentPath() {
    return prefix + "content";
  }

  /** The path of the programme folder in the work tree, with a trailing slash; "" at the top. */
  String prefix() {
    return prefix;
  }

  /** A git path as our repository-relative path, or null when it lies outside the programme. */
  String toRepoPath(String gitPath) {
    return gitPath.startsWith(prefix) ? gitPath.substring(prefix.length()) : null;
  }

  /** Whether this is a shallow clone, whose oldest commits stand in for the history cut off. */
  boolean shallow() throws IOException {
    return !repository.getObjectDatabase().getShallowCommits().isEmpty();
  }

  static HistoryEntry entry(RevCommit commit) {
    return new HistoryEntry(
        commit.name(),
        commit.abbreviate(7).name(),
        author(commit),
        date(commit),
        commit.getShortMessage());
  }

  static Revision revision(String name, RevCommit commit) {
    return new Revision(
        name,
        commit.name(),
        commit.abbreviate(7).name(),
        date(commit),
        author(commit),
        commit.getShortMessage());
  }

  private static String author(RevCommit commit) {
    PersonIdent author = commit.getAuthorIdent();
    return author == null ? "" : author.getName();
  }

  /** The commit date in the committer's own time zone: what {@code git log --format=%cs} shows. */
  static String date(RevCommit commit) {
    PersonIdent committer = commit.getCommitterIdent();
    if (committer == null) {
      return "";
    }
    return DateTimeFormatter.ISO_LOCAL_DATE.format(
        committer.getWhenAsInstant().atZone(committer.getZoneId()));
  }

  @Override
  public void close() {
    repository.close();
  }
}
