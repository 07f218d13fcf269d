package scot.pmo.render.site;

/**
 * What the history of one content file says, for the "last updated" line of its page.
 *
 * @param created when the file was first committed, as an ISO date ({@code 2024-02-08})
 * @param updated when it was last changed, as an ISO date
 * @param updatedBy who changed it last, as they sign their commits, or {@code ""}
 */
public record PageHistory(String created, String updated, String updatedBy) {}
