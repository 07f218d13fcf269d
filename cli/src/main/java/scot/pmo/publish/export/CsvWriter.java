package scot.pmo.publish.export;

import java.io.PrintWriter;
import java.util.List;

/**
 * Writes a table as CSV that Excel and LibreOffice open correctly: UTF-8 with a byte-order mark,
 * RFC 4180 quoting and CRLF line ends, and cells that a spreadsheet would run as a formula
 * ("=HYPERLINK(...)") made inert with a leading apostrophe.
 */
public final class CsvWriter {

  private CsvWriter() {}

  public static void write(ExportTable table, PrintWriter out) {
    out.print('\uFEFF');
    line(table.columns(), out);
    table.rows().forEach(row -> line(row, out));
    out.flush();
  }

  private static void line(List<String> cells, PrintWriter out) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.print(',');
      }
      out.print(cell(cells.get(i)));
    }
    out.print("\r\n");
  }

  /** One RFC 4180 cell. */
  public static String cell(String value) {
    String v = value;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    // Semicolons and tabs too: a spreadsheet set to split on them must still see one cell, and
    // a formula after one of them must not become a cell of its own.
    if (v.contains(",")
        || v.contains("\"")
        || v.contains("\n")
        || v.contains("\r")
        || v.contains(";")
        || v.contains("\t")) {
      return "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }
}
