package scot.pmo.load.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.pmo.model.HintedException;

/** Reading registers from workbooks and CSV files, as registers are really kept. */
class SheetReaderTest {

  @TempDir Path dir;

  private final SheetReader reader = new SheetReader(SheetLimits.DEFAULT);

  @Test
  void excelDatesNumbersAndFormulasBecomeTheTextPeopleSee() throws IOException {
    Path file = dir.resolve("raid.xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Sheet sheet = book.createSheet("Risks");
      sheet.createRow(0).createCell(0).setCellValue("Synthetic RAID log");
      Row header = sheet.createRow(2);
      String[] names = {"Title", "Raised", "Likelihood", "Score", "Ratio", "Flag"};
      for (int i = 0; i < names.length; i++) {
        header.createCell(i).setCellValue(names[i]);
      }
      CellStyle date = book.createCellStyle();
      date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
      Row row = sheet.createRow(3);
      row.createCell(0).setCellValue("  Synthetic risk one  ");
      row.createCell(1).setCellValue(LocalDate.of(2024, 2, 8));
      row.getCell(1).setCellStyle(date);
      row.createCell(2).setCellValue(3.0);
      row.createCell(3).setCellFormula("C4*2");
      row.createCell(4).setCellValue(0.25);
      row.createCell(5).setCellValue(true);
      book.getCreationHelper().createFormulaEvaluator().evaluateAll();
      write(book, file);
    }

    var read = reader.read(file, Optional.empty());

    assertThat(read.sheet()).isEqualTo("Risks");
    assertThat(read.headerRow()).isEqualTo(3);
    assertThat(read.headers()).containsExactly(names());
    assertThat(read.rows()).hasSize(1);
    assertThat(read.rows().get(0).number()).isEqualTo(4);
    assertThat(read.rows().get(0).cells())
        .containsExactly("Synthetic risk one", "2024-02-08", "3", "6", "0.25", "true");
    assertThat(read.where(4, 2)).isEqualTo("raid.xlsx:Risks!row 4, column \"Likelihood\"");
  }

  private static String[] names() {
    return new String[] {"Title", "Raised", "Likelihood", "Score", "Ratio", "Flag"};
  }

  @Test
  void aFormulaIsNeverEvaluatedAndAnErrorCellIsReportedAtItsCell() throws IOException {
    Path file = dir.resolve("raid.xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Sheet sheet = book.createSheet("Log");
      Row header = sheet.createRow(0);
      header.createCell(0).setCellValue("Title");
      header.createCell(1).setCellValue("Owner");
      Row row = sheet.createRow(1);
      row.createCell(0).setCellValue("Synthetic risk");
      // Never evaluated: the cell has no saved value, so it is reported, and the call out to
      // the web is never made.
      row.createCell(1).setCellFormula("WEBSERVICE(\"http://example.invalid\")");
      Row bad = sheet.createRow(2);
      bad.createCell(0).setCellValue("Synthetic issue");
      bad.createCell(1).setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.REF.getCode());
      write(book, file);
    }

    var read = reader.read(file, Optional.of("log"));

