package scot.pmo.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.pmo.Fixtures;
import scot.pmo.Pipeline;
import scot.pmo.load.LoadLimits;
import scot.pmo.model.Diagnostic;
import scot.pmo.model.SourceRef;

class ReferenceValidatorTest {

  @TempDir Path tmp;

  @Test
  void unknownIdSuggestsTheClosestIdsOfTheRightKind() {
    List<Diagnostic> found = validate(Fixtures.repo(tmp, "unknown-reference"));

    assertThat(found).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("unknown-reference");
      assertThat(d.at()).isEqualTo(new SourceRef("content/projects/beta-project.md", 4, 13));
      assertThat(d.message()).isEqualTo("'workstream' names 'synthetic-worksteam', but there is"
          + " no workstream with that id");
      assertThat(d.hint()).isEqualTo("did you mean 'synthetic-workstream'?");
    });
  }

  @Test
  void idOfAnotherKindIsAWrongKindReference() {
    List<Diagnostic> found = validate(Fixtures.repo(tmp, "wrong-kind-reference"));

    assertThat(found).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("wrong-kind-reference");
      assertThat(d.at()).isEqualTo(new SourceRef("content/projects/alpha-project.md", 5, 9));
      assertThat(d.message()).isEqualTo("'anchor' names 'synthetic-working-group', which is an"
          + " organisation (content/organisations/synthetic-working-group.yaml), but it needs"
          + " an anchor");
    });
  }

  private static List<Diagnostic> validate(Path repo) {
    return new Pipeline(repo, LoadLimits.DEFAULT).validate().diagnostics().sorted();
  }
}
