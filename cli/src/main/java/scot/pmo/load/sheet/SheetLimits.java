package scot.pmo.load.sheet;

/**
 * How much of a spreadsheet is read: enough for any register a programme office keeps, and bounded
 * so that a hostile file cannot exhaust time or memory.
 *
 * @param maxBytes the largest file read
 * @param maxRows the most rows read below the header
 * @param maxColumns the most columns read
 * @param maxCellChars the longest cell read
 */
public record SheetLimits(long maxBytes, int maxRows, int maxColumns, int maxCellChars) {

  /**
   * 10 MB (a workbook is read whole, and its XML is many times its size), 100,000 rows, 200
   * columns, 32,767 characters a cell (Excel's own limit).
   */
  public static final SheetLimits DEFAULT = new SheetLimits(10L << 20, 100_000, 200, 32_767);
}
