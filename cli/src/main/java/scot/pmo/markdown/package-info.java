/**
 * What the Markdown of content is, shared by every stage that reads it: the one syntax ({@link
 * scot.pmo.markdown.MarkdownSyntax}), the limits that keep its parse bounded, the parse of a body
 * kept once per catalogue ({@link scot.pmo.markdown.ParsedBody}) and the links in it. Loading
 * checks the limits, validation the links, and rendering reads the parse, without any of them
 * reaching into another.
 */
package scot.pmo.markdown;
