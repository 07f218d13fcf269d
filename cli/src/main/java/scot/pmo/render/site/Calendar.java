package scot.pmo.render.site;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import scot.pmo.model.Entity;
import scot.pmo.model.PartialDate;

/**
 * Meetings as iCalendar (RFC 5545): one file per meeting whose day is known, and one calendar of
 * them all. Lines end in CRLF and are folded at 75 octets; text values escape backslash, comma,
 * semicolon and line breaks. The time stamp is the site's as-of date, not the clock, so that two
 * builds write the same bytes.
 */
final class Calendar {

  private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

  private final SiteModel model;

  Calendar(SiteModel model) {
    this.model = model;
  }

  /** The day of a meeting, if its date names a day. */
  static Optional<LocalDate> day(Entity meeting) {
    return meeting
        .text("date")
        .flatMap(PartialDate::parse)
        .filter(d -> d.precision() == PartialDate.Precision.DAY)
        .map(PartialDate::start);
  }

  /** A calendar holding one meeting. */
  String single(Entity meeting) {
    return wrap(meeting.title(), List.of(meeting));
  }

  /** A calendar of every meeting whose day is known, in date order. */
  String all(List<Entity> meetings) {
    return wrap("Meetings of " + model.siteTitle(), meetings);
  }

  private String wrap(String name, List<Entity> meetings) {
    StringBuilder out = new StringBuilder();
    line(out, "BEGIN:VCALENDAR");
    line(out, "VERSION:2.0");
    line(out, "PRODID:-//pmo//Programme website//EN");
    line(out, "CALSCALE:GREGORIAN");
    line(out, "METHOD:PUBLISH");
    line(out, "X-WR-CALNAME:" + text(name));
    for (Entity m : meetings) {
      event(out, m);
    }
    line(out, "END:VCALENDAR");
    return out.toString();
  }

  private void event(StringBuilder out, Entity m) {
    LocalDate day = day(m).orElseThrow();
    line(out, "BEGIN:VEVENT");
    line(out, "UID:" + m.id() + "@" + model.programme.id() + ".pmo");
    line(out, "DTSTAMP:" + DATE.format(model.asOf) + "T000000Z");
    line(out, "DTSTART;VALUE=DATE:" + DATE.format(day));
    line(out, "DTEND;VALUE=DATE:" + DATE.format(day.plusDays(1)));
    line(out, "SUMMARY:" + text(m.title()));
    String description = Html.text(model.summary(m, model.page(m)));
    Optional<String> url = model.options.baseUrl().map(b -> b + model.page(m));
    String full = description + url.map(u -> (description.isEmpty() ? "" : "\n\n") + u).orElse("");
    if (!full.isEmpty()) {
      line(out, "DESCRIPTION:" + text(full));
    }
    url.ifPresent(u -> line(out, "URL:" + u));
    line(
        out,
        "STATUS:"
            + (m.text("status").map("cancelled"::equals).orElse(false)
                ? "CANCELLED"
                : "CONFIRMED"));
    line(out, "TRANSP:TRANSPARENT");
    line(out, "END:VEVENT");
  }

  /** A TEXT value with backslash, semicolon, comma and line breaks escaped. */
  static String text(String value) {
    return value
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n");
  }

  /** Appends a content line, folded so that no line is longer than 75 octets. */
  static void line(StringBuilder out, String content) {
    int octets = 0;
    int limit = 75;
    for (int i = 0; i < content.length(); ) {
      int cp = content.codePointAt(i);
      int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + size > limit) {
        out.append("\r\n ");
        octets = 1;
      }
      out.appendCodePoint(cp);
      octets += size;
      i += Character.charCount(cp);
    }
    out.append("\r\n");
  }
}
