package scot.pmo.diff;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import scot.pmo.model.PartialDate;

/** Dates as people in Scotland write them, for the diff's sentences. */
final class Dates {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private Dates() {}

  /** "8 February 2024" for {@code 2024-02-08}; any other text as it is. */
  static String display(String iso) {
    try {
      return DAY.format(LocalDate.parse(iso));
    } catch (DateTimeParseException e) {
      return PartialDate.parse(iso).map(PartialDate::display).orElse(iso);
    }
  }
}
