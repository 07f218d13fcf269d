package scot.pmo.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.pmo.Fixtures;
import scot.pmo.load.LoadLimits;
import scot.pmo.model.Diagnostic;
import scot.pmo.model.Severity;
import scot.pmo.model.SourceRef;
import scot.pmo.testing.TestRepos;
import scot.pmo.workflow.Snapshot;
import scot.pmo.workflow.WorkflowContext;

/**
 * Sources: an entity without one is reported under {@code --strict} once the programme cites any,
 * or always at the severity {@code pmo.yaml} gives; a source must name a reference.
 */
class SourceValidatorTest {

  @TempDir Path tmp;

  /** A synthetic organisation that cites nothing. */
  private static final String UNCITED =
      "name: \"Synthetic Council\"\ntype: council\nsummary: \"Synthetic test data.\"\n";

  @Test
  void theSampleCitesASourceForEveryEntity() {
    Path sample = TestRepos.copy(tmp.resolve("sample"));

    assertThat(validate(sample, true)).noneMatch(d -> d.code().equals(SourceValidator.CODE));
  }

  @Test
  void underStrictAnEntityWithoutASourceIsAWarningAtItsTitle() {
    Path sample = TestRepos.copy(tmp.resolve("sample"));
    TestRepos.write(sample, "content/organisations/synthetic-council.yaml", UNCITED);

    List<Diagnostic> found = of(validate(sample, true));

    assertThat(found)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.severity()).isEqualTo(Severity.WARNING);
              assertThat(d.at())
                  .isEqualTo(new SourceRef("content/organisations/synthetic-council.yaml", 1, 7));
              assertThat(d.message())
                  .isEqualTo(
                      "an organisation without a source: nothing says which document its facts"
                          + " come from");
              assertThat(d.hint()).contains("'sources:'", "- reference: <id>", "'note:'");
            });
    assertThat(of(validate(sample, false))).as("without --strict").isEmpty();
  }

  @Test
  void aProgrammeThatCitesNothingIsNotToldSoOnEveryFile() {
    Path repo = Fixtures.repo(tmp);

    assertThat(of(validate(repo, true))).isEmpty();
  }

  @Test
  void pmoYamlGivesTheRuleASeverityForEveryRunOrTurnsItOff() {
    Path repo = Fixtures.repo(tmp);
    TestRepos.write(repo, "pmo.yaml", "rules:\n  entity-without-source: error\n");

    List<Diagnostic> found = of(validate(repo, false));

    assertThat(found).hasSize(20).allMatch(d -> d.severity() == Severity.ERROR);

    Path sample = TestRepos.copy(tmp.resolve("sample"));
    TestRepos.write(sample, "content/organisations/synthetic-council.yaml", UNCITED);
    TestRepos.write(
        sample, "pmo.yaml", readSamplePmoYaml() + "rules:\n  " + SourceValidator.CODE + ": off\n");

    assertThat(of(validate(sample, true))).isEmpty();
  }

  @Test
  void aSourceMustNameAReference() {
    Path sample = TestRepos.copy(tmp.resolve("sample"));
    TestRepos.write(
        sample,
        "content/organisations/synthetic-council.yaml",
        UNCITED
            + "sources:\n"
            + "  - reference: programe-proposal-2021\n"
            + "  - reference: solace\n");

    List<Diagnostic> found =
        validate(sample, false).stream()
            .filter(d -> d.at().path().endsWith("synthetic-council.yaml"))
            .toList();

    assertThat(found)
        .extracting(Diagnostic::code, d -> d.at().line())
        .containsExactly(tuple("unknown-reference", 5), tuple("wrong-kind-reference", 6));
    assertThat(found.get(0).hint()).isEqualTo("did you mean 'programme-proposal-2021'?");
    assertThat(found.get(1).message()).contains("'solace'", "organisation", "a reference");
  }

  private static String readSamplePmoYaml() {
    try {
      return java.nio.file.Files.readString(TestRepos.REPO.resolve("pmo.yaml"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<Diagnostic> validate(Path repo, boolean strict) {
    WorkflowContext context = new WorkflowContext(repo, LoadLimits.DEFAULT);
    context.checkStrictly(strict);
    return Snapshot.load(context).validation().diagnostics().sorted();
  }

  private static List<Diagnostic> of(List<Diagnostic> found) {
    return found.stream().filter(d -> d.code().equals(SourceValidator.CODE)).toList();
  }
}
