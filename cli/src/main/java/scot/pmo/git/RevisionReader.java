package scot.pmo.git;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.eclipse.jgit.errors.AmbiguousObjectException;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

/**
 * Reads past revisions of the programme: resolves a name such as {@code HEAD~1} to a commit, and
 * writes that commit's {@code content/} into a folder, where the loader reads it as it reads the
 * working tree.
 */
public final class RevisionReader implements AutoCloseable {

  private static final String HINT_LOG =
      "'git log --oneline' lists the revisions; a branch,"
          + " a tag, a commit id or HEAD~N names one";

  private final GitFolder git;

  private RevisionReader(GitFolder git) {
    this.git = git;
  }

  /** The repository that holds {@code repo}; fails with {@code NO_REPOSITORY} when none does. */
  public static RevisionReader open(Path repo) {
    Optional<GitFolder> found;
    try {
      found = GitFolder.find(repo);
    } catch (IOException | RuntimeException e) {
      throw new GitException(
          GitException.Reason.UNREADABLE,
          "the git repository holding " + repo + " cannot be read: " + e.getMessage(),
          "check the repository with 'git status'",
          e);
    }
    return new RevisionReader(
        found.orElseThrow(
            () ->
                new GitException(
                    GitException.Reason.NO_REPOSITORY,
                    "no git repository holds " + repo + ", so there are no revisions to compare",
                    "pmo diff compares revisions in git: run it inside a clone of the programme's"
                        + " repository ('git clone URL'), or use 'pmo validate' to check the files as"
                        + " they are")));
  }

  /** Whether this is a shallow clone, which lacks the older revisions. */
  public boolean shallow() {
    try {
      return git.shallow();
    } catch (IOException e) {
      return false;
    }
  }

  /** The commit {@code name} names; fails with {@code UNKNOWN_REVISION} when none. */
  public Revision resolve(String name) {
    String hint =
        shallow()
            ? HINT_LOG
                + "; this is a shallow clone, so older revisions are missing: fetch them with"
                + " 'git fetch --unshallow'"
            : HINT_LOG;
    ObjectId id;
    try {
      id = git.repository().resolve(name + "^{commit}");
    } catch (AmbiguousObjectException e) {
      throw new GitException(
          GitException.Reason.UNKNOWN_REVISION,
          "'" + name + "' is short for more than one commit",
          "give more characters of the" + " commit id; " + HINT_LOG,
          e);
    } catch (RevisionSyntaxException | IncorrectObjectTypeException | MissingObjectException e) {
      throw unknown(name, hint);
    } catch (IOException e) {
      throw new GitException(
          GitException.Reason.UNREADABLE,
          "the git repository could not be read while looking for '"
              + name
              + "': "
              + e.getMessage(),
          "check the repository with 'git status'",
          e);
    }
    if (id == null) {
      throw unknown(
          name,
          hasCommits()
              ? hint
              : "the repository has no commits yet: commit the content ('git add content',"
                  + " 'git commit') and compare with that");
    }
    try (RevWalk walk = new RevWalk(git.repository())) {
      return GitFolder.revision(name, walk.parseCommit(id));
    } catch (IOException e) {
      throw unknown(name, hint);
    }
  }

