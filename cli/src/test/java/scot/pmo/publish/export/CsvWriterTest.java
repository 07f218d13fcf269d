package scot.pmo.publish.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

  private static final List<String> AWKWARD =
      List.of(
          "plain",
          "",
          " leading and trailing space ",
          "#hash",
          "Fife, Angus",
          "say \"hello\"",
          "two\nlines",
          "a;b",
          "tab\there",
          "=HYPERLINK(\"http://x\")",
          "+1",
          "-1",
          "@SUM(A1)",
          "\tindented",
          "Dùn Èideann – “quoted” 𝔘");

  private static List<String> reversed(List<String> list) {
    List<String> copy = new ArrayList<>(list);
    Collections.reverse(copy);
    return copy;
  }

  private static String csv(ExportTable table) {
    StringWriter text = new StringWriter();
    CsvWriter.write(table, new PrintWriter(text));
    return text.toString();
  }

  @Test
  void writesWhatPmoHasAlwaysWritten() {
    ExportTable table =
        new ExportTable(
            "t",
            List.of("id", "title", "note"),
            List.of(AWKWARD.subList(0, 3), List.of("", "x", "=1+2")));
    assertThat(csv(table))
        .isEqualTo(
            "\uFEFFid,title,note\r\n" + "plain,, leading and trailing space \r\n" + ",x,'=1+2\r\n");
    ExportTable quoted =
        new ExportTable("t", List.of("a", "b", "c"), List.of(AWKWARD.subList(4, 7)));
    assertThat(csv(quoted))
        .isEqualTo("\uFEFFa,b,c\r\n\"Fife, Angus\",\"say \"\"hello\"\"\",\"two\nlines\"\r\n");
    ExportTable separators =
        new ExportTable("t", List.of("a", "b", "c"), List.of(AWKWARD.subList(7, 10)));
    assertThat(csv(separators))
        .isEqualTo("\uFEFFa,b,c\r\n\"a;b\",\"tab\there\",\"'=HYPERLINK(\"\"http://x\"\")\"\r\n");
  }

  /** An RFC 4180 reader gives every cell back, formulas with their apostrophe and nothing else. */
  @Test
  void readsBackCellForCellWithFormulasMadeInert() throws IOException {
    List<String> columns = new ArrayList<>();
    for (int i = 0; i < AWKWARD.size(); i++) {
      columns.add("c" + i);
    }
    String text = csv(new ExportTable("t", columns, List.of(AWKWARD, reversed(AWKWARD))));
    assertThat(text).startsWith("\uFEFF");
    try (CSVParser parser = CSVParser.parse(text.substring(1), CSVFormat.RFC4180)) {
      List<CSVRecord> records = parser.getRecords();
      assertThat(records).hasSize(3);
      assertThat(records.get(0).values()).containsExactlyElementsOf(columns);
      List<String> expected =
          AWKWARD.stream()
              .map(v -> "=+-@\t".indexOf(v.isEmpty() ? ' ' : v.charAt(0)) >= 0 ? "'" + v : v)
              .toList();
      assertThat(records.get(1).values()).containsExactlyElementsOf(expected);
      assertThat(records.get(2).values()).containsExactlyElementsOf(reversed(expected));
    }
  }
}
