package scot.pmo.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.pmo.cli.CliRun.run;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.pmo.testing.TestRepos;

/**
 * {@code pmo import} end to end, on a copy of the sample programme: a RAID log made here with POI
 * and a contacts list in CSV, every row synthetic.
 */
class ImportCommandTest {

  @TempDir Path dir;

  private static final String RISK_1 =
      "content/interdependencies/synthetic-risk-funding-may-lapse.md";
  private static final String RISK_2 =
      "content/interdependencies/synthetic-issue-venue-unavailable.md";

  private Path repo() {
    return TestRepos.copy(dir.resolve("repo"));
  }

  /** A RAID log as registers are kept: a title row, a blank row, then the table. */
  private Path raidLog(String name, String likelihood, String owner) throws IOException {
    Path file = dir.resolve(name);
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      book.createSheet("Cover").createRow(0).createCell(0).setCellValue("Synthetic");
      Sheet sheet = book.createSheet("Risks");
      sheet.createRow(0).createCell(0).setCellValue("Synthetic RAID log, for tests");
      String[] headers = {
        "Risk description",
        "Type",
        "Project",
        "Owner",
        "Status",
        "Date raised",
        "Likelihood",
        "Impact",
        "Notes"
      };
      Row header = sheet.createRow(2);
      for (int i = 0; i < headers.length; i++) {
        header.createCell(i).setCellValue(headers[i]);
      }
      CellStyle date = book.createCellStyle();
      date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
      Object[][] rows = {
        {
          "Synthetic risk: funding may lapse",
          "Risk",
          "Active Communities",
          "Angela Scott",
          "Open",
          LocalDate.of(2024, 2, 8),
          Double.parseDouble(likelihood),
          4.0,
          "kept in Excel"
        },
        {
          "Synthetic issue: venue unavailable",
          "Issue",
          "crerar-implementation",
          owner,
          "open",
          LocalDate.of(2024, 3, 1),
          2.0,
          2.0,
          ""
        }
      };
      for (int r = 0; r < rows.length; r++) {
        Row row = sheet.createRow(3 + r);
        for (int c = 0; c < rows[r].length; c++) {
          Object v = rows[r][c];
          if (v instanceof LocalDate d) {
            row.createCell(c).setCellValue(d);
            row.getCell(c).setCellStyle(date);
          } else if (v instanceof Double n) {
            row.createCell(c).setCellValue(n);
          } else if (!v.toString().isEmpty()) {
            row.createCell(c).setCellValue(v.toString());
          }
        }
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        book.write(out);
      }
    }
    return file;
  }

  private static String[] importArgs(Path repo, Path file, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--repo",
                repo.toString(),
                "import",
                file.toString(),
                "--kind",
                "interdependency",
                "--sheet",
                "Risks"));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  @Test
  void aDryRunShowsTheFilesAndWritesNothing() throws IOException {
    Path repo = repo();
    Path log = raidLog("raid.xlsx", "3", "Derek Crichton");
    String before = TestRepos.hash(repo);

    CliRun result = run(importArgs(repo, log, "--dry-run"));

    CliRun.assertThat(result)
        .succeeds()
        .outContains(
            "Columns of raid.xlsx, sheet Risks (headers on row 3):",
            "  \"Risk description\" → title",
            "  \"Date raised\" → raised",
            "  \"Notes\" → not imported",
            "--- " + RISK_1 + " (new)",
            "title: \"Synthetic risk: funding may lapse\"\ntype: risk\nproject: active-communities\n"
                + "status: open\nowner: angela-scott\nraised: 2024-02-08\nlikelihood: 3\nimpact: 4\n",
            "+ Risk opened: Synthetic risk: funding may lapse (Active Communities)",
            "2 rows: 2 added, 0 changed, 0 unchanged, 0 not imported",
            "Dry run: nothing was written.");
    assertThat(TestRepos.hash(repo)).isEqualTo(before);
  }

  @Test
  void aSecondImportChangesOnlyTheLineOfTheCellThatChanged() throws IOException {
    Path repo = repo();
    CliRun.assertThat(run(importArgs(repo, raidLog("raid.xlsx", "3", "Derek Crichton"))))
        .succeeds()
        .outContains("Wrote 2 files.");
    CliRun.assertThat(run("--repo", repo.toString(), "validate")).succeeds();
    // Someone adds the detail in the file, which the register does not hold.
    Path risk = repo.resolve(RISK_1);
    Files.writeString(
        risk,
        Files.readString(risk).replace("owner:", "# agreed at the board\nowner:")
            + "The detail, written in the file.\n");
    String edited = Files.readString(risk);
    String other = Files.readString(repo.resolve(RISK_2));

    CliRun second = run(importArgs(repo, raidLog("raid2.xlsx", "5", "Derek Crichton")));

    CliRun.assertThat(second)
        .succeeds()
        .outContains(
            "~ Changed: interdependency synthetic-risk-funding-may-lapse",
            "      likelihood: 3 → 5",
            "2 rows: 0 added, 1 changed, 1 unchanged, 0 not imported",
            "Wrote 1 file.");
    assertThat(Files.readString(risk))
        .isEqualTo(edited.replace("likelihood: 3\n", "likelihood: 5\n"));
    assertThat(Files.readString(repo.resolve(RISK_2))).isEqualTo(other);
  }

  @Test
  void aRowWithAnUnknownOwnerIsReportedAtItsCellAndNotWritten() throws IOException {
    Path repo = repo();

    CliRun result = run(importArgs(repo, raidLog("raid.xlsx", "3", "Derek Crichtn")));

    CliRun.assertThat(result)
        .exitsWith(ExitCodes.CONTENT)
        .outContains(
            "raid.xlsx:Risks!row 5, column \"Owner\": error[unknown-reference]: 'Derek Crichtn'"
                + " names no person pmo knows",
            "  did you mean 'Derek Crichton'?",
            "2 rows: 1 added, 0 changed, 0 unchanged, 1 not imported",
            "Wrote 1 file.");
    assertThat(repo.resolve(RISK_1)).exists();
    assertThat(repo.resolve(RISK_2)).doesNotExist();
  }

  @Test
  void aRowThatBreaksAWorkingRuleIsReportedWithTheDiagnosticOfPmoValidate() throws IOException {
    Path repo = repo();

    CliRun result = run(importArgs(repo, raidLog("raid.xlsx", "7", "Derek Crichton")));

    CliRun.assertThat(result)
        .exitsWith(ExitCodes.CONTENT)
        .outContains(
            "raid.xlsx:Risks!row 4, column \"Likelihood\": error[rating-out-of-scale]: 'likelihood'"
                + " is 7");
    assertThat(repo.resolve(RISK_1)).doesNotExist();
  }

  @Test
  void aContactListInCsvBecomesPeople() throws IOException {
    Path repo = repo();
    Path csv = dir.resolve("contacts.csv");
    Files.writeString(
        csv,
        "\uFEFFFull name,Job title,Organisation,Seniority,Email\r\n"
            + "Synthetic Person One,\"Head of Synthetic Data, Tests\",Fife Council,Head of service,"
            + "one@example.org\r\n"
            + "Synthetic Person Two,Officer,Fife Councl,officer,\r\n",
        StandardCharsets.UTF_8);

    CliRun result = run("--repo", repo.toString(), "import", csv.toString(), "--kind", "person");

    CliRun.assertThat(result)
        .exitsWith(ExitCodes.CONTENT)
        .outContains(
            "contacts.csv:3:3, column \"Organisation\": error[unknown-reference]",
            "did you mean 'Fife Council'?",
            "+ person synthetic-person-one: Synthetic Person One");
    assertThat(Files.readString(repo.resolve("content/people/synthetic-person-one.yaml")))
        .isEqualTo(
            "name: \"Synthetic Person One\"\njob_title: \"Head of Synthetic Data, Tests\"\n"
                + "organisation: fife-council\nseniority: head-of-service\n"
                + "email: \"one@example.org\"\n");
  }

  @Test
  void aMeetingTrackerKeyedByItsOwnReferenceKeepsEachRowsFile() throws IOException {
    Path repo = repo();
    Path csv = dir.resolve("meetings.csv");
    Files.writeString(
        csv,
        "Ref,Meeting,Type,Meeting date,Projects\n"
            + "M-001,Synthetic board meeting,Board,14/03/2024,Active Communities; Crerar"
            + " Implementation\n");
    String[] args = {
      "--repo", repo.toString(), "import", csv.toString(), "--kind", "meeting", "--key", "ref"
    };
    CliRun.assertThat(run(args)).succeeds().outContains("\"Projects\" → projects[]");
    Path file = repo.resolve("content/meetings/m-001.yaml");
    assertThat(Files.readString(file))
        .isEqualTo(
            "title: \"Synthetic board meeting\"\ntype: board\ndate: 2024-03-14\nprojects:\n"
                + "  - active-communities\n  - crerar-implementation\n");

    // The meeting is renamed in the tracker: the same file, its title changed.
    Files.writeString(
        csv, Files.readString(csv).replace("Synthetic board meeting", "Synthetic programme board"));
    CliRun.assertThat(run(args))
        .succeeds()
        .outContains(
            "      title: \"Synthetic board meeting\" → \"Synthetic programme board\"",
            "1 row: 0 added, 1 changed, 0 unchanged, 0 not imported");
    assertThat(Files.readString(file)).startsWith("title: \"Synthetic programme board\"\ntype:");
    assertThat(repo.resolve("content/meetings")).isDirectoryNotContaining("glob:**/synthetic-*");
  }

  @Test
  void anUnknownFieldInMapIsAUsageError() throws IOException {
    Path repo = repo();
    CliRun result =
        run(importArgs(repo, raidLog("raid.xlsx", "3", "Derek Crichton"), "--map", "Notes=note"));
    CliRun.assertThat(result)
        .exitsWith(ExitCodes.USAGE)
        .errContains("'note', which is not a field of an interdependency");
  }

  @Test
  void hostileSheetsFormulasAHeaderOnlySheetAndLongCells() throws IOException {
    Path repo = repo();
    Path file = dir.resolve("hostile.xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Sheet headerOnly = book.createSheet("Empty");
      headerOnly.createRow(0).createCell(0).setCellValue("Full name");
      headerOnly.getRow(0).createCell(1).setCellValue("Organisation");
      Sheet sheet = book.createSheet("People");
      String[] headers = {"Full name", "Organisation", "Seniority", "Job title"};
      Row header = sheet.createRow(0);
      for (int i = 0; i < headers.length; i++) {
        header.createCell(i).setCellValue(headers[i]);
      }
      for (int i = 1; i <= 3; i++) {
        Row row = sheet.createRow(i);
        row.createCell(0).setCellValue("Synthetic Person " + i);
        row.createCell(1).setCellValue("Fife Council");
        row.createCell(2).setCellValue("officer");
      }
      // As Excel saves a formula: with the value it last had.
      sheet.getRow(1).createCell(3).setCellFormula("\"Synthetic \"&\"Officer\"");
      sheet.getRow(1).getCell(3).setCellValue("Synthetic Officer");
      // Never evaluated: no value was saved, and the call out to the web is never made.
      sheet.getRow(2).createCell(3).setCellFormula("WEBSERVICE(\"http://example.invalid\")");
      sheet.getRow(3).createCell(3).setCellValue("x".repeat(32_767));
      try (OutputStream out = Files.newOutputStream(file)) {
        book.write(out);
      }
    }
    String[] args = {"--repo", repo.toString(), "import", file.toString(), "--kind", "person"};
    CliRun.assertThat(run(concat(args, "--sheet", "Empty")))
        .succeeds()
        .outContains("0 rows: 0 added");
    CliRun.assertThat(run(concat(args, "--sheet", "People", "--dry-run")))
        .exitsWith(ExitCodes.CONTENT)
        .outContains(
            "hostile.xlsx:People!row 3, column \"Job title\": error[bad-cell]: the cell holds a"
                + " formula whose value was never saved",
            "job_title: \"Synthetic Officer\"",
            "3 rows: 2 added, 0 changed, 0 unchanged, 1 not imported");

    Path longCell = dir.resolve("long.csv");
    Files.writeString(
        longCell, "Full name,Organisation,Seniority\n" + "x".repeat(100_000) + ",y,z\n");
    CliRun.assertThat(
            run("--repo", repo.toString(), "import", longCell.toString(), "--kind", "person"))
        .exitsWith(ExitCodes.CONTENT)
        .outContains("long.csv:2:1, column \"Full name\": error[bad-cell]: the cell holds 100000");
  }

  @Test
  void tenThousandRowsInBoundedTime() throws IOException {
    Path repo = repo();
    Path file = dir.resolve("big.xlsx");
    // Written as a stream, as large workbooks are.
    try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
      Sheet sheet = book.createSheet("People");
      String[] headers = {"Full name", "Organisation", "Seniority"};
      Row header = sheet.createRow(0);
      for (int i = 0; i < headers.length; i++) {
        header.createCell(i).setCellValue(headers[i]);
      }
      for (int i = 1; i <= 10_000; i++) {
        Row row = sheet.createRow(i);
        row.createCell(0).setCellValue("Synthetic Person " + i);
        row.createCell(1).setCellValue("Fife Council");
        if (i != 5_000) {
          row.createCell(2).setCellValue("officer");
        }
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        book.write(out);
      }
    }
    long start = System.nanoTime();
    CliRun big =
        run("--repo", repo.toString(), "import", file.toString(), "--kind", "person", "--dry-run");
    long seconds = (System.nanoTime() - start) / 1_000_000_000L;

    CliRun.assertThat(big)
        .exitsWith(ExitCodes.CONTENT)
        .outContains(
            "big.xlsx:People!row 5001, column \"Seniority\": error[missing-field]: a person needs"
                + " the field 'seniority'",
            "+ person synthetic-person-1: Synthetic Person 1",
            "… and 9,899 more",
            "10000 rows: 9999 added, 0 changed, 0 unchanged, 1 not imported",
            "Dry run: nothing was written.");
    assertThat(seconds).as("seconds to check 10,000 rows").isLessThan(60);
    assertThat(repo.resolve("content/people/synthetic-person-10000.yaml")).doesNotExist();
  }

  @Test
  void helpAndShellCompletionKnowTheCommand() {
    CliRun.assertThat(run("import", "--help"))
        .succeeds()
        .outContains("Usage: pmo import", "--kind=KIND", "--map=COLUMN=FIELD", "Examples:");
    String script = run("completion").out();
    String function = script.substring(script.indexOf("function _picocli_pmo_import()"));
    assertThat(function.substring(0, function.indexOf("\n}\n")))
        .contains("'--kind' '--map' '--sheet' '--key'")
        .contains("KIND_option_args=(\"programme\"")
        .contains("compgen -f"); // the file to import
  }

  private static String[] concat(String[] args, String... more) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }
}
