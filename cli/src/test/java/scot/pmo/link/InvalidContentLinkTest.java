package scot.pmo.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.pmo.Fixtures;
import scot.pmo.load.LoadLimits;
import scot.pmo.testing.TestRepos;
import scot.pmo.validate.Validation;
import scot.pmo.workflow.Snapshot;
import scot.pmo.workflow.WorkflowContext;

/** The diff links content that failed validation: its wrong shapes must not break the graph. */
class InvalidContentLinkTest {

  @TempDir Path tmp;

  @Test
  void fieldsOfTheWrongShapeAreSkippedNotThrown() {
    Path repo = Fixtures.repo(tmp.resolve("repo"));
    TestRepos.write(
        repo,
        "content/case-studies/synthetic-case-study.md",
        """
        ---
        title: "A synthetic case study"
        summary: "Synthetic test data."
        themes:
          community: empowerment
        ---
        Synthetic test data.
        """);
    TestRepos.write(
        repo,
        "content/projects/beta-project.md",
        """
        ---
        title: "Beta project"
        programme: synthetic-programme
        workstream: synthetic-workstream
        team:
          role: project-director
        ---
        Synthetic test data.
        """);
    Snapshot snapshot = Snapshot.load(new WorkflowContext(repo, LoadLimits.DEFAULT));
    Validation validation = snapshot.validation();
    assertThat(validation.diagnostics().hasErrors()).isTrue();
    ProgrammeGraph graph = snapshot.graph();
    assertThat(graph.nodes()).isNotEmpty();
  }
}
