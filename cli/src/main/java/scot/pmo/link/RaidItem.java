package scot.pmo.link;

import java.util.Optional;
import scot.pmo.model.PartialDate;

/**
 * One interdependency, risk or issue of the RAID log, with its derived ages.
 *
 * @param id the record's id
 * @param title the record's title
 * @param type interdependency, risk or issue
 * @param project the id of the project whose record it is
 * @param with the id of the other party, for an interdependency
 * @param anchor the id of the project's anchor, if it has one
 * @param status open, escalated, resolved or closed
 * @param owner the owner's id, if recorded
 * @param raised when it was recorded
 * @param escalated when it was escalated
 * @param escalatedTo the id of the group it was escalated to
 * @param resolved when it was resolved or closed
 * @param daysOpen days from raised to resolved, or to the as-of date while unresolved
 * @param daysEscalated days from escalation to the as-of date, while escalated
 * @param path the record's file
 */
public record RaidItem(
    String id,
    String title,
    String type,
    String project,
    Optional<String> with,
    Optional<String> anchor,
    String status,
    Optional<String> owner,
    Optional<PartialDate> raised,
    Optional<PartialDate> escalated,
    Optional<String> escalatedTo,
    Optional<PartialDate> resolved,
    Optional<Long> daysOpen,
    Optional<Long> daysEscalated,
    String path) {

  /** Whether it still needs attention: open or escalated. */
  public boolean isLive() {
    return status.equals("open") || status.equals("escalated");
  }
}
