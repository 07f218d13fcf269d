package scot.pmo.git;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.jgit.diff.DiffConfig;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.RenameDetector;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * The history of every file under {@code content/}, read in one walk over the commits from HEAD:
 * when each was created and last changed, by whom, and with what messages.
 *
 * <p>A file's last change is the newest commit that changed it, as {@code git log -1 -- file} shows
 * it: a merge counts only where it differs from every parent, so a change made on a branch is dated
 * by its own commit, not by the merge that brought it in. Renames are followed, so an entity whose
 * file was renamed keeps its creation date.
 */
public final class GitHistory {

  private final boolean available;
  private final boolean complete;
  private final Map<String, EntityHistory> files;
  private final List<ChangeSet> changeSets;
  private final List<String> notes;

  private GitHistory(
      boolean available,
      boolean complete,
      Map<String, EntityHistory> files,
      List<ChangeSet> changeSets,
      List<String> notes) {
    this.available = available;
    this.complete = complete;
    this.files = Collections.unmodifiableMap(files);
    this.changeSets = List.copyOf(changeSets);
    this.notes = List.copyOf(notes);
  }

  /** No history, for the reason given in {@code note}. */
  public static GitHistory none(String note) {
    return new GitHistory(false, false, Map.of(), List.of(), List.of(note));
  }

  /**
   * Reads the history of {@code content/} in the repository that holds {@code repo}. Never fails:
   * without a repository, or with one that cannot be read, the history is empty and a note says
   * why.
   */
  public static GitHistory read(Path repo, HistoryLimits limits) {
    return read(repo, limits, Optional.empty());
  }

  /**
   * As {@link #read(Path, HistoryLimits)}, but from the commit {@code until} (a full commit id)
   * rather than HEAD when one is given: the history as it stood then, with nothing after it.
   */
  public static GitHistory read(Path repo, HistoryLimits limits, Optional<String> until) {
    return read(repo, limits, until, TrackedFields.NONE);
  }

  /**
   * As {@link #read(Path, HistoryLimits, Optional)}, keeping the values of {@code tracked}'s fields
   * at every commit that changed one of its files ({@link EntityHistory#versions()}): the blobs of
   * those commits are read as they are walked.
   */
  public static GitHistory read(
      Path repo, HistoryLimits limits, Optional<String> until, TrackedFields tracked) {
    Optional<GitFolder> found;
    try {
      found = GitFolder.find(repo);
    } catch (IOException | RuntimeException e) {
      return none(
          "the git repository could not be opened ("
              + e.getMessage()
              + "), so there are no dates from history");
    }
    if (found.isEmpty()) {
      return none("no git repository holds " + repo + ", so there are no dates from history");
    }
    try (GitFolder git = found.get()) {
      return new Walk(git, limits, until, tracked).run();
    } catch (IOException | RuntimeException e) {
      return none(
          "the git history could not be read ("
              + e.getMessage()
              + "), so there are no dates from history");
    }
  }

  /** Whether any history was read: there is a repository with at least one commit. */
  public boolean available() {
    return available;
  }

  /** Whether the history read is the whole history: not a shallow clone, not cut at the limit. */
  public boolean complete() {
    return complete;
  }

  /** The history of one file, by its repository-relative path ({@code content/...}). */
  public Optional<EntityHistory> of(String path) {
    return Optional.ofNullable(files.get(path));
  }

  /** Every file with history, by path, in path order. */
  public Map<String, EntityHistory> files() {
    return files;
  }

  /** The most recent commits that changed content, newest first. */
  public List<ChangeSet> changeSets() {
    return changeSets;
  }

  /** What the reader should know about this history: why it is missing or incomplete. */
  public List<String> notes() {
    return notes;
  }

  /** One pass over the commits, folding each commit's changes into per-file histories. */
  private static final class Walk {

    private final GitFolder git;
    private final HistoryLimits limits;
    private final Optional<String> until;
    private final TrackedFields tracked;
    private ObjectReader reader;
    private final Map<String, Builder> byPath = new HashMap<>();

    /** A file's earlier names, found at renames, leading to its name at HEAD. */
    private final Map<String, String> laterName = new HashMap<>();

