/**
 * Markdown for papers and pages. Input: content Markdown and a rule for links. Output: paper
 * Markdown (links resolved, raw HTML escaped) and HTML with only http, https and mailto links, and
 * the relative links to site pages that a {@code LinkTargets} gives.
 */
package scot.pmo.render.markdown;
