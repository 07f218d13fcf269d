package scot.pmo.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.pmo.Fixtures;
import scot.pmo.model.Diagnostic;
import scot.pmo.model.SourceRef;
import scot.pmo.testing.TestRepos;

class RoleValidatorTest {

  private static final String BETA = "content/projects/beta-project.md";

  @TempDir Path tmp;

  @Test
  void organisationInARoleForAPersonNamesBoth() {
    List<Diagnostic> found = validate(Fixtures.repo(tmp, "role-holder-kind"));

    assertThat(found)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("role-holder-kind");
              assertThat(d.at()).isEqualTo(new SourceRef(BETA, 11, 19));
              assertThat(d.message())
                  .isEqualTo(
                      "the role Project Director is held by a person"
                          + " ('person: ...'), not by an organisation");
              assertThat(d.hint()).isEqualTo("change the entry to name a person ('person: ...')");
            });
  }

  @Test
  void personWithoutTheSeniorityOfTheRoleIsIneligible() {
    List<Diagnostic> found = validate(Fixtures.repo(tmp, "role-ineligible"));

    assertThat(found)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("role-ineligible");
              assertThat(d.at()).isEqualTo(new SourceRef(BETA, 9, 13));
              assertThat(d.message())
                  .isEqualTo(
                      "Sam Sample (director) cannot hold the role Chief"
                          + " Executive Sponsor, which needs a person of seniority chief-executive");
            });
  }

  @Test
  void holderBeyondTheMaximumIsReportedOnce() {
    List<Diagnostic> found = validate(Fixtures.repo(tmp, "too-many-role-holders"));

    assertThat(found)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("too-many-role-holders");
              assertThat(d.at()).isEqualTo(new SourceRef(BETA, 12, 5));
            });
  }

  private static List<Diagnostic> validate(Path repo) {
    return TestRepos.validation(repo).diagnostics().sorted();
  }
}
