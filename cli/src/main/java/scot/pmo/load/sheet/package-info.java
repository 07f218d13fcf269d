/**
 * Reading a register kept in a spreadsheet (an Excel workbook or a CSV file): its header row, found
 * even below a title, and each row's cells as trimmed text with where it stands, within limits.
 */
package scot.pmo.load.sheet;
