/**
 * The static website. Input: the catalogue, the programme graph and its RAID view, site options
 * (base URL, history, the graph picture, extra outputs, pmo.yaml's configuration). Output: every
 * page, asset (with the theme's stylesheet and the logo), search index, calendar, feed and sitemap,
 * written into a staging folder.
 */
package scot.pmo.render.site;
