package scot.pmo.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import scot.pmo.render.paper.EscalationReports;

/** Output names are compared as a case-insensitive, normalising file system compares them. */
class OutputNameValidatorTest {

  @Test
  void theEscalationReportsNameIsTheOneThePapersUse() {
    assertThat(OutputNameValidator.ESCALATION_REPORT).isEqualTo(EscalationReports.ID);
  }

  @Test
  void namesEqualAfterCaseFoldingAndNormalisationClash() {
    assertThat(OutputNameValidator.fold("projects/Index.html"))
        .isEqualTo(OutputNameValidator.fold("projects/index.html"));
    assertThat(OutputNameValidator.fold("texts/caf\u00e9.html"))
        .isEqualTo(OutputNameValidator.fold("texts/cafe\u0301.html"));
    assertThat(OutputNameValidator.fold("texts/stra\u00dfe.html"))
        .isEqualTo(OutputNameValidator.fold("texts/STRASSE.html"));
    assertThat(OutputNameValidator.fold("a.html")).isNotEqualTo(OutputNameValidator.fold("b.html"));
  }

  @Test
  void windowsDeviceNamesAreReserved() {
    assertThat(Ids.isWindowsReserved("con")).isTrue();
    assertThat(Ids.isWindowsReserved("lpt1")).isTrue();
    assertThat(Ids.isWindowsReserved("console")).isFalse();
  }
}
