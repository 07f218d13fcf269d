package scot.pmo.render.site;

import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.text.ICalWriter;
import biweekly.property.CalendarScale;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.property.Method;
import biweekly.property.Status;
import biweekly.property.Transparency;
import com.github.mangstadt.vinnie.io.VObjectPropertyValues;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import scot.pmo.model.Entity;
import scot.pmo.model.PartialDate;

/**
 * Meetings as iCalendar (RFC 5545), written by biweekly: one file per meeting whose day is known,
 * and one calendar of them all. Each meeting is an all-day event; its UID is made from its id and
 * the programme's, and its time stamp is the site's as-of date rather than the clock, so that two
 * builds write the same bytes. Lines end in CRLF and are folded at 75 octets.
 */
final class Calendar {

  private static final String PRODUCT = "-//pmo//Programme website//EN";

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
    return write(calendar(meeting.title(), List.of(meeting)));
  }

  /** A calendar of every meeting whose day is known, in date order. */
  String all(List<Entity> meetings) {
    return write(calendar("Meetings of " + model.siteTitle(), meetings));
  }

  private ICalendar calendar(String name, List<Entity> meetings) {
    ICalendar ical = new ICalendar();
    ical.setProductId(PRODUCT);
    ical.setCalendarScale(CalendarScale.gregorian());
    ical.setMethod(Method.publish());
    // biweekly writes an unknown property's value as it is given: escape it as TEXT.
    ical.setExperimentalProperty("X-WR-CALNAME", VObjectPropertyValues.escape(name));
    for (Entity m : meetings) {
      ical.addEvent(event(m));
    }
    return ical;
  }

  private VEvent event(Entity m) {
    LocalDate day = day(m).orElseThrow();
    VEvent event = new VEvent();
    // A new VEvent has a random UID and the clock's time stamp: replace both.
    event.setUid(m.id() + "@" + model.programme.id() + ".pmo");
    event.setDateTimeStamp(Date.from(model.asOf.atStartOfDay(ZoneOffset.UTC).toInstant()));
    event.setDateStart(new DateStart(date(day), false));
    event.setDateEnd(new DateEnd(date(day.plusDays(1)), false));
    event.setSummary(m.title());
    String description = Html.text(model.summary(m, model.page(m)));
    Optional<String> url = model.options.baseUrl().map(b -> b + model.page(m));
    String full = description + url.map(u -> (description.isEmpty() ? "" : "\n\n") + u).orElse("");
    if (!full.isEmpty()) {
      event.setDescription(full);
    }
    url.ifPresent(event::setUrl);
    event.setStatus(
        m.text("status").map("cancelled"::equals).orElse(false)
            ? Status.cancelled()
            : Status.confirmed());
    event.setTransparency(Transparency.transparent());
    return event;
  }

  /**
   * A day as biweekly takes it: it writes a date without a time in the default time zone, so the
   * day starts in that zone too, and the file names the same day on every machine.
   */
  private static Date date(LocalDate day) {
    return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
  }

  /**
   * The calendar as text. biweekly's writer folds lines at 75 characters, which is more than 75
   * octets once a line holds letters outside ASCII, so it writes them whole and they are folded
   * here.
   */
  private static String write(ICalendar ical) {
    StringWriter text = new StringWriter();
    try (ICalWriter writer = new ICalWriter(text, ICalVersion.V2_0)) {
      writer.getVObjectWriter().getFoldedLineWriter().setLineLength(null);
      writer.write(ical);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    StringBuilder out = new StringBuilder(text.getBuffer().length() + 64);
    for (String line : text.toString().split("\r\n")) {
      line(out, line);
    }
    return out.toString();
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
