package scot.pmo.link;

import scot.pmo.model.SourceRef;

/**
 * "Dependent depends on provider", as an interdependency record states it, derived from the
 * record's project, relation and other party.
 *
 * @param dependent the id of the party that depends
 * @param provider the id of the party depended on
 * @param record the id of the interdependency record that states it
 * @param status the record's status
 * @param at where the record states the other party
 */
public record Dependency(
    String dependent, String provider, String record, String status, SourceRef at) {}
