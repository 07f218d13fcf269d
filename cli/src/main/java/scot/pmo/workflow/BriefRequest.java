package scot.pmo.workflow;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import scot.pmo.model.Audience;
import scot.pmo.render.paper.PaperFormat;
import scot.pmo.render.paper.Provenance;

/**
 * Which papers to write, in which formats, where.
 *
 * @param projects the ids of the projects whose briefing papers to write
 * @param allProjects whether to write every project's briefing paper
 * @param escalationReport whether to write the escalation report for the programme's governance
 *     group
 * @param formats the formats to write each paper in
 * @param out the folder to write into
 * @param asOf the date the escalation report and meeting packs count ages, overdue actions and
 *     slipped milestones to
 * @param provenance the provenance to state, or null to take it from git
 * @param meetings the ids of the meetings whose packs to write
 * @param kinds the papers of kinds declared in {@code pmo.yaml} to write
 * @param audience who the papers are for: they are made from what that audience may see
 */
public record BriefRequest(
    List<String> projects,
    boolean allProjects,
    boolean escalationReport,
    List<PaperFormat> formats,
    Path out,
    LocalDate asOf,
    Provenance provenance,
    List<String> meetings,
    List<KindPapers> kinds,
    Audience audience) {

  public BriefRequest {
    meetings = List.copyOf(meetings);
    kinds = List.copyOf(kinds);
  }

  /**
   * The papers of one kind written from the generic model of an entity.
   *
   * @param kind the kind's name in {@code pmo.yaml}, e.g. {@code letter}
   * @param ids the entities to write it of; empty for every entity the kind selects
   */
  public record KindPapers(String kind, List<String> ids) {

    public KindPapers {
      ids = List.copyOf(ids);
    }
  }

  /** A request for the public, without papers of the kinds {@code pmo.yaml} declares. */
  public BriefRequest(
      List<String> projects,
      boolean allProjects,
      boolean escalationReport,
      List<PaperFormat> formats,
      Path out,
      LocalDate asOf,
      Provenance provenance,
      List<String> meetings) {
    this(
        projects,
        allProjects,
        escalationReport,
        formats,
        out,
        asOf,
        provenance,
        meetings,
        List.of(),
        Audience.PUBLIC);
  }

  /** {@code this}, also asking for {@code kinds}. */
  public BriefRequest withKinds(List<KindPapers> kinds) {
    return new BriefRequest(
        projects,
        allProjects,
        escalationReport,
        formats,
        out,
        asOf,
        provenance,
        meetings,
        kinds,
        audience);
  }

  /** A request for briefing papers and the escalation report, without meeting packs. */
  public BriefRequest(
      List<String> projects,
      boolean allProjects,
      boolean escalationReport,
      List<PaperFormat> formats,
      Path out,
      LocalDate asOf,
      Provenance provenance) {
    this(projects, allProjects, escalationReport, formats, out, asOf, provenance, List.of());
  }

  /** Where papers go by default, under the repository root. */
  public static final String DEFAULT_OUT = "site/papers";

  /** Where papers for the programme team go by default: never where the public ones are. */
  public static final String INTERNAL_OUT = "site-internal/papers";
}
