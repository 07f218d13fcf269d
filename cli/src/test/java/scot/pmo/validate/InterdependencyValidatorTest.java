package scot.pmo.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.pmo.Fixtures;
import scot.pmo.model.Diagnostic;
import scot.pmo.model.Severity;
import scot.pmo.testing.TestRepos;

class InterdependencyValidatorTest {

  private static final String ALPHA_RECORD = "content/interdependencies/alpha-depends-on-beta.md";

  @TempDir Path tmp;

  @Test
  void bothProjectsRecordingTheSameDependencyAlikeIsFine() throws IOException {
    Path repo = Fixtures.repo(tmp);
    addRecord(
        repo,
        "beta-depended-on-by-alpha",
        "beta-project",
        "depended-on-by",
        "alpha-project",
        "open");

    assertThat(validate(repo)).isEmpty();
  }

  @Test
  void recordsThatDisagreeOnTheStatusAreOneWarning() {
    List<Diagnostic> found = validate(Fixtures.repo(tmp, "contradictory-interdependency"));

    assertThat(found)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("contradictory-interdependency");
              assertThat(d.severity()).isEqualTo(Severity.WARNING);
              assertThat(d.at()).hasToString(ALPHA_RECORD + ":7:9");
            });
  }

  @Test
  void recordsThatDisagreeOnTheDirectionAreOneWarning() throws IOException {
    Path repo = Fixtures.repo(tmp);
    addRecord(repo, "beta-depends-on-alpha", "beta-project", "depends-on", "alpha-project", "open");

    List<Diagnostic> found = validate(repo);

    assertThat(found)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("contradictory-interdependency");
              assertThat(d.at()).hasToString(ALPHA_RECORD + ":5:11");
              assertThat(d.message())
                  .isEqualTo(
                      "this record says 'alpha-project' depends on"
                          + " 'beta-project', but content/interdependencies/beta-depends-on-alpha.md:5:11 says"
                          + " the opposite: 'beta-project' depends on 'alpha-project'");
            });
  }

  @Test
  void escalationWithoutDateOrGroupIsAWarning() throws IOException {
    Path repo = Fixtures.repo(tmp);
    Path record = repo.resolve(ALPHA_RECORD);
    Files.writeString(
        record, Files.readString(record).replace("status: open", "status: escalated"));

    List<Diagnostic> found = validate(repo);

    // To whom is this check's; when is the working rules' lifecycle-skip, said once.
    assertThat(found)
        .extracting(d -> d.code(), d -> d.severity(), d -> d.at().toString(), d -> d.message())
        .containsExactly(
            tuple(
                "escalation-incomplete",
                Severity.WARNING,
                ALPHA_RECORD + ":7:9",
                "the record is escalated but does not say to whom"),
            tuple(
                "lifecycle-skip",
                Severity.WARNING,
                ALPHA_RECORD + ":7:9",
                "the record is escalated but has no 'escalated' date"));
  }

  @Test
  void oneSidedRecordNamesTheRecordToAdd() {
    List<Diagnostic> found = validate(Fixtures.repo(tmp, "one-sided-interdependency"));

    assertThat(found)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("one-sided-interdependency");
              assertThat(d.hint())
                  .startsWith(
                      "add a record with 'project: alpha-project', 'relation:"
                          + " depends-on' and 'with: beta-project'");
            });
  }

  private static void addRecord(
      Path repo, String id, String project, String relation, String with, String status)
      throws IOException {
    Files.writeString(
        repo.resolve("content/interdependencies/" + id + ".md"),
        """
        ---
        title: "Synthetic record"
        type: interdependency
        project: %s
        relation: %s
        with: %s
        status: %s
        ---
        Synthetic test data.
        """
            .formatted(project, relation, with, status));
  }

  private static List<Diagnostic> validate(Path repo) {
    return TestRepos.validation(repo).diagnostics().sorted();
  }
}
