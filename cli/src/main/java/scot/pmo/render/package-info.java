/**
 * The rendering stage: the graph's formats, Markdown, templates, briefing papers and the website,
 * each in a package of its own.
 */
package scot.pmo.render;
