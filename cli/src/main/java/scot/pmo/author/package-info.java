/**
 * Authoring: new entities scaffolded from their archetypes in templates/new/, with the fields to
 * ask for; the edit forms made from the schemas, and the writer that puts changed values into a
 * file without touching its other lines; the rows of a register made into files (new ones, or
 * existing ones changed by the same writer).
 */
package scot.pmo.author;
