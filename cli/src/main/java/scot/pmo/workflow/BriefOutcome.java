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
 */
public record BriefOutcome(
    Validation validation,
    List<String> unknownProjects,
    List<String> projectIds,
    List<Path> written,
    List<String> unknownMeetings,
    List<String> meetingIds) {

  /** What was done when no meeting was asked for. */
  public BriefOutcome(
      Validation validation,
      List<String> unknownProjects,
      List<String> projectIds,
      List<Path> written) {
    this(validation, unknownProjects, projectIds, written, List.of(), List.of());
  }
}