  /**
   * The last commit made on or before the end of {@code date} (midnight after it in {@code zone}),
   * on the first-parent history of HEAD: the commit a checkout of the main line showed at the end
   * of that day. Fails with {@code UNKNOWN_REVISION} when the history starts after that day, and
   * with {@code UNREADABLE} when it may only seem to because this is a shallow clone.
   */
  public Commit lastCommitOnOrBefore(LocalDate date, ZoneId zone) {
    Instant end = date.plusDays(1).atStartOfDay(zone).toInstant();
    try (RevWalk walk = new RevWalk(git.repository())) {
      ObjectId head = git.repository().resolve(Constants.HEAD);
      if (head == null) {
        throw new GitException(
            GitException.Reason.UNKNOWN_REVISION,
            "there is no content as it was on " + date + ": the repository has no commits yet",
            "commit the content ('git add content', 'git commit') first, or leave out --as-of to"
                + " read the working tree");
      }
      walk.setFirstParent(true);
      walk.markStart(walk.parseCommit(head));
      RevCommit oldest = null;
      for (RevCommit commit : walk) {
        if (time(commit).isBefore(end)) {
          return new Commit(commit.name(), time(commit), true);
        }
        oldest = commit;
      }
      String first =
          oldest == null
              ? ""
              : " (" + oldest.abbreviate(7).name() + ", " + GitFolder.date(oldest) + ")";
      if (shallow()) {
        throw new GitException(
            GitException.Reason.UNREADABLE,
            "there is no content as it was on "
                + date
                + ": this is a shallow clone, whose history starts after that day with its oldest"
                + " commit"
                + first,
            "fetch the whole history with 'git fetch --unshallow' (in CI, check out with"
                + " fetch-depth: 0), or give a later date");
      }
      throw new GitException(
          GitException.Reason.UNKNOWN_REVISION,
          "there is no content as it was on " + date + ": it is before the first commit" + first,
          oldest == null
              ? "give a later date"
              : "give " + GitFolder.date(oldest) + " or a later date");
    } catch (IOException e) {
      throw new GitException(
          GitException.Reason.UNREADABLE,
          "the git history could not be read while looking for the content as it was on "
              + date
              + ": "
              + e.getMessage(),
          "check the repository with 'git fsck'",
          e);
    }
  }

  /** When {@code commit} was committed, to the second. */
  private static Instant time(RevCommit commit) {
    return Instant.ofEpochSecond(commit.getCommitTime());
  }

  private boolean hasCommits() {
    try {
      return git.repository().resolve(Constants.HEAD) != null;
    } catch (IOException | RuntimeException e) {
      return true;
    }
  }

  private static GitException unknown(String name, String hint) {
    return new GitException(
        GitException.Reason.UNKNOWN_REVISION,
        "'" + name + "' is not a revision in this repository",
        hint);
  }

  /**
   * Writes the programme's content as it was at {@code revision} into {@code target}: every file
   * under {@code content/} that the loader reads, byte for byte. Other files are not written; their
   * paths are returned, so that the caller can stand in for the ones that links name. A content
   * file larger than {@code maxFileBytes} is written as a sparse file of its size, so that the
   * loader reports it without it being read; at most {@code maxFiles + 1} content files are
   * written, enough for the loader to report too many.
   *
   * @return every file the revision holds, relative to the programme's folder
   */
  public Set<String> write(Revision revision, Path target, long maxFileBytes, int maxFiles) {
    Path root = target.toAbsolutePath().normalize();
    Set<String> tracked = new HashSet<>();
    Set<Path> folders = new HashSet<>();
    try (RevWalk walk = new RevWalk(git.repository());
        TreeWalk tw = new TreeWalk(git.repository(), walk.getObjectReader())) {
      ObjectReader reader = walk.getObjectReader();
      RevCommit commit = walk.parseCommit(ObjectId.fromString(revision.commit()));
      tw.addTree(commit.getTree());
      tw.setRecursive(true);
      if (!git.prefix().isEmpty()) {
        tw.setFilter(PathFilter.create(git.prefix().substring(0, git.prefix().length() - 1)));
      }
      Files.createDirectories(root);
      int contentFiles = 0;
      while (tw.next()) {
        String path = git.toRepoPath(tw.getPathString());
        FileMode mode = tw.getFileMode(0);
        if (path == null || mode == FileMode.GITLINK || mode == FileMode.TREE) {
          continue;
        }
        Path out = root.resolve(path).normalize();
        if (!out.startsWith(root) || out.equals(root) || hasGitFolder(path)) {
          continue; // a crafted tree must not write outside the snapshot
        }
        tracked.add(path);
        boolean entity = path.startsWith("content/") && isEntityFile(path);
        if (!entity && !(mode == FileMode.SYMLINK && path.startsWith("content/"))) {
          continue;
        }
        if (folders.add(out.getParent())) {
          Files.createDirectories(out.getParent());
        }
        if (mode == FileMode.SYMLINK) {
          standInForLink(out);
          continue;
        }
        if (++contentFiles > maxFiles + 1) {
          continue;
        }
        ObjectId blob = tw.getObjectId(0);
        long size = reader.getObjectSize(blob, Constants.OBJ_BLOB);
        if (size > maxFileBytes) {
          try (RandomAccessFile sparse = new RandomAccessFile(out.toFile(), "rw")) {
            sparse.setLength(size);
          }
        } else {
          try (OutputStream os = Files.newOutputStream(out)) {
            reader.open(blob, Constants.OBJ_BLOB).copyTo(os);
          }
        }
      }
    } catch (IOException e) {
      throw new GitException(
          GitException.Reason.UNREADABLE,
          "the content of "
              + revision.name()
              + " ("
              + revision.shortCommit()
              + ") could not be read: "
              + e.getMessage(),
          "check the repository with 'git fsck'",
          e);
    }
    return tracked;
  }

