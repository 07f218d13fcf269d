package scot.pmo.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.pmo.cli.CliRun.run;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.pmo.Fixtures;

class ListCommandTest {

  @TempDir Path tmp;

  @Test
  void unknownKindIsAUsageErrorThatListsTheKinds() {
    Path repo = Fixtures.repo(tmp);

    CliRun.assertThat(run("--repo", repo.toString(), "list", "nosuchkind"))
        .exitsWith(ExitCodes.USAGE)
        .outIsEmpty()
        .errContains(
            "'nosuchkind' is not a kind; the kinds are: programme, anchor, workstream,"
                + " project, role, person, organisation, meeting, case-study, reference,"
                + " interdependency, milestone, text");
  }

  @Test
  void listsOneKindByNameOrByFolder() {
    Path repo = Fixtures.repo(tmp);

    CliRun byName = run("--repo", repo.toString(), "list", "project");
    CliRun byFolder = run("--repo", repo.toString(), "list", "projects");

    CliRun.assertThat(byName)
        .succeeds()
        .outContains(
            "alpha-project",
            "Alpha project",
            "content/projects/alpha-project.md",
            "beta-project",
            "2 entities")
        .outDoesNotContain("synthetic-anchor");
    assertThat(byFolder.out()).isEqualTo(byName.out());
  }

  @Test
  void csvStartsWithAHeaderAndHasOneRowAnEntity() {
    Path repo = Fixtures.repo(tmp);

    CliRun list = run("--repo", repo.toString(), "list", "person", "--format", "csv");

    CliRun.assertThat(list).succeeds();
    assertThat(list.out().split("\n"))
        .containsExactly(
            "kind,id,title,path",
            "person,alex-example,Alex Example,content/people/alex-example.yaml",
            "person,sam-sample,Sam Sample,content/people/sam-sample.yaml");
  }

  @Test
  void listingContentWithErrorsSaysSoOnStandardError() {
    Path repo = Fixtures.repo(tmp, "yaml-syntax");

    CliRun.assertThat(run("--repo", repo.toString(), "list", "workstream"))
        .succeeds()
        .outContains("0 entities")
        .errContains("note: the content has errors; run 'pmo validate'");
  }
}
