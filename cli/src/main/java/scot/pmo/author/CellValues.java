package scot.pmo.author;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cell's text as a field's value: a choice as the schema spells it ("Within a month" is {@code
 * within-a-month}), a date as {@code YYYY-MM-DD} (from the day-first forms of British registers), a
 * list split on semicolons or commas. What cannot be read is kept as typed, for validation to
 * report with its fix.
 */
final class CellValues {

  private static final Pattern DAY_FIRST =
      Pattern.compile("([0-9]{1,2})[/.]([0-9]{1,2})[/.]([0-9]{4}|[0-9]{2})");
  private static final DateTimeFormatter WRITTEN =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .appendPattern("d MMM[M] uuuu")
          .toFormatter(Locale.UK);
  private static final DateTimeFormatter WRITTEN_LONG =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .appendPattern("d MMMM uuuu")
          .toFormatter(Locale.UK);

  private CellValues() {}

  /** The items of a list cell: split on semicolons if it has any, else on commas. */
  static List<String> items(String cell) {
    String separator = cell.indexOf(';') >= 0 ? ";" : ",";
    return Arrays.stream(cell.split(separator))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  /** One of {@code choices}, as the schema spells it, or the text as typed. */
  static String choice(String text, List<String> choices) {
    String spelt = text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
    return choices.contains(spelt) ? spelt : text.strip();
  }

  /**
   * A date as {@code YYYY-MM-DD}: already so, day first with slashes or dots (08/02/2024, 8.2.24),
   * or written out (8 February 2024, 8 Feb 2024); otherwise the text as typed.
   */
  static String date(String text) {
    String t = text.strip().replaceAll("\\s+", " ").replaceAll("(?<=\\d)(st|nd|rd|th)\\b", "");
    Matcher m = DAY_FIRST.matcher(t);
    if (m.matches()) {
      int year = Integer.parseInt(m.group(3));
      year = m.group(3).length() == 2 ? 2000 + year : year;
      try {
        return LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)))
            .toString();
      } catch (DateTimeException e) {
        return text.strip();
      }
    }
    for (DateTimeFormatter f : List.of(WRITTEN_LONG, WRITTEN)) {
      Optional<LocalDate> parsed = parse(t, f);
      if (parsed.isPresent()) {
        return parsed.get().toString();
      }
    }
    return text.strip();
  }

  private static Optional<LocalDate> parse(String text, DateTimeFormatter format) {
    try {
      return Optional.of(LocalDate.parse(text, format));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
