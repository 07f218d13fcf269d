/**
 * Listings of entities for {@code pmo list} and {@code pmo show}: text, JSON with dates from git,
 * CSV.
 */
package scot.pmo.publish.listing;
