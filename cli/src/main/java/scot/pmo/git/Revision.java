package scot.pmo.git;

/**
 * A commit named on the command line, resolved.
 *
 * @param name the name as given ({@code HEAD~1}, {@code origin/main}, an id)
 * @param commit the full commit id
 * @param shortCommit the first seven characters of the commit id
 * @param date the commit date in the committer's time zone, as an ISO date
 * @param author the author's name
 * @param message the first line of the commit message
 */
public record Revision(
    String name, String commit, String shortCommit, String date, String author, String message) {}
