package scot.pmo.link;

import scot.pmo.model.SourceRef;

/**
 * A relation as seen from one end: its label from that end, the node at the other end, and where it
 * is written.
 *
 * @param label e.g. "sponsored by" or "cited by"
 * @param other the node at the other end
 * @param outgoing whether this end's file holds the reference
 * @param at where the reference is written
 */
public record Relation(String label, GraphNode other, boolean outgoing, SourceRef at) {}
