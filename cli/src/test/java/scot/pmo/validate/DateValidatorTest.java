package scot.pmo.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
  @ValueSource(strings = {
    "2024-02-30", "2023-02-29", "2024-13", "2024-00", "2024-04-31", "2024-01-00"
  })
  void impossibleDatesAreNotDates(String text) {
    assertThat(DateValidator.parse(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "", "24", "2024-2-8", "8 February 2024", "08/02/2024", "2024-02-08T10:00", " 2024-02-08",
    "2024/02/08", "20240208"
  })
  void otherFormsAreNotDates(String text) {
    assertThat(DateValidator.parse(text)).isEmpty();
  }
}
