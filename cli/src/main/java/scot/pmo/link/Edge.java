package scot.pmo.link;

import scot.pmo.model.SourceRef;

/**
 * One reference in the content, from the entity that makes it to the one it names.
 *
 * @param from the id of the entity whose file holds the reference
 * @param to the id it names
 * @param label the relation read from {@code from}, e.g. "cites"
 * @param inverse the relation read from {@code to}, e.g. "cited by"
 * @param field the field that holds it ({@code further_reading[].reference}), or {@code link} for a
 *     Markdown link
 * @param at where the reference is written
 */
public record Edge(
    String from, String to, String label, String inverse, String field, SourceRef at) {}
