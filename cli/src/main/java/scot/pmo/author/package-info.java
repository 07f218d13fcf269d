/**
 * Authoring: new entities scaffolded from their archetypes in templates/new/, with the fields to
 * ask for.
 */
package scot.pmo.author;