    assertThat(read.rows()).extracting(r -> r.cell(1)).containsExactly("", "");
    assertThat(read.problems()).hasSize(2);
    assertThat(read.problems().get(0).row()).isEqualTo(2);
    assertThat(read.problems().get(0).message()).contains("never saved");
    assertThat(read.problems().get(1).row()).isEqualTo(3);
    assertThat(read.problems().get(1).message()).contains("#REF!");
  }

  @Test
  void aMissingSheetIsNamedWithTheSheetsThereAre() throws IOException {
    Path file = dir.resolve("raid.xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      book.createSheet("Risks");
      book.createSheet("Issues");
      write(book, file);
    }
    assertThatThrownBy(() -> reader.read(file, Optional.of("Risk")))
        .isInstanceOf(HintedException.class)
        .hasMessageContaining("no sheet 'Risk'")
        .extracting(e -> ((HintedException) e).hint())
        .asString()
        .contains("did you mean 'Risks'", "Issues");
  }

  @Test
  void csvWithBomQuotesEmbeddedNewlinesAndSemicolons() throws IOException {
    Path file = dir.resolve("contacts.csv");
    Files.writeString(
        file,
        "\uFEFFName;Organisation\r\n"
            + "\"Synthetic Person; Senior\";Fife Council\r\n"
            + "\r\n"
            + "\"Synthetic\r\nTwo\";\"say \"\"hi\"\"\"\r\n"
            + "Synthetic Three;x\r\n",
        StandardCharsets.UTF_8);

    var read = reader.read(file, Optional.empty());

    assertThat(read.headers()).containsExactly("Name", "Organisation");
    assertThat(read.rows())
        .extracting(scot.pmo.load.sheet.Sheet.Row::number)
        .containsExactly(2, 4, 6);
    assertThat(read.rows().get(0).cells())
        .containsExactly("Synthetic Person; Senior", "Fife Council");
    assertThat(read.rows().get(1).cells()).containsExactly("Synthetic\nTwo", "say \"hi\"");
    assertThat(read.where(6, 1)).isEqualTo("contacts.csv:6:2, column \"Organisation\"");
  }

  @Test
  void csvThatIsNotUtf8SaysHowToSaveIt() throws IOException {
    Path file = dir.resolve("old.csv");
    Files.write(file, "Name,Organisation\nCaf\u00e9,x\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> reader.read(file, Optional.empty()))
        .isInstanceOf(HintedException.class)
        .hasMessageContaining("not UTF-8");
  }

  @Test
  void aHeaderOnlySheetHasNoRowsAndOneWithoutHeadersIsRefused() throws IOException {
    Path headerOnly = dir.resolve("empty.csv");
    Files.writeString(headerOnly, "Title,Owner,Status\n");
    assertThat(reader.read(headerOnly, Optional.empty()).rows()).isEmpty();

    Path noHeader = dir.resolve("none.csv");
    Files.writeString(noHeader, "just a note\n\n");
    assertThatThrownBy(() -> reader.read(noHeader, Optional.empty()))
        .isInstanceOf(HintedException.class)
        .hasMessageContaining("no header row");
  }

  @Test
  void aVeryLongCellIsReportedNotRead() throws IOException {
    Path file = dir.resolve("long.csv");
    Files.writeString(file, "Title,Owner\n" + "x".repeat(40_000) + ",y\n");
    var read = reader.read(file, Optional.empty());
    assertThat(read.rows().get(0).cell(0)).isEmpty();
    assertThat(read.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("40000 characters"));
  }

  @Test
  void tooManyRowsAreRefusedAndAFileOfAnotherTypeToo() throws IOException {
    Path file = dir.resolve("big.csv");
    StringBuilder text = new StringBuilder("Title,Owner\n");
    for (int i = 0; i < 60; i++) {
      text.append("Synthetic ").append(i).append(",x\n");
    }
    Files.writeString(file, text);
    SheetReader small = new SheetReader(new SheetLimits(1 << 20, 50, 10, 100));
    assertThatThrownBy(() -> small.read(file, Optional.empty()))
        .hasMessageContaining("more than 50 rows");

    Path pdf = dir.resolve("raid.pdf");
    Files.writeString(pdf, "%PDF");
    assertThatThrownBy(() -> reader.read(pdf, Optional.empty()))
        .hasMessageContaining("neither an Excel workbook nor a CSV file");
  }

  @Test
  void blankRowsFormattedFarDownDoNotCount() throws IOException {
    Path file = dir.resolve("formatted.xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Sheet sheet = book.createSheet("Log");
      Row header = sheet.createRow(0);
      header.createCell(0).setCellValue("Title");
      header.createCell(1).setCellValue("Owner");
      sheet.createRow(1).createCell(0).setCellValue("Synthetic risk");
      CellStyle style = book.createCellStyle();
      for (int r = 2; r < 500; r++) {
        sheet.createRow(r).createCell(1).setCellStyle(style);
      }
      write(book, file);
    }
    var read = new SheetReader(new SheetLimits(1 << 20, 50, 10, 100)).read(file, Optional.empty());
    assertThat(read.rows()).singleElement().satisfies(r -> assertThat(r.number()).isEqualTo(2));
  }

  @Test
  void numbersAreWrittenAsTyped() {
    assertThat(List.of(3.0, 0.25, -2.0, 1e20, 1234567.5))
        .extracting(SheetReader::number)
        .containsExactly("3", "0.25", "-2", "100000000000000000000", "1234567.5");
  }

  private static void write(XSSFWorkbook book, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      book.write(out);
    }
  }
}
