/**
 * Papers: briefing papers and the escalation report. Input: the catalogue and the programme graph.
 * Output: a plain model per paper ({@link scot.pmo.render.paper.BriefingPaper}), and its bytes in
 * HTML, PDF, Word and Markdown.
 */
package scot.pmo.render.paper;
