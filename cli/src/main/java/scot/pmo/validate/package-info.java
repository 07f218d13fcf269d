/**
 * The validate stage: one validator per concern (ids, output names, schemas, references, dates,
 * roles, links, interdependencies, and pmo.yaml against its schema and the content), run over
 * loaded content, and kept up to date one edited file at a time for the preview.
 */
package scot.pmo.validate;