    private final List<ChangeSet> changeSets = new ArrayList<>();

    Walk(GitFolder git, HistoryLimits limits, Optional<String> until, TrackedFields tracked) {
      this.git = git;
      this.limits = limits;
      this.until = until;
      this.tracked = tracked;
    }

    GitHistory run() throws IOException {
      Repository repository = git.repository();
      ObjectId head =
          until.isPresent() ? ObjectId.fromString(until.get()) : repository.resolve(Constants.HEAD);
      if (head == null) {
        return new GitHistory(
            false,
            false,
            Map.of(),
            List.of(),
            List.of("the git repository has no commits yet, so there are no dates from history"));
      }
      List<String> notes = new ArrayList<>();
      boolean shallow = git.shallow();
      if (shallow) {
        notes.add(
            "this is a shallow clone, so the history is incomplete: creation dates may be"
                + " too late and older changes are missing; fetch the whole history with"
                + " 'git fetch --unshallow'");
      }
      boolean capped = false;
      try (RevWalk walk = new RevWalk(repository)) {
        ObjectReader reader = walk.getObjectReader();
        this.reader = reader;
        RenameDetector renames =
            new RenameDetector(reader, repository.getConfig().get(DiffConfig.KEY));
        TreeFilter content = PathFilter.create(git.contentPath());
        walk.markStart(walk.parseCommit(head));
        int read = 0;
        for (RevCommit commit : walk) {
          if (read == limits.maxCommits()) {
            capped = true;
            break;
          }
          read++;
          List<DiffEntry> changes = changes(commit, walk, reader, renames, content);
          if (!changes.isEmpty()) {
            fold(commit, changes);
          }
        }
      }
      if (capped) {
        notes.add(
            "only the "
                + String.format(java.util.Locale.UK, "%,d", limits.maxCommits())
                + " most recent commits were read, so creation dates of older files may be too"
                + " late");
      }
      Map<String, EntityHistory> files = new TreeMap<>();
      byPath.forEach((path, builder) -> files.put(path, builder.build(path)));
      return new GitHistory(true, !shallow && !capped, files, changeSets, notes);
    }

    /**
     * The content files {@code commit} changed. A merge changed a file only where it differs from
     * every parent; otherwise the change belongs to the parent's line of history.
     */
    private List<DiffEntry> changes(
        RevCommit commit,
        RevWalk walk,
        ObjectReader reader,
        RenameDetector renames,
        TreeFilter content)
        throws IOException {
      RevCommit[] parents = commit.getParents();
      if (parents.length <= 1) {
        RevTree parentTree = parents.length == 0 ? null : walk.parseCommit(parents[0]).getTree();
        List<DiffEntry> entries = diff(reader, parentTree, commit.getTree(), content);
        if (hasAddAndDelete(entries)) {
          renames.reset();
          renames.addAll(entries);
          try {
            return renames.compute(reader, NullProgressMonitor.INSTANCE);
          } catch (org.eclipse.jgit.api.errors.CanceledException e) {
            return entries;
          }
        }
        return entries;
      }
      List<DiffEntry> first =
          diff(reader, walk.parseCommit(parents[0]).getTree(), commit.getTree(), content);
      if (first.isEmpty()) {
        return first;
      }
      Set<String> everywhere = paths(first);
      for (int i = 1; i < parents.length && !everywhere.isEmpty(); i++) {
        everywhere.retainAll(
            paths(diff(reader, walk.parseCommit(parents[i]).getTree(), commit.getTree(), content)));
      }
      List<DiffEntry> out = new ArrayList<>();
      for (DiffEntry e : first) {
        if (everywhere.contains(path(e))) {
          out.add(e);
        }
      }
      return out;
    }

    private static List<DiffEntry> diff(
        ObjectReader reader, RevTree before, RevTree after, TreeFilter content) throws IOException {
      try (TreeWalk tw = new TreeWalk(reader)) {
        tw.setRecursive(true);
        tw.setFilter(AndTreeFilter.create(content, TreeFilter.ANY_DIFF));
        if (before == null) {
          tw.addTree(new EmptyTreeIterator());
        } else {
          tw.addTree(before);
        }
        tw.addTree(after);
        return DiffEntry.scan(tw);
      }
    }

