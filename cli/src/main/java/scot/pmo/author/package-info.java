/**
 * Authoring: new entities scaffolded from their archetypes in templates/new/, with the fields to
 * ask for; the edit forms made from the schemas, and the writer that puts changed values into a
 * file without touching its other lines.
 */
package scot.pmo.author;
