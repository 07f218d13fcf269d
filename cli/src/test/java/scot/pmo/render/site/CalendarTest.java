package scot.pmo.render.site;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.ParseWarning;
import biweekly.io.text.ICalReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalendarTest {

  /** A title with every character a TEXT value escapes, and more than 75 octets outside ASCII. */
  private static final String AWKWARD_TITLE =
      "Fife, Angus; Perth & Kinross \\ Dùn Dè\nCoinneamh mhòr nan comhairlean: "
          + "àireamhan, ùrachadh; “Ceàrn” – Ὀδυσσεύς 𝔘𝔫𝔦";

  @TempDir Path tmp;

  @Test
  void longLinesAreFoldedAt75OctetsWithoutSplittingACharacter() {
    StringBuilder out = new StringBuilder();
    Calendar.line(out, "SUMMARY:" + "Café – ".repeat(20));
    String text = out.toString();
    assertThat(text).endsWith("\r\n");
    String[] lines = text.split("\r\n");
    assertThat(lines.length).isGreaterThan(2);
    for (int i = 0; i < lines.length; i++) {
      assertThat(lines[i].getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
      if (i > 0) {
        assertThat(lines[i]).startsWith(" ");
      }
    }
    String unfolded = text.replace("\r\n ", "").replace("\r\n", "");
    assertThat(unfolded).isEqualTo("SUMMARY:" + "Café – ".repeat(20));
  }

  /**
   * Every calendar the sample site writes, with a meeting whose title needs escaping and folding,
   * is valid RFC 5545 as biweekly's own reader and validator see it, and reads back as written.
   */
  @Test
  void everyCalendarOfTheSampleIsValidAndReadsBackAsWritten() throws IOException {
    Path repo = tmp.resolve("repo");
    for (String part : List.of("content", "templates", "pmo.yaml")) {
      copy(SampleSite.REPO.resolve(part), repo.resolve(part));
    }
    Files.writeString(
        repo.resolve("content/meetings/awkward-title.yaml"),
        "title: \""
            + AWKWARD_TITLE.replace("\\", "\\\\").replace("\n", "\\n")
            + "\"\ntype: kick-off\ndate: \"2024-03-01\"\nstatus: cancelled\n"
            + "programme: solace-is-transformation\n",
        StandardCharsets.UTF_8);
    Path site =
        SampleSite.build(
            repo,
            tmp.resolve("site"),
            SiteOptions.defaults().withBaseUrl(Optional.of("https://example.org/programme/")));

    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(site)) {
      walk.filter(p -> p.toString().endsWith(".ics")).sorted().forEach(files::add);
    }
    assertThat(files).hasSizeGreaterThan(2).contains(site.resolve("calendar.ics"));
    for (Path file : files) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      assertThat(text).as(file.toString()).endsWith("\r\n").doesNotContain("\n\n");
      for (String line : text.split("\r\n")) {
        assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
      }
      try (ICalReader reader = new ICalReader(new StringReader(text))) {
        ICalendar ical = reader.readNext();
        List<ParseWarning> warnings = reader.getWarnings();
        assertThat(warnings).as(file + ": parse warnings").isEmpty();
        assertThat(reader.readNext()).as(file + ": one calendar").isNull();
        assertThat(ical.validate(ICalVersion.V2_0).isEmpty())
            .as(file + ": " + ical.validate(ICalVersion.V2_0))
            .isTrue();
        assertThat(ical.getProductId().getValue()).isEqualTo("-//pmo//Programme website//EN");
        assertThat(ical.getEvents()).as(file.toString()).isNotEmpty();
        for (VEvent event : ical.getEvents()) {
          assertThat(event.getUid().getValue()).endsWith("@solace-is-transformation.pmo");
          assertThat(event.getDateStart().getValue().hasTime()).isFalse();
          assertThat(event.getDateEnd().getValue().hasTime()).isFalse();
          assertThat(event.getDateTimeStamp().getValue().toInstant().toString())
              .endsWith("T00:00:00Z");
        }
      }
    }

    // A link's tags in the summary split neither words nor a word from its punctuation.
    try (ICalReader reader =
        new ICalReader(
            Files.readString(
                site.resolve("meetings/solace-2023-04-28.ics"), StandardCharsets.UTF_8))) {
      assertThat(reader.readNext().getEvents().get(0).getDescription().getValue())
          .contains("(see the governance text).\n");
    }

    String awkward =
        Files.readString(site.resolve("meetings/awkward-title.ics"), StandardCharsets.UTF_8);
    assertThat(awkward)
        .contains("SUMMARY:Fife\\, Angus\\; Perth & Kinross \\\\ Dùn Dè\\nCoinneamh")
        .contains("DTSTART;VALUE=DATE:20240301\r\n")
        .contains("DTEND;VALUE=DATE:20240302\r\n")
        .contains("STATUS:CANCELLED\r\n");
    assertThat(awkward.split("\r\n")).anyMatch(line -> line.startsWith(" "));
    try (ICalReader reader = new ICalReader(new StringReader(awkward))) {
      VEvent event = reader.readNext().getEvents().get(0);
      assertThat(event.getSummary().getValue()).isEqualTo(AWKWARD_TITLE);
      assertThat(event.getUid().getValue()).isEqualTo("awkward-title@solace-is-transformation.pmo");
      assertThat(
              event
                  .getDateStart()
                  .getValue()
                  .toInstant()
                  .atZone(ZoneId.systemDefault())
                  .toLocalDate())
          .isEqualTo(LocalDate.of(2024, 3, 1));
      assertThat(event.getUrl().getValue())
          .isEqualTo("https://example.org/programme/meetings/awkward-title.html");
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path source : (Iterable<Path>) walk::iterator) {
        Path dest = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(dest);
        } else {
          Files.createDirectories(dest.getParent());
          Files.copy(source, dest, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }
}