    private static boolean hasAddAndDelete(List<DiffEntry> entries) {
      boolean add = false;
      boolean delete = false;
      for (DiffEntry e : entries) {
        add |= e.getChangeType() == DiffEntry.ChangeType.ADD;
        delete |= e.getChangeType() == DiffEntry.ChangeType.DELETE;
      }
      return add && delete;
    }

    private static Set<String> paths(List<DiffEntry> entries) {
      Set<String> out = new HashSet<>();
      entries.forEach(e -> out.add(path(e)));
      return out;
    }

    private static String path(DiffEntry e) {
      return e.getChangeType() == DiffEntry.ChangeType.DELETE ? e.getOldPath() : e.getNewPath();
    }

    /** Adds one commit's changes; commits arrive newest first. */
    private void fold(RevCommit commit, List<DiffEntry> changes) throws IOException {
      HistoryEntry entry = GitFolder.entry(commit);
      List<ChangeSet.FileChange> files = new ArrayList<>();
      for (DiffEntry change : changes) {
        String path = git.toRepoPath(path(change));
        if (path == null) {
          continue;
        }
        String name = laterName.getOrDefault(path, path);
        Builder builder = byPath.computeIfAbsent(name, k -> new Builder());
        if (builder.add(entry, limits.maxEntries())
            && change.getChangeType() != DiffEntry.ChangeType.DELETE
            && tracked.tracks(path)
            && builder.versions.size() < MAX_VERSIONS) {
          ObjectId blob = change.getNewId().toObjectId();
          Map<String, String> fields =
              reader.getObjectSize(blob, Constants.OBJ_BLOB) > RecordFields.MAX_BYTES
                  ? Map.of()
                  : RecordFields.read(
                      path, reader.open(blob, Constants.OBJ_BLOB).getBytes(), tracked.fields());
          builder.versions.add(new FieldVersion(entry, fields));
        }
        String kind =
            switch (change.getChangeType()) {
              case ADD, COPY -> "added";
              case DELETE -> "deleted";
              case RENAME -> "renamed";
              default -> "modified";
            };
        String oldPath = path;
        if (change.getChangeType() == DiffEntry.ChangeType.RENAME) {
          String old = git.toRepoPath(change.getOldPath());
          if (old != null) {
            laterName.put(old, name);
            oldPath = old;
          }
        }
        files.add(new ChangeSet.FileChange(path, kind, oldPath));
      }
      if (changeSets.size() < limits.maxChangeSets() && !files.isEmpty()) {
        files.sort(java.util.Comparator.comparing(ChangeSet.FileChange::path));
        changeSets.add(new ChangeSet(entry, List.copyOf(files)));
      }
    }
  }

  /** The most versions of a file's fields kept: far more than a record's rating ever changes. */
  private static final int MAX_VERSIONS = 500;

  /** The history of one file as it is gathered, newest commit first. */
  private static final class Builder {
    private final List<FieldVersion> versions = new ArrayList<>();
    private HistoryEntry updated;
    private HistoryEntry created;
    private final Set<String> authors = new LinkedHashSet<>();
    private final List<HistoryEntry> entries = new ArrayList<>();
    private int changes;

    /** Adds a commit that changed the file; false if it was already counted. */
    boolean add(HistoryEntry entry, int maxEntries) {
      if (updated != null && created.commit().equals(entry.commit())) {
        return false; // one commit that touched two of the file's names counts once
      }
      if (updated == null) {
        updated = entry;
      }
      created = entry;
      authors.add(entry.author());
      if (entries.size() < maxEntries) {
        entries.add(entry);
      }
      changes++;
      return true;
    }

    EntityHistory build(String path) {
      List<FieldVersion> oldestFirst = new ArrayList<>(versions);
      Collections.reverse(oldestFirst);
      return new EntityHistory(
          path,
          created,
          updated,
          List.copyOf(authors),
          List.copyOf(entries),
          changes,
          List.copyOf(oldestFirst));
    }
  }
}
