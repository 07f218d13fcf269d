package scot.pmo.render.paper;

import java.util.List;

/**
 * The report to the programme's governance group: every open and escalated interdependency, risk
 * and issue across projects, grouped by anchor, with its age as of a date.
 *
 * @param id the file name
 * @param title the document title
 * @param lang the language
 * @param author who the report is by
 * @param programme the programme's title
 * @param heading the report's heading
 * @param asOf the date ages are counted to, e.g. "8 February 2024"
 * @param count how many records are listed, e.g. "1 record"
 * @param anyRecords whether any record is listed
 * @param groups the records by anchor; empty when there are none
 * @param body the body the records were escalated to, e.g. "Chief Executive Working Group", when
 *     the report holds only those (a meeting pack's section); "" for every live record
 * @param headings the levels of the report's headings, which a meeting pack nests one deeper
 * @param provenance where the report comes from
 */
public record EscalationReport(
    String id,
    String title,
    String lang,
    String author,
    String programme,
    String heading,
    String asOf,
    String count,
    boolean anyRecords,
    List<Group> groups,
    String body,
    Headings headings,
    Provenance provenance)
    implements Paper {

  @Override
  public EscalationReport withProvenance(Provenance provenance) {
    return new EscalationReport(
        id,
        title,
        lang,
        author,
        programme,
        heading,
        asOf,
        count,
        anyRecords,
        groups,
        body,
        headings,
        provenance);
  }

  /**
   * The levels of the headings of the groups and records, as the shared template {@code
   * partials/escalation-groups} writes them.
   *
   * @param group the HTML heading level of an anchor's group, e.g. 2 for {@code <h2>}
   * @param groupMarks the Markdown marks of an anchor's heading, e.g. "##"
   * @param itemMarks the Markdown marks of a record's heading, e.g. "###"
   */
  public record Headings(int group, String groupMarks, String itemMarks) {

    /** The report on its own: anchors at level 2, records at level 3. */
    public static final Headings REPORT = new Headings(2, "##", "###");

    /** The report as a section of a meeting pack: anchors at level 3, records at level 4. */
    public static final Headings SECTION = new Headings(3, "###", "####");
  }

  /**
   * The records of one anchor.
   *
   * @param anchor the anchor's title, or "Projects without an anchor"
   * @param sponsor the anchor's sponsor, or ""
   * @param items the records, escalated and oldest first
   */
  public record Group(String anchor, String sponsor, List<Item> items) {}

  /**
   * One record.
   *
   * @param title what it is
   * @param type "Interdependency", "Risk" or "Issue"
   * @param project the project that records it
   * @param with the other party, for an interdependency, or ""
   * @param relation how the project and the other party relate, e.g. "depends on", or ""
   * @param status "Open" or "Escalated"
   * @param owner who owns it, or ""
   * @param raised when it was recorded, or ""
   * @param age how long it has been open, e.g. "45 days", or "not recorded"
   * @param escalated when and to whom it was escalated, or ""
   * @param escalatedAge how long it has been escalated, or ""
   */
  public record Item(
      String title,
      String type,
      String project,
      String with,
      String relation,
      String status,
      String owner,
      String raised,
      String age,
      String escalated,
      String escalatedAge) {}
}
