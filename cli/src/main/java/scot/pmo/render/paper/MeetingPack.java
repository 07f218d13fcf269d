package scot.pmo.render.paper;

import java.util.List;

/**
 * The papers of one meeting, as one document: who meets and who attends, the agenda, a highlight
 * report of each project on it, the records escalated to the body that meets, and the actions of
 * the meeting before. A section with nothing to say is {@code null}, so that templates leave it
 * out.
 *
 * @param id the file name: the meeting's id and {@code -pack}
 * @param title the document title
 * @param lang the language
 * @param author who the pack is by
 * @param programme the programme's title
 * @param heading the meeting's title
 * @param date when it meets, e.g. "14 March 2024", or ""
 * @param body the body that meets (the meeting's organisers), e.g. "Chief Executive Working Group",
 *     or ""
 * @param status "Planned", "Held" and so on, or ""
 * @param asOf the date ages, overdue actions and slipped milestones are counted to
 * @param attendees who attends, with their roles, or null when none are recorded
 * @param apologies who sent apologies, or null when none did
 * @param agenda the numbered items, or null when there is no agenda
 * @param highlights a highlight report per project on the meeting, or null when there are none
 * @param escalations the escalation report's model for the records escalated to the body that
 *     meets, shown as a section; null when the meeting names no organisers
 * @param previousActions the actions of the meeting before, or null when there is none
 * @param minutes the decisions and actions this meeting records, or null when it records none
 * @param provenance where the pack comes from
 */
public record MeetingPack(
    String id,
    String title,
    String lang,
    String author,
    String programme,
    String heading,
    String date,
    String body,
    String status,
    String asOf,
    Items<Attendee> attendees,
    Items<String> apologies,
    Agenda agenda,
    Highlights highlights,
    EscalationReport escalations,
    PreviousActions previousActions,
    Minutes minutes,
    Provenance provenance)
    implements Paper {

  /** This pack and its section of escalations, with {@code provenance}. */
  @Override
  public MeetingPack withProvenance(Provenance provenance) {
    return new MeetingPack(
        id,
        title,
        lang,
        author,
        programme,
        heading,
        date,
        body,
        status,
        asOf,
        attendees,
        apologies,
        agenda,
        highlights,
        escalations == null ? null : escalations.withProvenance(provenance),
        previousActions,
        minutes,
        provenance);
  }

  /**
   * A list that templates can test for: null when it would be empty, so that {@code {{#x}}} prints
   * a list's frame once and {@code {{^x}}} says there is nothing.
   *
   * @param items the items, in order
   */
  public record Items<T>(List<T> items) {

    public Items {
      items = List.copyOf(items);
    }

    /** The items, or null when there are none. */
    public static <T> Items<T> of(List<T> items) {
      return items.isEmpty() ? null : new Items<>(items);
    }
  }

  /**
   * Someone who attends.
   *
   * @param name their name
   * @param organisation their organisation, or ""
   * @param role their role at the meeting, e.g. "Chair", or ""
   */
  public record Attendee(String name, String organisation, String role) {}

  /** The agenda's items, in order. */
  public record Agenda(List<AgendaItem> items) {}

  /**
   * One item of the agenda.
   *
   * @param number its number, from 1
   * @param title what it is (text)
   * @param presenter who presents it, or ""
   * @param paper the title of its paper, or ""
   * @param paperHref the paper's web address, or ""
   * @param project the title of the project it concerns, or ""
   * @param projectAnchor the id of that project's highlight report in the HTML, or ""
   */
  public record AgendaItem(
      int number,
      Markup title,
      String presenter,
      String paper,
      String paperHref,
      String project,
      String projectAnchor) {}

  /**
   * The highlight reports.
   *
   * @param dueBy the last day a milestone counts as due, e.g. "9 May 2024"
   * @param dueByReason why that day: "the next meeting" or "eight weeks after this meeting"
   * @param projects one report per project, in agenda order
   */
  public record Highlights(String dueBy, String dueByReason, List<Highlight> projects) {}

  /**
   * One project's highlight report.
   *
   * @param anchor the id of its section in the HTML, e.g. {@code highlight-active-communities}
   * @param project the project's title
   * @param status the project's status, e.g. "Active", or ""
   * @param rag the RAG status in words, e.g. "Amber (at risk)", or "not recorded"
   * @param ragValue green, amber or red, or "none"
   * @param ragReason why (text), or null
   * @param ragDate when it was assessed, or ""
   * @param due the planned milestones due by {@link Highlights#dueBy} that have not slipped, or
   *     null
   * @param slipped the planned milestones that have slipped or are overdue, or null
   * @param risks the top live risks, highest score first, at most five, or null
   * @param decisions the decisions needed (live decision records), or null
   */
  public record Highlight(
      String anchor,
      String project,
      String status,
      String rag,
      String ragValue,
      Markup ragReason,
      String ragDate,
      Items<Milestone> due,
      Items<Milestone> slipped,
      Items<Risk> risks,
      Items<Decision> decisions) {}

  /**
   * A milestone.
   *
   * @param title what happens
   * @param due when it is due, e.g. "28 March 2024"
   * @param note how it has slipped, e.g. "42 days later than its baseline of 15 February 2024", or
   *     ""
   */
  public record Milestone(String title, String due, String note) {}

  /**
   * A risk.
   *
   * @param title what it is
   * @param rating likelihood × impact = score, e.g. "4 × 4 = 16", or "Not rated"
   * @param band the score's band, e.g. "High", or ""
   * @param scale the rating in the scale's words, e.g. "likelihood Likely, impact Major", or ""
   * @param status "Open" or "Escalated"
   * @param owner who owns it, or ""
   * @param mitigation the response (text), or null
   */
  public record Risk(
      String title,
      String rating,
      String band,
      String scale,
      String status,
      String owner,
      Markup mitigation) {}

  /**
   * A decision needed.
   *
   * @param title what is to be decided
   * @param status "Open" or "Escalated"
   * @param owner who owns it, or ""
   * @param raised when it was raised, or ""
   */
  public record Decision(String title, String status, String owner, String raised) {}

  /**
   * The actions of the meeting before.
   *
   * @param meeting that meeting's title
   * @param date its date, or ""
   * @param actions its actions, in order, or null when it recorded none
   */
  public record PreviousActions(String meeting, String date, Items<Action> actions) {}

  /**
   * An action agreed at a meeting.
   *
   * @param title what is to be done (text)
   * @param owner who does it
   * @param due when it is due, or ""
   * @param status "Open", "Done" or "Cancelled"
   * @param progress the status in words as of the as-of date, e.g. "Overdue by 14 days", "Done on
   *     30 January 2024", "Open"
   * @param overdue whether it is open past its due date
   * @param project the project it concerns, or ""
   */
  public record Action(
      Markup title,
      String owner,
      String due,
      String status,
      String progress,
      boolean overdue,
      String project) {}

  /**
   * What this meeting records: its decisions and actions.
   *
   * @param decisions the decisions, in order, or null
   * @param actions the actions, in order, or null
   */
  public record Minutes(Items<MinuteDecision> decisions, Items<Action> actions) {}

  /**
   * A decision the meeting made.
   *
   * @param title what was decided (text)
   * @param project the project it concerns, or ""
   * @param record the RAID record it settles, or ""
   */
  public record MinuteDecision(Markup title, String project, String record) {}
}
