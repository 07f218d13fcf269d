package scot.pmo.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A date as content writes it: a day ({@code 2024-02-08}), a month ({@code 2023-10}) or a year
 * ({@code 2021}), written out in a {@link DateStyle} ("8 February 2024", "October 2023").
 */
public record PartialDate(String text, LocalDate start, Precision precision) {

  /** How much of the date is known. */
  public enum Precision {
    YEAR,
    MONTH,
    DAY
  }

  private static final Pattern FORM = Pattern.compile("[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?");

  /** The date {@code text} means, if it is in one of the three forms and is a real date. */
  public static Optional<PartialDate> parse(String text) {
    if (text == null || !FORM.matcher(text).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          switch (text.length()) {
            case 4 ->
                new PartialDate(text, LocalDate.of(Integer.parseInt(text), 1, 1), Precision.YEAR);
            case 7 -> new PartialDate(text, YearMonth.parse(text).atDay(1), Precision.MONTH);
            default -> new PartialDate(text, LocalDate.parse(text), Precision.DAY);
          });
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** The last day the date can mean: the end of its month or year when only those are known. */
  public LocalDate end() {
    return switch (precision) {
      case DAY -> start;
      case MONTH -> start.withDayOfMonth(start.lengthOfMonth());
      case YEAR -> start.withDayOfYear(start.lengthOfYear());
    };
  }

  /** The date written out in {@code style}: "8 February 2024", "October 2023" or "2021". */
  public String display(DateStyle style) {
    return style.format(this);
  }
}
