package scot.pmo.load.sheet;

import java.util.List;

/**
 * One table read from a spreadsheet: its header row and the rows below it that hold anything.
 *
 * @param file the file's name, as positions name it
 * @param sheet the worksheet's name; empty for a CSV file
 * @param headers the header row's cells, trimmed; "" for a column without a header
 * @param headerRow the 1-based row (or CSV line) of the header
 * @param rows the rows below the header that hold at least one value
 * @param problems cells that could not be read as a value (an error such as #REF!, a cell too long)
 */
public record Sheet(
    String file,
    String sheet,
    List<String> headers,
    int headerRow,
    List<Row> rows,
    List<CellProblem> problems) {

  /**
   * A cell whose value could not be read; its row is not imported.
   *
   * @param row the row, as {@link Row#number}
   * @param column the 0-based column
   * @param message what is wrong
   * @param hint how to put it right
   */
  public record CellProblem(int row, int column, String message, String hint) {}

  /**
   * One row of the table.
   *
   * @param number the 1-based row number Excel shows, or the CSV line the record starts on
   * @param cells the cells under each header, trimmed, "" when empty; as many as the headers
   */
  public record Row(int number, List<String> cells) {

    /** The cell in {@code column} (0-based); "" past the end. */
    public String cell(int column) {
      return column < cells.size() ? cells.get(column) : "";
    }
  }

  /** Whether the table was read from a CSV file, whose places are lines rather than rows. */
  public boolean csv() {
    return sheet.isEmpty();
  }

  /**
   * Where a cell stands, as a person finds it: {@code risks.xlsx:Risks!row 7, column "Owner"} or
   * {@code risks.csv:7:3, column "Owner"}.
   */
  public String where(int row, int column) {
    String header = column < headers.size() ? headers.get(column) : "";
    String name = header.isEmpty() ? "" : ", column \"" + header + "\"";
    return csv()
        ? file + ":" + row + ":" + (column + 1) + name
        : file + ":" + sheet + "!row " + row + name;
  }

  /** Where a row stands: {@code risks.xlsx:Risks!row 7} or {@code risks.csv:7}. */
  public String where(int row) {
    return csv() ? file + ":" + row : file + ":" + sheet + "!row " + row;
  }
}
