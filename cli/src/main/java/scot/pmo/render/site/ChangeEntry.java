package scot.pmo.render.site;

import java.util.List;

/**
 * One change to the programme, for the "what changed" page and the Atom feed.
 *
 * @param id a stable identifier of the change, such as the commit id
 * @param date when it was made, as an ISO date-time with offset ({@code 2024-02-08T10:15:00Z}) or
 *     an ISO date
 * @param author who made it, or {@code ""}
 * @param title its one-line summary
 * @param message the rest of its description, or {@code ""}
 * @param paths the repository-relative files it changed, such as {@code
 *     content/projects/active-communities.md}
 */
public record ChangeEntry(
    String id, String date, String author, String title, String message, List<String> paths) {

  public ChangeEntry {
    paths = List.copyOf(paths);
  }
}
