package scot.pmo.render.site;

import java.util.List;
import java.util.Map;

/**
 * What the history of one content file says, for the "last updated" line of its page, and for a
 * RAID record the table of how its status and rating moved.
 *
 * @param created when the file was first committed, as an ISO date ({@code 2024-02-08})
 * @param updated when it was last changed, as an ISO date
 * @param updatedBy who changed it last, as they sign their commits, or {@code ""}
 * @param versions the record's status, likelihood and impact as each commit that changed the file
 *     left them, oldest first; empty for other files, or when history gives none
 */
public record PageHistory(
    String created, String updated, String updatedBy, List<Version> versions) {

  public PageHistory {
    versions = List.copyOf(versions);
  }

  /** The dates of a file whose fields' history is not kept. */
  public PageHistory(String created, String updated, String updatedBy) {
    this(created, updated, updatedBy, List.of());
  }

  /**
   * Some fields of the file as one commit left them.
   *
   * @param date the commit's date, as an ISO date
   * @param commit the commit's short id, as people quote it
   * @param fields the fields given as text or a number, by name
   */
  public record Version(String date, String commit, Map<String, String> fields) {

    public Version {
      fields = Map.copyOf(fields);
    }
  }
}
