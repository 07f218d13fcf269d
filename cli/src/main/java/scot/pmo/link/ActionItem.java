package scot.pmo.link;

import java.time.LocalDate;
import java.util.Optional;
import scot.pmo.model.PartialDate;

/**
 * One action: agreed at a meeting, or part of a RAID record's response.
 *
 * @param id {@code SOURCE-ID/ID}, or {@code SOURCE-ID/N} (its place in the list, from 1) when it
 *     has no id of its own
 * @param source the id of the meeting or RAID record it belongs to
 * @param sourceKind "meeting" or "interdependency"
 * @param title what is to be done (Markdown)
 * @param owner who does it (person id)
 * @param due when it is due
 * @param status open, done or cancelled
 * @param done when it was done or cancelled
 * @param project the project it concerns, if any
 * @param path the file it is written in
 * @param index its place in that file's {@code actions} list, from 0
 */
public record ActionItem(
    String id,
    String source,
    String sourceKind,
    String title,
    String owner,
    Optional<PartialDate> due,
    String status,
    Optional<PartialDate> done,
    Optional<String> project,
    String path,
    int index) {

  /** Where in its file it is written, e.g. {@code actions[2]}. */
  public String field() {
    return "actions[" + index + "]";
  }

  /** Whether it is still to be done. */
  public boolean isOpen() {
    return status.equals("open");
  }

  /** Whether it is open and its due date passed before {@code asOf}. */
  public boolean overdue(LocalDate asOf) {
    return isOpen() && due.map(d -> d.end().isBefore(asOf)).orElse(false);
  }
}
