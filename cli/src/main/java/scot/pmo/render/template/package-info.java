/**
 * Mustache templates from the repository's {@code templates/} folder. Input: a template name and
 * plain data (records, maps, lists, strings). Output: text, or an error naming template and line.
 */
package scot.pmo.render.template;
