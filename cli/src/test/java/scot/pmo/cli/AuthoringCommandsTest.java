package scot.pmo.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.pmo.cli.CliRun.run;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.pmo.Fixtures;

/** pmo new, list --where/--sort, show, export, graph and completion on a synthetic programme. */
class AuthoringCommandsTest {

  @TempDir Path tmp;

  @Test
  void newWritesAProjectThatValidatesAtOnce() throws Exception {
    Path repo = Fixtures.withTemplates(Fixtures.repo(tmp.resolve("repo")));
    CliRun.assertThat(
            run(
                "--repo",
                repo.toString(),
                "new",
                "project",
                "gamma-project",
                "--set",
                "title=Gamma \"quoted\" project",
                "--set",
                "programme=synthetic-programme",
                "--set",
                "workstream=synthetic-workstream",
                "--set",
                "status=proposed"))
        .succeeds()
        .outContains("wrote content/projects/gamma-project.md", "It validates");
    String file = Files.readString(repo.resolve("content/projects/gamma-project.md"));
    assertThat(file)
        .startsWith("---\ntitle: \"Gamma \\\"quoted\\\" project\"\n")
        .contains("status: \"proposed\"\n", "## Background");
    CliRun.assertThat(run("--repo", repo.toString(), "validate")).succeeds();
  }

  @Test
  void newRefusesAValueThatWouldNotValidateAndWritesNothing() {
    Path repo = Fixtures.withTemplates(Fixtures.repo(tmp.resolve("repo")));
    CliRun.assertThat(
            run(
                "--repo",
                repo.toString(),
                "new",
                "person",
                "jo-bloggs",
                "--set",
                "name=Jo Bloggs",
                "--set",
                "organisation=northshire-councl",
                "--set",
                "seniority=director"))
        .exitsWith(ExitCodes.USAGE)
        .errContains(
            "--set organisation: 'northshire-councl' names no organisation",
            "did you mean 'northshire-council'?");
    assertThat(repo.resolve("content/people/jo-bloggs.yaml")).doesNotExist();
    CliRun.assertThat(
            run(
                "--repo",
                repo.toString(),
                "new",
                "person",
                "jo-bloggs",
                "--set",
                "name=Jo Bloggs",
                "--set",
                "organisation=northshire-council",
                "--set",
                "seniority=boss"))
        .exitsWith(ExitCodes.USAGE)
        .errContains("--set seniority: 'boss' is not one of the choices", "chief-executive");
    assertThat(repo.resolve("content/people/jo-bloggs.yaml")).doesNotExist();
  }

  @Test
  void newWithoutTheRequiredFieldsAndNoTerminalNamesThem() {
    Path repo = Fixtures.withTemplates(Fixtures.repo(tmp.resolve("repo")));
    CliRun.assertThat(run("--repo", repo.toString(), "new", "project", "delta-project"))
        .exitsWith(ExitCodes.USAGE)
        .errContains(
            "still missing: title, programme, workstream",
            "--set title=... --set programme=... --set workstream=...");
    assertThat(repo.resolve("content/projects/delta-project.md")).doesNotExist();
  }

  @Test
  void newRefusesToReuseAnIdOrTakeAnUnsafeOne() throws Exception {
    Path repo = Fixtures.withTemplates(Fixtures.repo(tmp.resolve("repo")));
    Path existing = repo.resolve("content/people/sam-sample.yaml");
    byte[] before = Files.readAllBytes(existing);
    CliRun.assertThat(
            run(
                "--repo",
                repo.toString(),
                "new",
                "project",
                "sam-sample",
                "--set",
                "title=x",
                "--set",
                "programme=synthetic-programme",
                "--set",
                "workstream=synthetic-workstream"))
        .exitsWith(ExitCodes.USAGE)
        .errContains("the id 'sam-sample' is already used by content/people/sam-sample.yaml");
    assertThat(Files.readAllBytes(existing)).isEqualTo(before);
    CliRun.assertThat(run("--repo", repo.toString(), "new", "project", "../../escape"))
        .exitsWith(ExitCodes.USAGE)
        .errContains("is not a safe id");
    CliRun.assertThat(run("--repo", repo.toString(), "new", "project", "x", "--set", "titel=x"))
        .exitsWith(ExitCodes.USAGE)
        .errContains("'titel' is not a field of a project; did you mean 'title'?");
  }

  @Test
  void newFillsTodayWhereTheArchetypeWantsADate() throws Exception {
    Path repo = Fixtures.withTemplates(Fixtures.repo(tmp.resolve("repo")));
    CliRun.assertThat(
            run(
                "--repo",
                repo.toString(),
                "new",
                "interdependency",
                "alpha-risk",
                "--set",
                "title=A risk",
                "--set",
                "type=risk",
                "--set",
                "project=alpha-project",
                "--set",
                "status=open"))
        .succeeds();
    assertThat(Files.readString(repo.resolve("content/interdependencies/alpha-risk.md")))
        .containsPattern("raised: \"\\d{4}-\\d{2}-\\d{2}\"");
  }

