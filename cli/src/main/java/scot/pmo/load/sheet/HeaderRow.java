package scot.pmo.load.sheet;

import java.util.List;

/**
 * Finds the header row of a table: registers often start with a title, a date or blank rows, so it
 * is the first of the opening rows that holds as many values as any of them, at least two, all
 * text.
 */
final class HeaderRow {

  /** How many opening rows are looked at. */
  static final int LOOK_AHEAD = 20;

  private HeaderRow() {}

  /**
   * The index in {@code rows} of the header, or -1 when none has two values.
   *
   * @param textOnly for each row, whether every value in it is text (not a number or a date)
   */
  static int find(List<List<String>> rows, List<Boolean> textOnly) {
    int most = 1;
    int limit = Math.min(rows.size(), LOOK_AHEAD);
    for (int i = 0; i < limit; i++) {
      if (textOnly.get(i)) {
        most = Math.max(most, filled(rows.get(i)));
      }
    }
    if (most < 2) {
      return -1;
    }
    for (int i = 0; i < limit; i++) {
      if (textOnly.get(i) && filled(rows.get(i)) == most) {
        return i;
      }
    }
    return -1;
  }

  static int filled(List<String> row) {
    int n = 0;
    for (String cell : row) {
      if (!cell.isEmpty()) {
        n++;
      }
    }
    return n;
  }
}
