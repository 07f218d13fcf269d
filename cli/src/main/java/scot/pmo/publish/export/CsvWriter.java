package scot.pmo.publish.export;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes a table as CSV that Excel and LibreOffice open correctly: UTF-8 with a byte-order mark,
 * RFC 4180 quoting and CRLF line ends, and cells that a spreadsheet would run as a formula
 * ("=HYPERLINK(...)") made inert with a leading apostrophe. Commons CSV writes the cells; which of
 * them are quoted is decided here.
 */
public final class CsvWriter {

  /** A cell in quotes, with the quotes inside it doubled. */
  private static final CSVFormat QUOTED =
      CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).get();

  /** A cell as it is: only cells that hold no quote, delimiter or line break are written so. */
  private static final CSVFormat AS_IS = CSVFormat.RFC4180.builder().setQuote(null).get();

  private CsvWriter() {}

  /** The table, its header first, after a byte-order mark. */
  public static void write(ExportTable table, PrintWriter out) {
    out.print('\uFEFF');
    record(table.columns(), out);
    table.rows().forEach(row -> record(row, out));
    out.flush();
  }

  /** One record: its cells, each with a formula made inert and quoted when it must be, and CRLF. */
  public static void record(List<String> cells, Appendable out) {
    try {
      for (int i = 0; i < cells.size(); i++) {
        String v = inert(cells.get(i));
        (quoted(v) ? QUOTED : AS_IS).print(v, out, i == 0);
      }
      out.append(CSVFormat.RFC4180.getRecordSeparator());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The value, with an apostrophe before it when a spreadsheet would run it as a formula. */
  private static String inert(String value) {
    if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
      return "'" + value;
    }
    return value;
  }

  /**
   * Whether a cell needs quotes: RFC 4180's comma, quote and line breaks, and semicolons and tabs
   * too, so that a spreadsheet set to split on them still sees one cell and a formula after one of
   * them does not become a cell of its own. Commons CSV's own minimal quoting leaves those two out,
   * and quotes an empty first cell and cells that start or end with a space, which changed what pmo
   * has always written.
   */
  private static boolean quoted(String v) {
    for (int i = 0; i < v.length(); i++) {
      switch (v.charAt(i)) {
        case ',', '"', '\n', '\r', ';', '\t' -> {
          return true;
        }
        default -> {}
      }
    }
    return false;
  }
}
