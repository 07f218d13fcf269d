package scot.pmo.model;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * How dates are written out on the site, in the papers and in the diff's sentences: {@code
 * dates.format} in {@code pmo.yaml}.
 */
public enum DateStyle {
  /** "8 February 2024", "February 2024", "2024": the default. */
  DAY_MONTH_YEAR("day-month-year", "d MMMM yyyy", "MMMM yyyy"),
  /** "February 8, 2024", "February 2024", "2024". */
  MONTH_DAY_YEAR("month-day-year", "MMMM d, yyyy", "MMMM yyyy"),
  /** "2024-02-08", "2024-02", "2024": as content writes them. */
  ISO("iso", "yyyy-MM-dd", "yyyy-MM");

  private final String name;
  private final DateTimeFormatter day;
  private final DateTimeFormatter month;

  DateStyle(String name, String day, String month) {
    this.name = name;
    this.day = DateTimeFormatter.ofPattern(day, Locale.ENGLISH);
    this.month = DateTimeFormatter.ofPattern(month, Locale.ENGLISH);
  }

  /** The name {@code pmo.yaml} gives it, such as {@code day-month-year}. */
  public String configName() {
    return name;
  }

  /** The style named {@code name} in {@code pmo.yaml}, if there is one. */
  public static Optional<DateStyle> named(String name) {
    for (DateStyle style : values()) {
      if (style.name.equals(name)) {
        return Optional.of(style);
      }
    }
    return Optional.empty();
  }

  /** The date written out in this style, as precisely as it is known. */
  public String format(PartialDate date) {
    return switch (date.precision()) {
      case DAY -> day.format(date.start());
      case MONTH -> month.format(date.start());
      case YEAR -> String.valueOf(date.start().getYear());
    };
  }

  /** An ISO date ({@code 2024-02-08}, {@code 2024-02} or {@code 2024}) written out; else as is. */
  public String format(String iso) {
    return PartialDate.parse(iso).map(this::format).orElse(iso);
  }

  /** A day written out. */
  public String format(java.time.LocalDate day) {
    return format(day.toString());
  }
}
