package scot.pmo.git;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.StatusCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * The last commit that changed each file under some paths (folders or files relative to the
 * repository's folder, e.g. {@code content}, {@code templates}, {@code pmo.yaml}), from one walk
 * back from HEAD (or a given commit), and the files among them with changes not yet committed: what
 * a paper needs to name the commit its inputs come from, rather than HEAD. As {@code git log -1 --
 * path} does, a merge changed a file only where it differs from every parent.
 *
 * @param head the commit the walk started from, if there is a usable repository
 * @param last per file (relative to the repository's folder), the newest commit that changed it; a
 *     file found in no commit read is absent
 * @param uncommitted the files with changes not committed (modified, added, untracked, deleted);
 *     empty when the walk started from a given commit rather than the working tree
 */
public record LastChanges(
    Optional<Commit> head, Map<String, Commit> last, Set<String> uncommitted) {

  /** The most commits read looking for files' last changes. */
  public static final int MAX_COMMITS = HistoryLimits.DEFAULT.maxCommits();

  /** No repository: nothing known. */
  public static LastChanges none() {
    return new LastChanges(Optional.empty(), Map.of(), Set.of());
  }

  /**
   * The last changes of the files under {@code paths} in the repository holding {@code dir}, from
   * {@code until} (a commit id) or HEAD; {@link #none()} when there is no usable repository.
   */
  public static LastChanges read(Path dir, List<String> paths, Optional<String> until) {
    Path root = dir.toAbsolutePath().normalize();
    FileRepositoryBuilder builder = new FileRepositoryBuilder();
    try {
      builder.readEnvironment().findGitDir(root.toFile()).setMustExist(true);
    } catch (RuntimeException e) {
      return none();
    }
    if (builder.getGitDir() == null) {
      return none();
    }
    try (Repository repository = builder.build()) {
      if (repository.isBare() || !repository.getObjectDatabase().getShallowCommits().isEmpty()) {
        return none();
      }
      ObjectId start = repository.resolve(until.orElse(Constants.HEAD));
      if (start == null) {
        return none();
      }
      Path work = repository.getWorkTree().toPath().toAbsolutePath().normalize();
      String prefix = work.relativize(root).toString().replace('\\', '/');
      String lead = prefix.isEmpty() ? "" : prefix + "/";
      List<String> full = paths.stream().map(p -> lead + p).toList();
      Set<String> uncommitted = new HashSet<>();
      if (until.isEmpty()) {
        try (Git git = new Git(repository)) {
          StatusCommand command = git.status();
          full.forEach(command::addPath);
          Status status = command.call();
          for (Set<String> files :
              List.of(
                  status.getAdded(),
                  status.getChanged(),
                  status.getModified(),
                  status.getUntracked(),
                  status.getMissing(),
                  status.getRemoved(),
                  status.getConflicting())) {
            files.stream()
                .filter(f -> f.startsWith(lead))
                .forEach(f -> uncommitted.add(f.substring(lead.length())));
          }
        }
      }
      Map<String, Commit> last = new HashMap<>();
      Commit head;
      try (RevWalk walk = new RevWalk(repository)) {
        ObjectReader reader = walk.getObjectReader();
        RevCommit first = walk.parseCommit(start);
        head = commit(first, uncommitted.isEmpty());
        TreeFilter filter = PathFilterGroup.createFromStrings(full);
        Set<String> wanted = files(reader, first.getTree(), filter);
        walk.markStart(first);
        int read = 0;
        for (RevCommit commit : walk) {
          if (read++ == MAX_COMMITS || last.keySet().containsAll(wanted)) {
            break;
          }
          for (String path : changed(commit, walk, reader, filter)) {
            if (path.startsWith(lead)) {
              last.putIfAbsent(path.substring(lead.length()), commit(commit, true));
            }
          }
        }
      }
      return new LastChanges(Optional.of(head), Map.copyOf(last), Set.copyOf(uncommitted));
    } catch (IOException | GitAPIException | RuntimeException e) {
      return none();
    }
  }

  private static Commit commit(RevCommit commit, boolean clean) {
    return new Commit(commit.getName(), Instant.ofEpochSecond(commit.getCommitTime()), clean);
  }

  /** Every file of {@code tree} that {@code filter} passes. */
  private static Set<String> files(ObjectReader reader, RevTree tree, TreeFilter filter)
      throws IOException {
    Set<String> out = new HashSet<>();
    try (TreeWalk tw = new TreeWalk(reader)) {
      tw.setRecursive(true);
      tw.setFilter(filter);
      tw.addTree(tree);
      while (tw.next()) {
        out.add(tw.getPathString());
      }
    }
    return out;
  }

  /** The files {@code commit} changed; for a merge, those that differ from every parent. */
  private static Set<String> changed(
      RevCommit commit, RevWalk walk, ObjectReader reader, TreeFilter filter) throws IOException {
    RevCommit[] parents = commit.getParents();
    if (parents.length == 0) {
      return diff(reader, null, commit.getTree(), filter);
    }
    Set<String> everywhere =
        diff(reader, walk.parseCommit(parents[0]).getTree(), commit.getTree(), filter);
    for (int i = 1; i < parents.length && !everywhere.isEmpty(); i++) {
      everywhere.retainAll(
          diff(reader, walk.parseCommit(parents[i]).getTree(), commit.getTree(), filter));
    }
    return everywhere;
  }

  private static Set<String> diff(
      ObjectReader reader, RevTree before, RevTree after, TreeFilter filter) throws IOException {
    Set<String> out = new HashSet<>();
    try (TreeWalk tw = new TreeWalk(reader)) {
      tw.setRecursive(true);
      tw.setFilter(AndTreeFilter.create(filter, TreeFilter.ANY_DIFF));
      if (before == null) {
        tw.addTree(new EmptyTreeIterator());
      } else {
        tw.addTree(before);
      }
      tw.addTree(after);
      while (tw.next()) {
        out.add(tw.getPathString());
      }
    }
    return out;
  }
}