  /**
   * Writes the files of {@code revision} whose paths (relative to the programme's folder) {@code
   * wanted} accepts into {@code target}, byte for byte: the configuration and templates of a past
   * revision, say. Symbolic links and files in a {@code .git} folder are never written, nor any
   * file that would land outside {@code target}.
   *
   * @return the paths written
   */
  public Set<String> writeFiles(Revision revision, Path target, Predicate<String> wanted) {
    Path root = target.toAbsolutePath().normalize();
    Set<String> written = new HashSet<>();
    try (RevWalk walk = new RevWalk(git.repository());
        TreeWalk tw = new TreeWalk(git.repository(), walk.getObjectReader())) {
      ObjectReader reader = walk.getObjectReader();
      RevCommit commit = walk.parseCommit(ObjectId.fromString(revision.commit()));
      tw.addTree(commit.getTree());
      tw.setRecursive(true);
      if (!git.prefix().isEmpty()) {
        tw.setFilter(PathFilter.create(git.prefix().substring(0, git.prefix().length() - 1)));
      }
      while (tw.next()) {
        String path = git.toRepoPath(tw.getPathString());
        FileMode mode = tw.getFileMode(0);
        if (path == null
            || (mode != FileMode.REGULAR_FILE && mode != FileMode.EXECUTABLE_FILE)
            || !wanted.test(path)) {
          continue;
        }
        Path out = root.resolve(path).normalize();
        if (!out.startsWith(root) || out.equals(root) || hasGitFolder(path)) {
          continue;
        }
        Files.createDirectories(out.getParent());
        try (OutputStream os = Files.newOutputStream(out)) {
          reader.open(tw.getObjectId(0), Constants.OBJ_BLOB).copyTo(os);
        }
        written.add(path);
      }
    } catch (IOException e) {
      throw new GitException(
          GitException.Reason.UNREADABLE,
          "the files of "
              + revision.name()
              + " ("
              + revision.shortCommit()
              + ") could not be read: "
              + e.getMessage(),
          "check the repository with 'git fsck'",
          e);
    }
    return written;
  }

  /**
   * A symbolic link stays a link, so that the loader reports it as it would in the working tree,
   * but it points nowhere: its target, chosen by whoever wrote the revision, is never followed.
   */
  private static void standInForLink(Path out) throws IOException {
    try {
      Files.createSymbolicLink(out, Path.of(".pmo-symbolic-link"));
    } catch (UnsupportedOperationException | IOException e) {
      Files.write(out, new byte[0]); // a file system without links: an empty file stands in
    }
  }

  private static boolean hasGitFolder(String path) {
    for (String part : path.split("/")) {
      if (part.equalsIgnoreCase(".git")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isEntityFile(String path) {
    String lower = path.toLowerCase(Locale.ROOT);
    return lower.endsWith(".md") || lower.endsWith(".yaml") || lower.endsWith(".yml");
  }

  @Override
  public void close() {
    git.close();
  }
}
