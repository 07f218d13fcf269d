/**
 * The diff of two revisions of the programme in words: text, Markdown for a pull request, and JSON.
 */
package scot.pmo.publish.diff;
