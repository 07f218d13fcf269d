package scot.pmo.render.paper;

/**
 * Where a paper comes from: who publishes it, the date it states and, when the content is in git,
 * the commit.
 *
 * @param generatedOn the date written out as {@code pmo.yaml} says, e.g. "8 February 2024": the
 *     commit's date when the content is committed, so that the same commit gives the same paper
 * @param commit the full commit id, or {@code ""} when the content is not in git
 * @param commitShort the first 12 characters of the commit id, or {@code ""}
 * @param uncommitted whether content or templates had changes not yet committed
 * @param timestamp the instant written into PDF and Word metadata, ISO-8601 in UTC
 * @param publishedBy the organisations {@code pmo.yaml} says publish the paper, in a sentence ("A
 *     and B"); {@code ""} for none
 * @param internal whether the paper is for the programme team only ({@code --audience internal}),
 *     which it then says
 */
public record Provenance(
    String generatedOn,
    String commit,
    String commitShort,
    boolean uncommitted,
    String timestamp,
    String publishedBy,
    boolean internal) {

  /** A provenance for everyone, naming {@code publishedBy} as the publishers. */
  public Provenance(
      String generatedOn,
      String commit,
      String commitShort,
      boolean uncommitted,
      String timestamp,
      String publishedBy) {
    this(generatedOn, commit, commitShort, uncommitted, timestamp, publishedBy, false);
  }

  /** A provenance that names no publisher. */
  public Provenance(
      String generatedOn,
      String commit,
      String commitShort,
      boolean uncommitted,
      String timestamp) {
    this(generatedOn, commit, commitShort, uncommitted, timestamp, "");
  }

  /** This provenance, naming {@code publishers} as the papers' publishers. */
  public Provenance withPublishedBy(String publishers) {
    return new Provenance(
        generatedOn, commit, commitShort, uncommitted, timestamp, publishers, internal);
  }

  /** This provenance, for the programme team only when {@code team} is true. */
  public Provenance internal(boolean team) {
    return new Provenance(
        generatedOn, commit, commitShort, uncommitted, timestamp, publishedBy, team);
  }
}
