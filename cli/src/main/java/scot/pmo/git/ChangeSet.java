package scot.pmo.git;

import java.util.List;

/**
 * One commit that changed content, with the files it changed: a line of a "what changed" page.
 *
 * @param commit the commit
 * @param files the files it changed, in path order
 */
public record ChangeSet(HistoryEntry commit, List<FileChange> files) {

  /**
   * One file a commit changed.
   *
   * @param path the file after the commit (before it, for a deletion)
   * @param change {@code added}, {@code modified}, {@code deleted} or {@code renamed}
   * @param oldPath the file's previous name, for a rename; else the same as {@code path}
   */
  public record FileChange(String path, String change, String oldPath) {}
}
