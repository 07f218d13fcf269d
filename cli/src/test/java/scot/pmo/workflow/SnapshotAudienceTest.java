package scot.pmo.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.pmo.Fixtures;
import scot.pmo.link.GraphNode;
import scot.pmo.load.LoadLimits;
import scot.pmo.model.Audience;
import scot.pmo.model.Entity;

/**
 * A snapshot seen by an audience: its catalogue and graph are what it may see, its problems all.
 */
class SnapshotAudienceTest {

  @TempDir Path tmp;

  @Test
  void theCatalogueAndGraphAreTheAudiencesAndTheProblemsAreTheWholeContents() throws IOException {
    Path repo = Fixtures.repo(tmp.resolve("repo"));
    Path sam = repo.resolve("content/people/sam-sample.yaml");
    Files.writeString(sam, Files.readString(sam) + "visibility: internal\n");
    Files.writeString(
        repo.resolve("content/people/dana-draft.yaml"),
        "# Synthetic test data.\nname: \"Dana Draft\"\norganisation: southvale-council\n"
            + "seniority: officer\ndraft: \"true\"\n");
    Snapshot whole = Snapshot.load(new WorkflowContext(repo, LoadLimits.DEFAULT));

    Snapshot seen = whole.seenBy(Audience.PUBLIC);

    assertThat(whole.audience()).isEqualTo(Audience.PREVIEW);
    assertThat(seen.audience()).isEqualTo(Audience.PUBLIC);
    assertThat(seen.catalogue().all())
        .extracting(Entity::id)
        .doesNotContain("sam-sample", "dana-draft");
    assertThat(seen.validation().catalogue()).isSameAs(seen.catalogue());
    assertThat(seen.graph().nodes())
        .extracting(GraphNode::id)
        .doesNotContain("sam-sample", "dana-draft");
    assertThat(seen.validation().diagnostics().sorted())
        .isEqualTo(whole.validation().diagnostics().sorted())
        .anyMatch(d -> d.code().equals("internal-reference"));
    assertThat(seen.seenBy(Audience.PUBLIC)).isSameAs(seen);
    assertThat(seen.seenBy(Audience.INTERNAL).catalogue().get("sam-sample")).isPresent();
    assertThat(seen.seenBy(Audience.PREVIEW).catalogue().get("dana-draft")).isPresent();

    Files.writeString(sam, Files.readString(sam).replace("Sam Sample", "Sam Sample, renamed"));
    Snapshot next = seen.afterEditOf("content/people/sam-sample.yaml");

    assertThat(next.audience()).as("an edit keeps the audience").isEqualTo(Audience.PUBLIC);
    assertThat(next.catalogue().get("sam-sample")).isEmpty();
    assertThat(next.seenBy(Audience.PREVIEW).catalogue().get("sam-sample").orElseThrow().title())
        .isEqualTo("Sam Sample, renamed");
  }
}
