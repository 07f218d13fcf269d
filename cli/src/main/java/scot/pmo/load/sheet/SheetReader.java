package scot.pmo.load.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFCell;
import scot.pmo.model.HintedException;
import scot.pmo.model.HintedException.Category;
import scot.pmo.model.Suggestions;

/**
 * Reads one table from an Excel workbook ({@code .xlsx}, {@code .xls}) or a CSV file: the header
 * row, wherever it starts, and each row's cells as text. Dates in Excel cells become {@code
 * YYYY-MM-DD}, numbers their shortest text, formulas the value Excel last saved (they are never
 * evaluated), and every value is trimmed.
 */
public final class SheetReader {

  private final SheetLimits limits;

  public SheetReader(SheetLimits limits) {
    this.limits = limits;
  }

  /**
   * Reads {@code file}; {@code sheetName} chooses a workbook's sheet (the first one if empty) and
   * must be empty for a CSV file.
   */
  public Sheet read(Path file, Optional<String> sheetName) {
    String name = file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    if (!Files.isRegularFile(file)) {
      throw new HintedException(
          Category.USAGE, file + " is not a file", "give the path of an .xlsx or .csv file");
    }
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      throw unreadable(file, e);
    }
    if (size > limits.maxBytes()) {
      throw new HintedException(
          Category.USAGE,
          name + " is " + size + " bytes, more than the " + limits.maxBytes() + " pmo reads",
          "import the register in parts, one file each");
    }
    if (lower.endsWith(".csv") || lower.endsWith(".tsv") || lower.endsWith(".txt")) {
      if (sheetName.isPresent()) {
        throw new HintedException(
            Category.USAGE,
            "--sheet names a sheet of a workbook, and " + name + " is a CSV file",
            "leave out --sheet");
      }
      return csv(file, name);
    }
    if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm") || lower.endsWith(".xls")) {
      return workbook(file, name, sheetName);
    }
    throw new HintedException(
        Category.USAGE,
        name + " is neither an Excel workbook nor a CSV file",
        "give an .xlsx, .xls or .csv file; in Excel, 'Save as' either");
  }

  private Sheet workbook(Path file, String name, Optional<String> sheetName) {
    try (Workbook book = WorkbookFactory.create(file.toFile(), null, true)) {
      org.apache.poi.ss.usermodel.Sheet sheet = chooseSheet(book, name, sheetName);
      List<List<String>> raw = new ArrayList<>();
      List<Boolean> textOnly = new ArrayList<>();
      List<Integer> numbers = new ArrayList<>();
      List<Sheet.CellProblem> problems = new ArrayList<>();
      // Only the rows that hold something count: a sheet formatted down to its millionth row
      // has as many physical rows, all blank.
      for (org.apache.poi.ss.usermodel.Row row : sheet) {
        List<String> cells = new ArrayList<>();
        boolean text = true;
        int problemsBefore = problems.size();
        int width = Math.min(Math.max(0, row.getLastCellNum()), limits.maxColumns());
        for (int c = 0; c < width; c++) {
          Cell cell = row.getCell(c);
          cells.add(cell == null ? "" : value(cell, row.getRowNum() + 1, c, problems));
          text &= cell == null || isText(cell);
        }
        if (HeaderRow.filled(cells) == 0 && problems.size() == problemsBefore) {
          continue;
        }
        if (raw.size() >= limits.maxRows() + HeaderRow.LOOK_AHEAD) {
          throw tooManyRows(name + " (sheet " + sheet.getSheetName() + ")");
        }
        raw.add(cells);
        textOnly.add(text);
        numbers.add(row.getRowNum() + 1);
      }
      return table(name, sheet.getSheetName(), raw, textOnly, numbers, problems);
    } catch (IOException | RuntimeException e) {
      if (e instanceof HintedException hinted) {
        throw hinted;
      }
      throw new HintedException(
          Category.USAGE,
          name + " cannot be read as an Excel workbook: " + e.getMessage(),
          "open it in Excel and save it again as an Excel workbook (.xlsx), or as CSV UTF-8",
          e);
    }
  }

  private static org.apache.poi.ss.usermodel.Sheet chooseSheet(
      Workbook book, String name, Optional<String> sheetName) {
    if (book.getNumberOfSheets() == 0) {
      throw new HintedException(Category.USAGE, name + " has no sheets", "give another file");
    }
    if (sheetName.isEmpty()) {
      return book.getSheetAt(0);
    }
    List<String> names = new ArrayList<>();
    for (int i = 0; i < book.getNumberOfSheets(); i++) {
      String candidate = book.getSheetName(i);
      if (candidate.trim().equalsIgnoreCase(sheetName.get().trim())) {
        return book.getSheetAt(i);
      }
      names.add(candidate);
    }
    throw new HintedException(
        Category.USAGE,
        name + " has no sheet '" + sheetName.get() + "'",
        Suggestions.didYouMean(sheetName.get(), names)
            + "its sheets are: "
            + String.join(", ", names));
  }

  /** The value of one cell as text; a formula's value as Excel last saved it. */
  private String value(Cell cell, int row, int column, List<Sheet.CellProblem> problems) {
    CellType type = cell.getCellType();
    if (type == CellType.FORMULA) {
      if (cell instanceof XSSFCell x && !x.getCTCell().isSetV()) {
        // Formulas are never evaluated here (one could call out to the web, or take forever):
        // only the value Excel saved with it is read, and this one has none.
        problems.add(
            new Sheet.CellProblem(
                row,
                column,
                "the cell holds a formula whose value was never saved with the workbook",
                "open the workbook in Excel and save it, or type the value"));
        return "";
      }
      type = cell.getCachedFormulaResultType();
    }
    String text =
        switch (type) {
          case NUMERIC ->
              DateUtil.isCellDateFormatted(cell)
                  ? date(cell.getLocalDateTimeCellValue())
                  : number(cell.getNumericCellValue());
          case STRING -> cell.getStringCellValue();
          case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
          case ERROR -> {
            problems.add(
                new Sheet.CellProblem(
                    row,
                    column,
                    "the cell holds the error "
                        + FormulaError.forInt(cell.getErrorCellValue()).getString()
                        + " rather than a value",
                    "correct the formula in the workbook, or type the value"));
            yield "";
          }
          default -> "";
        };
    return checked(text.strip(), row, column, problems);
  }

  private String checked(String cell, int row, int column, List<Sheet.CellProblem> problems) {
    // Line breaks inside a cell as content writes them, whatever system saved the sheet.
    String text = cell.indexOf('\r') < 0 ? cell : cell.replace("\r\n", "\n").replace('\r', '\n');
    if (text.length() > limits.maxCellChars()) {
      problems.add(
          new Sheet.CellProblem(
              row,
              column,
              "the cell holds "
                  + text.length()
                  + " characters, more than the "
                  + limits.maxCellChars()
                  + " pmo reads from one cell",
              "shorten it, and keep long text in the file's Markdown body instead"));
      return "";
    }
    return text;
  }

  private static boolean isText(Cell cell) {
    CellType type = cell.getCellType();
    if (type == CellType.FORMULA) {
      type = cell.getCachedFormulaResultType();
    }
    return type == CellType.STRING || type == CellType.BLANK;
  }

  /** An Excel date as {@code YYYY-MM-DD}; its time of day, if any, is not a field pmo keeps. */
  static String date(LocalDateTime value) {
    return value == null ? "" : value.toLocalDate().toString();
  }

  /** A number as people typed it: {@code 3}, not {@code 3.0}; {@code 0.25}, not {@code 2.5E-1}. */
  static String number(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return "";
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
  }

  private Sheet csv(Path file, String name) {
    List<List<String>> raw = new ArrayList<>();
    List<Boolean> textOnly = new ArrayList<>();
    List<Integer> numbers = new ArrayList<>();
    List<Sheet.CellProblem> problems = new ArrayList<>();
    char delimiter = delimiter(file, name);
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setDelimiter(delimiter)
            .setIgnoreEmptyLines(false)
            .setIgnoreSurroundingSpaces(false)
            .get();
    try (Reader reader = utf8(file);
        CSVParser parser = CSVParser.parse(reader, format)) {
      long end = 0;
      for (CSVRecord record : parser) {
        int line = (int) end + 1;
        end = parser.getCurrentLineNumber();
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < Math.min(record.size(), limits.maxColumns()); c++) {
          String cell = record.get(c);
          boolean first = c == 0 && record.getRecordNumber() == 1;
          cells.add(checked(first ? stripBom(cell) : cell.strip(), line, c, problems));
        }
        if (HeaderRow.filled(cells) == 0) {
          continue;
        }
        if (raw.size() >= limits.maxRows() + HeaderRow.LOOK_AHEAD) {
          throw tooManyRows(name);
        }
        raw.add(cells);
        textOnly.add(true);
        numbers.add(line);
      }
    } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
      if (e instanceof CharacterCodingException
          || e.getCause() instanceof CharacterCodingException) {
        throw new HintedException(
            Category.USAGE,
            name + " is not UTF-8 text",
            "in Excel, save it with 'Save as' and the type 'CSV UTF-8 (Comma delimited)'");
      }
      throw new HintedException(
          Category.USAGE,
          name + " cannot be read as CSV: " + e.getMessage(),
          "check that every quoted cell's closing quote is there, or save it again from Excel"
              + " as 'CSV UTF-8'",
          e);
    }
    return table(name, "", raw, textOnly, numbers, problems);
  }

  private static String stripBom(String cell) {
    return (cell.startsWith("\uFEFF") ? cell.substring(1) : cell).strip();
  }

  /** A strict UTF-8 reader, which stops at the first byte that is not UTF-8. */
  private static Reader utf8(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    return new InputStreamReader(
        in,
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT));
  }

  /**
   * The delimiter of a CSV file: comma, unless its first lines hold more semicolons (Excel in much
   * of Europe) or tabs.
   */
  private static char delimiter(Path file, String name) {
    if (name.toLowerCase(Locale.ROOT).endsWith(".tsv")) {
      return '\t';
    }
    byte[] start = new byte[8192];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(start, 0, start.length);
    } catch (IOException e) {
      throw unreadable(file, e);
    }
    String head = new String(start, 0, n, StandardCharsets.UTF_8);
    long commas = head.chars().filter(c -> c == ',').count();
    long semicolons = head.chars().filter(c -> c == ';').count();
    long tabs = head.chars().filter(c -> c == '\t').count();
    if (tabs > commas && tabs > semicolons) {
      return '\t';
    }
    return semicolons > commas ? ';' : ',';
  }

  private Sheet table(
      String name,
      String sheet,
      List<List<String>> raw,
      List<Boolean> textOnly,
      List<Integer> numbers,
      List<Sheet.CellProblem> problems) {
    int header = HeaderRow.find(raw, textOnly);
    if (header < 0) {
      throw new HintedException(
          Category.USAGE,
          name
              + (sheet.isEmpty() ? "" : " (sheet " + sheet + ")")
              + " has no header row: none of its first "
              + HeaderRow.LOOK_AHEAD
              + " rows names two or more columns",
          "put the column names (Title, Owner, Status, ...) in one row above the register");
    }
    List<String> headers = List.copyOf(raw.get(header));
    List<Sheet.Row> rows = new ArrayList<>();
    for (int i = header + 1; i < raw.size(); i++) {
      List<String> cells = new ArrayList<>(raw.get(i));
      int number = numbers.get(i);
      if (HeaderRow.filled(cells) == 0 && problems.stream().noneMatch(p -> p.row() == number)) {
        continue;
      }
      while (cells.size() < headers.size()) {
        cells.add("");
      }
      rows.add(new Sheet.Row(numbers.get(i), List.copyOf(cells.subList(0, headers.size()))));
    }
    if (rows.size() > limits.maxRows()) {
      throw tooManyRows(name);
    }
    int headerNumber = numbers.get(header);
    List<Sheet.CellProblem> kept =
        problems.stream()
            .filter(p -> p.row() > headerNumber && p.column() < headers.size())
            .toList();
    return new Sheet(name, sheet, headers, headerNumber, List.copyOf(rows), kept);
  }

  private HintedException tooManyRows(String name) {
    return new HintedException(
        Category.USAGE,
        name + " has more than " + limits.maxRows() + " rows, more than pmo imports at once",
        "import the register in parts, one file each");
  }

  private static HintedException unreadable(Path file, IOException e) {
    return new HintedException(
        Category.ENVIRONMENT,
        "cannot read " + file + ": " + e.getMessage(),
        "check that the file exists and may be read",
        e);
  }
}
