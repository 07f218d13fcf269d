package scot.pmo.render.paper;

/** A paper of any kind, as its writers need it. */
public sealed interface Paper permits BriefingPaper, EscalationReport, MeetingPack, EntityPaper {

  /** The file name without extension, e.g. {@code active-communities}. */
  String id();

  /** The document title: the HTML title, and the PDF and Word title property. */
  String title();

  /** The language, e.g. {@code en-GB}. */
  String lang();

  /** Who the paper is by, for document properties. */
  String author();

  Provenance provenance();

  /**
   * The same paper stating {@code provenance}: a paper's model reads nothing from its provenance
   * but carries it, so the paper need not be made again once its provenance is known.
   */
  Paper withProvenance(Provenance provenance);
}
