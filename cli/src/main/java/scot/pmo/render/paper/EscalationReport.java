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
    Provenance provenance)
    implements Paper {

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
