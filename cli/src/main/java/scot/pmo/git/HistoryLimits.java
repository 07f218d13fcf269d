package scot.pmo.git;

/**
 * How much history to read, so that a repository with a very long history still answers quickly.
 *
 * @param maxCommits the most commits read, newest first
 * @param maxEntries the most commits kept per file
 * @param maxChangeSets the most recent content commits kept for "what changed"
 */
public record HistoryLimits(int maxCommits, int maxEntries, int maxChangeSets) {

  public static final HistoryLimits DEFAULT = new HistoryLimits(5_000, 10, 100);

  public HistoryLimits {
    if (maxCommits < 1 || maxEntries < 1 || maxChangeSets < 0) {
      throw new IllegalArgumentException("history limits must be positive");
    }
  }

  public HistoryLimits withMaxCommits(int commits) {
    return new HistoryLimits(commits, maxEntries, maxChangeSets);
  }

  public HistoryLimits withMaxChangeSets(int changeSets) {
    return new HistoryLimits(maxCommits, maxEntries, changeSets);
  }
}
