package scot.pmo.git;

/**
 * One commit as the history of a file shows it.
 *
 * @param commit the full commit id
 * @param shortCommit the first seven characters of the commit id
 * @param author the author's name, as the commit gives it
 * @param date the commit date in the committer's time zone, as an ISO date ({@code 2024-02-08});
 *     the date {@code git log --format=%cs} prints
 * @param message the first line of the commit message
 */
public record HistoryEntry(
    String commit, String shortCommit, String author, String date, String message) {}
