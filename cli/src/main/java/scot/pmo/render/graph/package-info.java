/** Draws a selection of the programme graph as a self-contained, accessible SVG picture. */
package scot.pmo.render.graph;
