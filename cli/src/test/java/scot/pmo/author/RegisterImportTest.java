package scot.pmo.author;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.pmo.load.LoadLimits;
import scot.pmo.load.sheet.Sheet;
import scot.pmo.model.Kind;
import scot.pmo.testing.TestRepos;
import scot.pmo.workflow.WorkflowContext;

/** Ids made from titles, their clashes, and rows' cells as field values. */
class RegisterImportTest {

  @TempDir static Path repo;
  private static RegisterImport people;
  private static RegisterImport risks;

  @BeforeAll
  static void copy() {
    TestRepos.copy(repo);
    WorkflowContext context = new WorkflowContext(repo, LoadLimits.DEFAULT);
    var catalogue = TestRepos.validation(repo).catalogue();
    people = new RegisterImport(repo, context.schemas(), catalogue, Kind.PERSON);
    risks = new RegisterImport(repo, context.schemas(), catalogue, Kind.INTERDEPENDENCY);
  }

  @Test
  void idsFollowTheRulesOfPmoNew() {
    assertThat(RegisterImport.idOf("Synthetic Risk: Café funding (2024)", Kind.INTERDEPENDENCY))
        .isEqualTo("synthetic-risk-cafe-funding-2024");
    assertThat(RegisterImport.idOf("CON", Kind.PERSON)).isEqualTo("con-person");
    String longId = RegisterImport.idOf("Synthetic word ".repeat(20), Kind.INTERDEPENDENCY);
    assertThat(longId).hasSizeLessThanOrEqualTo(80).endsWith("-word").doesNotContain("--");
  }

  private static Sheet sheet(List<String> headers, List<List<String>> rows) {
    List<Sheet.Row> out = new java.util.ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      out.add(new Sheet.Row(i + 2, rows.get(i)));
    }
    return new Sheet("people.csv", "", headers, 1, out, List.of());
  }

  @Test
  void rowsWithTheSameIdOrAnIdOfAnotherKindAreRefused() {
    Sheet sheet =
        sheet(
            List.of("Name", "Organisation", "Seniority"),
            List.of(
                List.of("Synthetic Person", "Fife Council", "Manager"),
                List.of("synthetic  person", "Fife Council", "Director"),
                List.of("Fife Council", "Fife Council", "other"),
                List.of("Angela Scott", "Aberdeen City Council", "chief executive")));
    List<RowPlan> plans = people.plan(sheet, people.mapping(sheet, Map.of()), Optional.empty());

    assertThat(plans.get(0).refused()).isFalse();
    assertThat(plans.get(0).path()).isEqualTo("content/people/synthetic-person.yaml");
    assertThat(plans.get(0).text())
        .isEqualTo("name: \"Synthetic Person\"\norganisation: fife-council\nseniority: manager\n");
    assertThat(plans.get(1).problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("duplicate-id");
              assertThat(p.message()).contains("as row 2 does");
              assertThat(p.column()).isEqualTo(0);
            });
    assertThat(plans.get(2).problems().get(0).message())
        .contains("already an organisation's, in content/organisations/fife-council.yaml");
    // An existing person of the same id is the same row imported before: updated, not replaced.
    assertThat(plans.get(3).existing()).isPresent();
    assertThat(plans.get(3).changes()).isFalse();
  }

  @Test
  void aNameThatMatchesNobodyIsReportedAtItsCell() {
    Sheet sheet =
        sheet(
            List.of("Title", "Type", "Project", "Owner", "Status", "Related projects", "Raised"),
            List.of(
                List.of(
                    "Synthetic risk",
                    "Risk",
                    "Active Communities",
                    "Angela Scot",
                    "Open",
                    "crerar-implementation; Active Communities",
                    "8/2/2024")));
    List<RowPlan> plans =
        risks.plan(
            sheet,
            risks.mapping(sheet, Map.of("Related projects", "projects[]")),
            Optional.empty());
    RowProblem problem = plans.get(0).problems().get(0);
    assertThat(problem.column()).isEqualTo(3);
    assertThat(problem.code()).isEqualTo("unknown-reference");
    assertThat(problem.hint()).contains("did you mean 'Angela Scott'?");

    Sheet fixed =
        sheet(
            sheet.headers(),
            List.of(
                List.of(
                    "Synthetic risk",
                    "Risk",
                    "Active Communities",
                    "Angela Scott",
                    "Open",
                    "crerar-implementation; Active Communities",
                    "8/2/2024")));
    RowPlan plan =
        risks
            .plan(
                fixed,
                risks.mapping(fixed, Map.of("Related projects", "projects[]")),
                Optional.empty())
            .get(0);
    assertThat(plan.problems()).isEmpty();
    assertThat(plan.text())
        .isEqualTo(
            """
            ---
            title: "Synthetic risk"
            type: risk
            project: active-communities
            projects:
              - crerar-implementation
              - active-communities
            status: open
            owner: angela-scott
            raised: 2024-02-08
            ---
            """);
  }

  @Test
  void cellDatesInTheFormsOfBritishRegisters() {
    assertThat(
            List.of(
                "08/02/2024", "8.2.24", "8 February 2024", "8th Feb 2024", "2024-02-08", "soon"))
        .extracting(CellValues::date)
        .containsExactly(
            "2024-02-08", "2024-02-08", "2024-02-08", "2024-02-08", "2024-02-08", "soon");
    assertThat(CellValues.choice("Within a month", List.of("imminent", "within-a-month")))
        .isEqualTo("within-a-month");
  }
}
