package scot.pmo.render.paper;

import java.util.List;

/**
 * A project's briefing paper, section by section, as plain records of strings and lists. A section
 * with nothing to say is {@code null}, so that templates leave it out.
 *
 * @param id the project's id
 * @param title the document title
 * @param lang the language
 * @param author who the paper is by
 * @param programme the programme's title
 * @param heading the paper's heading, e.g. "Workstream 2 Project: Community Hubs"
 * @param titleRoles the people named in the title block, with their roles
 * @param purpose the Purpose section (always present)
 * @param background the Background section, or null
 * @param approach the Project Approach section, or null
 * @param roles the Roles section, or null
 * @param discovery the Discovery Work section, or null
 * @param kickOff the Project Kick Off Meeting section, or null
 * @param furtherReading the Further Reading section, or null
 * @param provenance where the paper comes from
 */
public record BriefingPaper(
    String id,
    String title,
    String lang,
    String author,
    String programme,
    String heading,
    List<TitleRole> titleRoles,
    Purpose purpose,
    Background background,
    Approach approach,
    Roles roles,
    Discovery discovery,
    KickOff kickOff,
    FurtherReading furtherReading,
    Provenance provenance)
    implements Paper {

  @Override
  public BriefingPaper withProvenance(Provenance provenance) {
    return new BriefingPaper(
        id,
        title,
        lang,
        author,
        programme,
        heading,
        titleRoles,
        purpose,
        background,
        approach,
        roles,
        discovery,
        kickOff,
        furtherReading,
        provenance);
  }

  /**
   * A role named in the title block.
   *
   * @param label the role, e.g. "Project Sponsor"
   * @param holder who holds it, e.g. "Pat Example, Director of Services, Example Borough"
   */
  public record TitleRole(String label, String holder) {}

  /**
   * What the Purpose paragraphs need.
   *
   * @param programme the programme as it reads in a sentence
   * @param project the project as it reads in a sentence
   * @param workstream the workstream as it reads in a sentence
   * @param workstreamFocus what the workstream is, e.g. "the shorter term projects", or ""
   * @param kickOffDate the kick-off meeting's date, or ""
   * @param slideDeck whether Further Reading includes a slide deck
   * @param furtherReading whether there is a Further Reading section
   * @param areas whether any section after Purpose is present, to list
   */
  public record Purpose(
      String programme,
      String project,
      String workstream,
      String workstreamFocus,
      String kickOffDate,
      boolean slideDeck,
      boolean furtherReading,
      boolean areas) {}

  /** The shared background texts, then the project's own. */
  public record Background(List<Markup> paragraphs) {}

  /** A bulleted list that templates can test for: null when there are no items. */
  public record Bullets(List<Markup> items) {}

  /** The project scope (or null) and the governance text (or null). */
  public record Approach(Bullets scope, Markup governance) {}

  /** The roles, in the order of the project's team. */
  public record Roles(List<Role> roles) {}

  /** One role: its heading and its responsibilities. */
  public record Role(String heading, List<Markup> responsibilities) {}

  /** The project's discovery work (or null) and the questions for the kick-off (or null). */
  public record Discovery(Markup text, Bullets questions) {}

  /** The kick-off meeting: its date and its shared texts, each possibly null. */
  public record KickOff(String date, Markup preparation, Markup purpose, Markup outcomes) {}

  /** The further reading, in order. */
  public record FurtherReading(List<Reading> items) {}

  /**
   * One item of further reading.
   *
   * @param heading a sub-heading that starts a group, or ""
   * @param text the paper's own wording for the item, or null to use title and summary
   * @param title the reference's title
   * @param href the reference's web address, or ""
   * @param summary the reference's summary, or null
   */
  public record Reading(String heading, Markup text, String title, String href, Markup summary) {}
}
