package scot.pmo.workflow;

import java.nio.file.Path;
import java.util.List;
import scot.pmo.validate.Validation;

/**
 * What {@code pmo brief} did: nothing when the content has errors or an id is unknown; otherwise
 * the files it wrote.
 *
 * @param validation the validation that had to pass first
 * @param unknownProjects ids that name no project
 * @param projectIds every project id, for suggestions
 * @param written the files written, in order
 * @param unknownMeetings ids that name no meeting
 * @param meetingIds every meeting id, for suggestions
 * @param unknownPaper an id that names no entity the kind asked for selects, if one was given
 */
public record BriefOutcome(
    Validation validation,
    List<String> unknownProjects,
    List<String> projectIds,
    List<Path> written,
    List<String> unknownMeetings,
    List<String> meetingIds,
    java.util.Optional<UnknownPaper> unknownPaper) {

  /**
   * An entity that a kind's paper was asked for but that the kind does not select.
   *
   * @param kind the kind's name
   * @param id the id given
   * @param selected the ids the kind selects, for suggestions
   */
  public record UnknownPaper(String kind, String id, List<String> selected) {}

  /** What was done, every paper asked for being one that could be written. */
  public BriefOutcome(
      Validation validation,
      List<String> unknownProjects,
      List<String> projectIds,
      List<Path> written,
      List<String> unknownMeetings,
      List<String> meetingIds) {
    this(
        validation,
        unknownProjects,
        projectIds,
        written,
        unknownMeetings,
        meetingIds,
        java.util.Optional.empty());
  }

  /** What was done when no meeting was asked for. */
  public BriefOutcome(
      Validation validation,
      List<String> unknownProjects,
      List<String> projectIds,
      List<Path> written) {
    this(validation, unknownProjects, projectIds, written, List.of(), List.of());
  }
}
