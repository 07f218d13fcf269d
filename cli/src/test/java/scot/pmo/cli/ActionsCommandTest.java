package scot.pmo.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.pmo.cli.CliRun.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.pmo.testing.SyntheticRaid;
import scot.pmo.testing.TestRepos;

/**
 * {@code pmo actions} over a copy of the sample with the synthetic working view (two meetings' and
 * one risk's actions), as of the day of the second synthetic meeting.
 */
class ActionsCommandTest {

  private static final String AS_OF = "2024-03-14";

  @TempDir static Path tmp;
  static Path repo;

  @BeforeAll
  static void copy() {
    repo = TestRepos.copy(tmp.resolve("repo"));
    SyntheticRaid.addTo(repo);
  }

  @Test
  void everyActionSoonestDueFirstWithOverdueInWords() {
    CliRun run = run(repo, "actions", "--on", AS_OF);

    CliRun.assertThat(run).succeeds().errIsEmpty();
    assertThat(run.out().lines().toList())
        .containsExactly(
            "ID                                      TITLE                                        "
                + " OWNER             DUE         STATUS",
            "synthetic-cewg-2024-01/circulate-scope  Synthetic action: circulate the agreed scope "
                + " Derek Crichton    2024-02-01  done",
            "synthetic-risk-volunteer-capacity/1     Synthetic action: write to every council     "
                + " Angela Scott      2024-02-09  open, overdue",
            "synthetic-cewg-2024-01/draft-survey     Synthetic action: draft the council survey   "
                + " Monica Patterson  2024-02-29  open, overdue",
            "synthetic-cewg-2024-03/1                Synthetic action: report back on the survey  "
                + " Derek Crichton    2024-04-30  open",
            "4 actions, 2 overdue as of 2024-03-14");
  }

  @Test
  void overdueListsOnlyTheOverdue() {
    CliRun run = run(repo, "actions", "--overdue", "--on", AS_OF);

    CliRun.assertThat(run)
        .succeeds()
        .outContains(
            "synthetic-risk-volunteer-capacity/1",
            "synthetic-cewg-2024-01/draft-survey",
            "2 actions, 2 overdue as of 2024-03-14")
        .outDoesNotContain("circulate-scope", "synthetic-cewg-2024-03/1");
  }

  @Test
  void ownerListsOnlyThatPersonsActions() {
    CliRun run = run(repo, "actions", "--owner", "derek-crichton", "--on", AS_OF);

    CliRun.assertThat(run)
        .succeeds()
        .outContains(
            "synthetic-cewg-2024-01/circulate-scope",
            "synthetic-cewg-2024-03/1",
            "2 actions, none overdue as of 2024-03-14")
        .outDoesNotContain("Angela Scott", "Monica Patterson");
  }

  @Test
  void anotherDayMakesOtherActionsOverdue() {
    CliRun.assertThat(run(repo, "actions", "--overdue", "--on", "2024-05-01"))
        .succeeds()
        .outContains("synthetic-cewg-2024-03/1", "3 actions, 3 overdue as of 2024-05-01");
  }

  @Test
  void sayWhichFilterLeftNothing() {
    CliRun.assertThat(run(repo, "actions", "--overdue", "--on", "2024-01-01"))
        .succeeds()
        .outContains("No actions overdue on 2024-01-01.");
  }

  @Test
  void csvHasAColumnSayingOverdue() {
    CliRun run = run(repo, "actions", "--on", AS_OF, "--format", "csv");

    CliRun.assertThat(run).succeeds();
    assertThat(run.out().lines().toList())
        .contains(
            "\uFEFFid,title,owner,owner_name,due,status,overdue,source,at",
            "synthetic-cewg-2024-01/draft-survey,Synthetic action: draft the council survey,"
                + "monica-patterson,Monica Patterson,2024-02-29,open,overdue,"
                + "synthetic-cewg-2024-01,content/meetings/synthetic-cewg-2024-01.yaml:29:5");
  }

  @Test
  void jsonSaysEachOnesOwnerDueDateAndWhetherItIsOverdue() throws Exception {
    CliRun run = run(repo, "actions", "--on", AS_OF, "--format", "json");

    CliRun.assertThat(run).succeeds();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.path("asOf").asText()).isEqualTo(AS_OF);
    assertThat(json.path("actions")).hasSize(4);
    JsonNode risk = json.path("actions").get(1);
    assertThat(risk.path("id").asText()).isEqualTo("synthetic-risk-volunteer-capacity/1");
    assertThat(risk.path("title").asText()).isEqualTo("Synthetic action: write to every council");
    assertThat(risk.path("owner").asText()).isEqualTo("angela-scott");
    assertThat(risk.path("ownerName").asText()).isEqualTo("Angela Scott");
    assertThat(risk.path("due").asText()).isEqualTo("2024-02-09");
    assertThat(risk.path("status").asText()).isEqualTo("open");
    assertThat(risk.path("overdue").asBoolean()).isTrue();
    assertThat(json.path("actions").get(0).path("overdue").asBoolean()).isFalse();
  }

  @Test
  void theSampleAloneHasNoActions() {
    Path sample = TestRepos.copy(tmp.resolve("sample"));

    CliRun.assertThat(run(sample, "actions")).succeeds().outContains("No actions.");
  }

  @Test
  void anUnknownOwnerIsAUsageErrorWithTheNearestPerson() {
    CliRun.assertThat(run(repo, "actions", "--owner", "derek-crichtn"))
        .exitsWith(ExitCodes.USAGE)
        .outIsEmpty()
        .errContains(
            "--owner 'derek-crichtn' is not a person; did you mean 'derek-crichton'? the people"
                + " are: angela-scott, derek-crichton, lesley-brown, monica-patterson",
            "Run 'pmo actions --help' for the options.");
  }

  @Test
  void anOwnerThatIsNotAPersonIsAUsageError() {
    CliRun.assertThat(run(repo, "actions", "--owner", "active-communities"))
        .exitsWith(ExitCodes.USAGE)
        .errContains("--owner 'active-communities' is not a person;");
  }

  @Test
  void anUnknownFormatOrDateIsAUsageError() {
    CliRun.assertThat(run(repo, "actions", "--format", "xml"))
        .exitsWith(ExitCodes.USAGE)
        .errContains("--format");
    CliRun.assertThat(run(repo, "actions", "--on", "14/03/2024"))
        .exitsWith(ExitCodes.USAGE)
        .errContains("--on");
  }

  @Test
  void contentErrorsStopItAsOtherCommandsDo() {
    Path broken = TestRepos.copy(tmp.resolve("broken"));
    SyntheticRaid.addTo(broken);
    TestRepos.write(
        broken,
        "content/interdependencies/synthetic-broken.md",
        "---\ntitle: \"Synthetic broken record\"\ntype: risk\nstatus: open\n---\nSynthetic.\n");

    CliRun.assertThat(run(broken, "actions"))
        .exitsWith(ExitCodes.CONTENT)
        .outIsEmpty()
        .errContains(
            "content/interdependencies/synthetic-broken.md",
            "error[missing-field]",
            "pmo: stopped, because the content has errors");
  }

  @Test
  void shellCompletionKnowsTheCommandAndItsOptions() {
    CliRun.assertThat(run("completion"))
        .succeeds()
        .outContains("function _picocli_pmo_actions()", "--overdue", "--owner");
  }

  @Test
  void theHelpListsIt() {
    CliRun.assertThat(run("--help")).succeeds().outContains("actions");
  }
}
