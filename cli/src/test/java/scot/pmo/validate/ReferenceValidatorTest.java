package scot.pmo.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import scot.pmo.Fixtures;
import scot.pmo.model.Diagnostic;
import scot.pmo.model.SourceRef;
import scot.pmo.testing.TestRepos;

class ReferenceValidatorTest {

  @TempDir Path tmp;

  @Test
  void unknownIdSuggestsTheClosestIdsOfTheRightKind() {
    List<Diagnostic> found = validate(Fixtures.repo(tmp, "unknown-reference"));

    assertThat(found)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("unknown-reference");
              assertThat(d.at())
                  .isEqualTo(new SourceRef("content/projects/beta-project.md", 4, 13));
              assertThat(d.message())
                  .isEqualTo(
                      "'workstream' names 'synthetic-worksteam', but there is"
                          + " no workstream with that id");
              assertThat(d.hint()).isEqualTo("did you mean 'synthetic-workstream'?");
            });
  }

  @Test
  void idOfAnotherKindIsAWrongKindReference() {
    List<Diagnostic> found = validate(Fixtures.repo(tmp, "wrong-kind-reference"));

    assertThat(found)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("wrong-kind-reference");
              assertThat(d.at())
                  .isEqualTo(new SourceRef("content/projects/alpha-project.md", 5, 9));
              assertThat(d.message())
                  .isEqualTo(
                      "'anchor' names 'synthetic-working-group', which is an"
                          + " organisation (content/organisations/synthetic-working-group.yaml), but it needs"
                          + " an anchor");
            });
  }

  @Test
  void sharedIdIsOneErrorAndDoesNotBreakReferencesToTheRightKind() throws IOException {
    Path repo = Fixtures.repo(tmp);
    // Sorts before content/projects/, so the organisation is the first file with the id.
    Files.writeString(
        repo.resolve("content/organisations/alpha-project.yaml"),
        "name: \"Alpha Project Board\"\ntype: working-group\n");

    List<Diagnostic> found = validate(repo);

    assertThat(found)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("duplicate-id");
              assertThat(d.at().path()).isEqualTo("content/projects/alpha-project.md");
              assertThat(d.message())
                  .isEqualTo(
                      "the id 'alpha-project' is already used by"
                          + " content/organisations/alpha-project.yaml");
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"yaml-syntax", "yaml-tag", "duplicate-key"})
  void referencesToAFileThatCannotBeReadAreNotReportedAsUnknown(String scenario) {
    List<Diagnostic> found = validate(Fixtures.repo(tmp, scenario));

    assertThat(found)
        .extracting(d -> d.at().path())
        .containsExactly("content/workstreams/synthetic-workstream.yaml");
  }

  @Test
  void referencesToAMarkdownFileWithoutFrontMatterAreNotReportedAsUnknown() {
    List<Diagnostic> found = validate(Fixtures.repo(tmp, "missing-front-matter"));

    assertThat(found).extracting(Diagnostic::code).containsExactly("missing-front-matter");
  }

  @Test
  void referencesToADeletedFileAreUnknown() {
    List<Diagnostic> found = validate(Fixtures.repo(tmp, "deleted-text"));

    assertThat(found)
        .extracting(Diagnostic::code)
        .containsExactly("unknown-reference", "unknown-reference");
    assertThat(found.get(0).hint())
        .isEqualTo("check the spelling, or add the text under content/texts/");
  }

  private static List<Diagnostic> validate(Path repo) {
    return TestRepos.validation(repo).diagnostics().sorted();
  }
}
