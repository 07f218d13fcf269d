/**
 * Mustache templates: pmo's own, built into its jar, each replaceable by the file at the same path
 * under the repository's {@code templates/} ({@link scot.pmo.render.template.TemplateSet}). Input:
 * a template name and plain data (records, maps, lists, strings). Output: text, or an error naming
 * template and line.
 */
package scot.pmo.render.template;
