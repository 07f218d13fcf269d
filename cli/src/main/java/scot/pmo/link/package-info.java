/**
 * The link stage: the graph of every reference between entities, labelled from both ends, the
 * interdependencies derived from their records, and the RAID view of ages, the matrix, the register
 * and cycles.
 */
package scot.pmo.link;