  @Test
  void listGivesIdsForScriptsAndCompletion() {
    Path repo = Fixtures.withTemplates(Fixtures.repo(tmp.resolve("repo")));
    assertThat(run("--repo", repo.toString(), "list", "person", "--format", "ids").out())
        .isEqualTo("alex-example\nsam-sample\n");
  }

  @Test
  void listFiltersAndSorts() {
    Path repo = Fixtures.withTemplates(Fixtures.repo(tmp.resolve("repo")));
    CliRun.assertThat(
            run(
                "--repo",
                repo.toString(),
                "list",
                "--where",
                "workstream=synthetic-workstream",
                "--sort",
                "title"))
        .succeeds()
        .outContains("alpha-project", "beta-project", "2 entities");
    CliRun.assertThat(run("--repo", repo.toString(), "list", "--where", "nonsense"))
        .exitsWith(ExitCodes.USAGE)
        .errContains("should be FIELD=VALUE");
  }

  @Test
  void showGivesRelationsBothWays() {
    Path repo = Fixtures.withTemplates(Fixtures.repo(tmp.resolve("repo")));
    CliRun.assertThat(run("--repo", repo.toString(), "show", "alex-example"))
        .succeeds()
        .outContains(
            "person alex-example  (content/people/alex-example.yaml)",
            "Chief Executive Sponsor of:",
            "Alpha project [project alpha-project]");
    CliRun.assertThat(run("--repo", repo.toString(), "show", "alpha-projct"))
        .exitsWith(ExitCodes.USAGE)
        .errContains("did you mean 'alpha-project'?");
  }

  @Test
  void csvExportOpensInSpreadsheets() throws Exception {
    Path repo = Fixtures.withTemplates(Fixtures.repo(tmp.resolve("repo")));
    Path out = tmp.resolve("people.csv");
    CliRun.assertThat(run("--repo", repo.toString(), "export", "person", "--out", out.toString()))
        .succeeds();
    byte[] bytes = Files.readAllBytes(out);
    assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(text).contains("\r\n").contains("Alex Example");
    // The organisation is named, not given as an id.
    assertThat(text).containsPattern(",Northshire Council,|,Southvale Council,");
  }

  @Test
  void xlsxHasOneSheetPerKindWithTextCells() throws Exception {
    Path repo = Fixtures.withTemplates(Fixtures.repo(tmp.resolve("repo")));
    CliRun.assertThat(
            run(
                "--repo",
                repo.toString(),
                "new",
                "organisation",
                "formula-council",
                "--set",
                "name==HYPERLINK(\"https://example.org\",\"Dùn Èideann\")",
                "--set",
                "type=council"))
        .succeeds();
    Path out = tmp.resolve("programme.xlsx");
    CliRun.assertThat(
            run("--repo", repo.toString(), "export", "--format", "xlsx", "--out", out.toString()))
        .succeeds();
    try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(out))) {
      assertThat(book.getNumberOfSheets()).isEqualTo(13);
      assertThat(book.getSheetName(0)).isEqualTo("programmes");
      var sheet = book.getSheet("organisations");
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("kind");
      boolean found = false;
      for (var row : sheet) {
        for (var cell : row) {
          assertThat(cell.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
          found |= cell.getStringCellValue().startsWith("=HYPERLINK(");
        }
      }
      assertThat(found).as("the formula-like name is kept as text").isTrue();
    }
    CliRun.assertThat(run("--repo", repo.toString(), "export", "--format", "xlsx"))
        .exitsWith(ExitCodes.USAGE)
        .errContains("give the file with --out");
  }

  @Test
  void graphFormatsAndFocus() {
    Path repo = Fixtures.withTemplates(Fixtures.repo(tmp.resolve("repo")));
    CliRun.assertThat(run("--repo", repo.toString(), "graph", "--format", "dot"))
        .succeeds()
        .outContains("digraph programme {", "\"alpha-project\" -> ");
    CliRun.assertThat(
            run("--repo", repo.toString(), "graph", "--format", "svg", "--focus", "alpha-project"))
        .succeeds()
        .outContains("<svg", "role=\"img\"", "Relations of alpha-project");
    CliRun.assertThat(run("--repo", repo.toString(), "graph", "--focus", "nope"))
        .exitsWith(ExitCodes.USAGE)
        .errContains("--focus 'nope' is not an id");
    CliRun.assertThat(run("--repo", repo.toString(), "graph", "--kind", "projekt"))
        .exitsWith(ExitCodes.USAGE)
        .errContains("is not a kind");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {
        "validate",
        "build",
        "serve",
        "list",
        "show",
        "graph",
        "brief",
        "diff",
        "new",
        "export"
      })
  void everyCommandHasHelpWithExamples(String command) {
    CliRun.assertThat(run(command, "--help"))
        .succeeds()
        .outContains("Usage: pmo " + command, "Examples:");
  }

  @Test
  void completionScriptCoversTheCommands() {
    CliRun.assertThat(run("completion"))
        .succeeds()
        .outContains(
            "complete -F _complete_pmo",
            "validate",
            "export",
            "local positionals=\"$(pmo list --format ids 2>/dev/null)\"",
            "local positionals=\"$(pmo list project --format ids 2>/dev/null)\"",
            "printf '%s\\n' programme anchor");
  }
}
