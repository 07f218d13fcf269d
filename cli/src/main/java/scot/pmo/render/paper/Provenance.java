package scot.pmo.render.paper;

/**
 * Where a paper comes from: the date it states and, when the content is in git, the commit.
 *
 * @param generatedOn the date as people in Scotland write it, e.g. "8 February 2024": the commit's
 *     date when the content is committed, so that the same commit gives the same paper
 * @param commit the full commit id, or {@code ""} when the content is not in git
 * @param commitShort the first 12 characters of the commit id, or {@code ""}
 * @param uncommitted whether content or templates had changes not yet committed
 * @param timestamp the instant written into PDF and Word metadata, ISO-8601 in UTC
 */
public record Provenance(
    String generatedOn, String commit, String commitShort, boolean uncommitted, String timestamp) {}
