package scot.pmo.publish.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes tables as an Excel workbook through Apache POI: one sheet per table, a bold frozen header
 * row with a filter, and every cell a text cell, so that a value such as {@code =HYPERLINK(...)} is
 * shown as written and never run as a formula.
 */
public final class XlsxExport {

  /** Excel refuses longer cells. */
  private static final int MAX_CELL = 32_767;

  private XlsxExport() {}

  public static void write(List<ExportTable> tables, String title, OutputStream out)
      throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      book.getProperties().getCoreProperties().setTitle(title);
      CellStyle header = book.createCellStyle();
      Font bold = book.createFont();
      bold.setBold(true);
      header.setFont(bold);
      CellStyle wrapped = book.createCellStyle();
      wrapped.setWrapText(true);
      for (ExportTable table : tables) {
        XSSFSheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(table.name()));
        Row head = sheet.createRow(0);
        for (int c = 0; c < table.columns().size(); c++) {
          Cell cell = head.createCell(c);
          cell.setCellValue(table.columns().get(c));
          cell.setCellStyle(header);
        }
        for (int r = 0; r < table.rows().size(); r++) {
          Row row = sheet.createRow(r + 1);
          List<String> values = table.rows().get(r);
          for (int c = 0; c < values.size(); c++) {
            String value = values.get(c);
            if (!value.isEmpty()) {
              Cell cell = row.createCell(c);
              cell.setCellValue(value.length() > MAX_CELL ? value.substring(0, MAX_CELL) : value);
              cell.setCellStyle(wrapped);
            }
          }
        }
        sheet.createFreezePane(0, 1);
        if (!table.columns().isEmpty()) {
          sheet.setAutoFilter(
              new CellRangeAddress(
                  0, Math.max(0, table.rows().size()), 0, table.columns().size() - 1));
        }
        for (int c = 0; c < table.columns().size(); c++) {
          sheet.setColumnWidth(c, width(table, c));
        }
      }
      book.write(out);
    }
  }

  /** A column wide enough for most of its values, capped, in Excel's 1/256 character units. */
  private static int width(ExportTable table, int column) {
    int longest = table.columns().get(column).length();
    for (List<String> row : table.rows()) {
      longest = Math.max(longest, Math.min(row.get(column).length(), 60));
    }
    return Math.min(60, longest + 2) * 256;
  }
}
