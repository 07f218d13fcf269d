package scot.pmo.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Dates are written out as pmo.yaml's dates.format says, as precisely as they are known. */
class DateStyleTest {

  private static String each(DateStyle style) {
    return String.join(
        " | ", style.format("2024-02-08"), style.format("2023-10"), style.format("2021"));
  }

  @Test
  void dayMonthYearIsTheDefault() {
    assertThat(Config.DEFAULT.dates().format()).isEqualTo(DateStyle.DAY_MONTH_YEAR);
    assertThat(each(DateStyle.DAY_MONTH_YEAR)).isEqualTo("8 February 2024 | October 2023 | 2021");
  }

  @Test
  void monthDayYearAndIso() {
    assertThat(each(DateStyle.MONTH_DAY_YEAR)).isEqualTo("February 8, 2024 | October 2023 | 2021");
    assertThat(each(DateStyle.ISO)).isEqualTo("2024-02-08 | 2023-10 | 2021");
  }

  @Test
  void stylesAreNamedAsPmoYamlNamesThem() {
    assertThat(DateStyle.named("month-day-year")).contains(DateStyle.MONTH_DAY_YEAR);
    assertThat(DateStyle.named("iso")).contains(DateStyle.ISO);
    assertThat(DateStyle.named("american")).isEmpty();
  }

  @Test
  void textThatIsNoDateStaysAsItIs() {
    assertThat(DateStyle.ISO.format("soon")).isEqualTo("soon");
  }
}
