package scot.pmo.git;

import java.time.Instant;

/**
 * A commit as the rest of the tool sees it.
 *
 * @param id the full 40-character commit id
 * @param time when it was committed (the committer's time)
 * @param clean whether the working tree's content and templates match the commit
 */
public record Commit(String id, Instant time, boolean clean) {

  /** The first 12 characters of the id, as people quote a commit. */
  public String shortId() {
    return id.substring(0, Math.min(12, id.length()));
  }
}
