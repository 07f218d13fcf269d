package scot.pmo.hostile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads an exported CSV file as a spreadsheet would, to find cells it would run as formulas. */
final class Spreadsheet {

  private Spreadsheet() {}

  /** The cells of {@code csv} that start as a formula does; empty when there is no file. */
  static List<String> formulas(Path csv) throws IOException {
    List<String> found = new ArrayList<>();
    if (!Files.exists(csv)) {
      return found;
    }
    String text = Files.readString(csv, StandardCharsets.UTF_8);
    for (String cell : cells(text.startsWith("\uFEFF") ? text.substring(1) : text)) {
      if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
        found.add(cell);
      }
      // A spreadsheet that splits on semicolons or tabs sees the pieces of an unquoted cell.
    }
    return found;
  }

  /** The cells of RFC 4180 text; unquoted cells are also split on ';' and tabs. */
  static List<String> cells(String text) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"' && cell.length() == 0) {
        quoted = true;
        wasQuoted = true;
      } else if (c == ',' || c == '\n' || c == '\r' || !wasQuoted && (c == ';' || c == '\t')) {
        cells.add(cell.toString());
        cell.setLength(0);
        wasQuoted = false;
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }
}
