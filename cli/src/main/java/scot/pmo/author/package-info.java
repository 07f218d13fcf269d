/**
 * Authoring: new entities scaffolded from their archetypes in templates/new/, with the fields to
 * ask for; the rows of a register made into files (new, or existing ones with only the changed
 * fields' lines edited).
 */
package scot.pmo.author;
