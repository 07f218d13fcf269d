package scot.pmo.author;

/**
 * What keeps one row of a register from being imported, or what to look at in it.
 *
 * @param row the row, as the sheet numbers it
 * @param column the 0-based column the problem is in; -1 for the row as a whole
 * @param error whether it keeps the row out; a warning does not
 * @param code the diagnostic's code, as {@code pmo validate} gives it
 * @param message what is wrong
 * @param hint how to put it right
 */
public record RowProblem(
    int row, int column, boolean error, String code, String message, String hint) {

  static RowProblem error(int row, int column, String code, String message, String hint) {
    return new RowProblem(row, column, true, code, message, hint);
  }
}
