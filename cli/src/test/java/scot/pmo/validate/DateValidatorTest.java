package scot.pmo.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import scot.pmo.model.Catalogue;
import scot.pmo.model.Diagnostic;
import scot.pmo.model.Diagnostics;
import scot.pmo.model.Entity;
import scot.pmo.model.Kind;
import scot.pmo.model.SourceMap;
import scot.pmo.model.SourceRef;

class DateValidatorTest {

  @Test
  void yearMeansItsFirstDay() {
    assertThat(DateValidator.parse("2024")).contains(LocalDate.of(2024, 1, 1));
  }

  @Test
  void yearAndMonthMeansTheFirstOfTheMonth() {
    assertThat(DateValidator.parse("2021-06")).contains(LocalDate.of(2021, 6, 1));
  }

  @Test
  void fullDateIsThatDay() {
    assertThat(DateValidator.parse("2024-02-08")).contains(LocalDate.of(2024, 2, 8));
    assertThat(DateValidator.parse("2024-02-29")).contains(LocalDate.of(2024, 2, 29));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"2024-02-30", "2023-02-29", "2024-13", "2024-00", "2024-04-31", "2024-01-00"})
  void impossibleDatesAreNotDates(String text) {
    assertThat(DateValidator.parse(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "24",
        "2024-2-8",
        "8 February 2024",
        "08/02/2024",
        "2024-02-08T10:00",
        " 2024-02-08",
        "2024/02/08",
        "20240208"
      })
  void otherFormsAreNotDates(String text) {
    assertThat(DateValidator.parse(text)).isEmpty();
  }

  @Test
  void lastDayOfAPartialDateIsTheEndOfItsPeriod() {
    assertThat(DateValidator.lastDay("2024")).contains(LocalDate.of(2024, 12, 31));
    assertThat(DateValidator.lastDay("2024-02")).contains(LocalDate.of(2024, 2, 29));
    assertThat(DateValidator.lastDay("2024-02-08")).contains(LocalDate.of(2024, 2, 8));
    assertThat(DateValidator.lastDay("2024-02-30")).isEmpty();
  }

  @ParameterizedTest(name = "start {0}, end {1}")
  @CsvSource({
    "2024-02, 2024-01-31",
    "2024-02-10, 2024-02-09",
    "2024, 2023-12",
    "2024-05-10, 2024-04"
  })
  void endBeforeStartIsReportedAtTheEnd(String start, String end) {
    List<Diagnostic> found = validateMilestone(start, end);

    assertThat(found)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("date-order");
              assertThat(d.at()).isEqualTo(new SourceRef(PATH, 5, 6));
              assertThat(d.message())
                  .isEqualTo("'end' (" + end + ") comes before 'start' (" + start + ")");
            });
  }

  @ParameterizedTest(name = "start {0}, end {1}")
  @CsvSource({
    "2024-02, 2024-05",
    "2024-02, 2024-02",
    "2024-05-10, 2024-05",
    "2024-12-31, 2024",
    "2024-02-08, 2024-02-08",
    "2024-02, 2024-02-01"
  })
  void endInOrAfterTheStartPeriodIsFine(String start, String end) {
    assertThat(validateMilestone(start, end)).isEmpty();
  }

  @Test
  void impossibleDateInTheRightFormIsReported() {
    List<Diagnostic> found = validateMilestone("2024-02-30", "2024-05");

    assertThat(found)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("invalid-date");
              assertThat(d.at()).isEqualTo(new SourceRef(PATH, 4, 8));
              assertThat(d.message())
                  .isEqualTo("'start' is '2024-02-30', which is not a real date");
            });
  }

  private static final String PATH = "content/milestones/m.yaml";

  private static List<Diagnostic> validateMilestone(String start, String end) {
    ObjectNode data =
        JsonNodeFactory.instance
            .objectNode()
            .put("title", "Synthetic milestone")
            .put("programme", "synthetic-programme")
            .put("start", start)
            .put("end", end);
    SourceMap positions = new SourceMap(PATH);
    positions.putValue("", 1, 1);
    positions.putValue("/start", 4, 8);
    positions.putValue("/end", 5, 6);
    Entity milestone = new Entity(Kind.MILESTONE, "m", PATH, data, positions, "", 1);
    Diagnostics diagnostics = new Diagnostics();

    new DateValidator().validate(new Catalogue(List.of(milestone)), diagnostics);

    return diagnostics.sorted();
  }
}
