package scot.pmo.link;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import scot.pmo.model.PartialDate;
import scot.pmo.model.RaidScale;

/**
 * One record of the RAID log (a risk, assumption, issue, interdependency or decision), with its
 * derived ages.
 *
 * @param id the record's id
 * @param title the record's title
 * @param type risk, assumption, issue, interdependency or decision
 * @param project the id of the project whose record it is
 * @param with the id of the other party, for an interdependency
 * @param anchor the id of the project's anchor, if it has one
 * @param status open, escalated, resolved or closed
 * @param owner the owner's id, if recorded
 * @param raised when it was recorded
 * @param escalated when it was escalated
 * @param escalatedTo the id of the group it was escalated to
 * @param resolved when it was resolved (a decision: made)
 * @param daysOpen days from raised to resolved (or closed), or to the as-of date while unresolved
 * @param daysEscalated days from escalation to the as-of date, while escalated
 * @param path the record's file
 * @param rating its likelihood and impact, if rated
 * @param details the rest of what the record says
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
    String path,
    Optional<Rating> rating,
    Details details) {

  /**
   * A rating on the programme's scale.
   *
   * @param likelihood from 1 up
   * @param impact from 1 up
   */
  public record Rating(int likelihood, int impact) {

    /** Likelihood × impact. */
    public int score() {
      return likelihood * impact;
    }

    /** Whether both values are on {@code scale}. */
    public boolean fits(RaidScale scale) {
      return likelihood >= 1
          && likelihood <= scale.likelihoodLevels()
          && impact >= 1
          && impact <= scale.impactLevels();
    }
  }

  /**
   * What a record says beyond what the escalation register shows.
   *
   * @param review when it is next to be reviewed
   * @param closed when it was closed
   * @param level how far it has been escalated: project, workstream or programme
   * @param proximity how soon it could happen
   * @param mitigation the response (Markdown)
   * @param decision for a decision, what was decided (Markdown)
   * @param actions the actions that carry out the response
   * @param projects other projects it involves
   * @param anchors anchors it concerns
   * @param meetings meetings where it was raised, discussed or escalated
   */
  public record Details(
      Optional<PartialDate> review,
      Optional<PartialDate> closed,
      Optional<String> level,
      Optional<String> proximity,
      Optional<String> mitigation,
      Optional<String> decision,
      List<ActionItem> actions,
      List<String> projects,
      List<String> anchors,
      List<String> meetings) {

    public Details {
      actions = List.copyOf(actions);
      projects = List.copyOf(projects);
      anchors = List.copyOf(anchors);
      meetings = List.copyOf(meetings);
    }
  }

  /** Whether it still needs attention: open or escalated. */
  public boolean isLive() {
    return status.equals("open") || status.equals("escalated");
  }

  /** Whether it is live and its review date has passed by {@code asOf}. */
  public boolean reviewOverdue(LocalDate asOf) {
    return isLive() && details.review().map(r -> r.end().isBefore(asOf)).orElse(false);
  }

  /** Every project it concerns: its own first, then the others it names. */
  public List<String> allProjects() {
    java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>();
    all.add(project);
    all.addAll(details.projects());
    return List.copyOf(all);
  }
}
