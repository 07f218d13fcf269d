/**
 * Entities as tables for spreadsheet users: CSV, JSON and Excel workbooks whose cells are all text.
 */
package scot.pmo.publish.export;
