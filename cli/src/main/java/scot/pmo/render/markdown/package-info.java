/**
 * Markdown for papers and pages. Input: content Markdown and a rule for links. Output: paper
 * Markdown (links resolved, raw HTML escaped) and HTML with only http, https and mailto links.
 */
package scot.pmo.render.markdown;
