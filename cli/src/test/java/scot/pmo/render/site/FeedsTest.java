package scot.pmo.render.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The feed's text is XML 1.0 whatever git gives it. */
class FeedsTest {

  @TempDir Path tmp;

  @Test
  void markupIsEscapedAndCharactersXmlCannotHoldAreLeftOut() {
    assertThat(Feeds.xml("Fife & Angus <b>'x'</b> \"y\""))
        .isEqualTo("Fife &amp; Angus &lt;b&gt;&apos;x&apos;&lt;/b&gt; &quot;y&quot;");
    assertThat(Feeds.xml("a bell\u0007, an escape\u001b[0m and a tab\tstay readable"))
        .isEqualTo("a bell, an escape[0m and a tab\tstay readable");
  }

  /**
   * The sample's feed, with a change whose title, author and message hold markup and characters XML
   * cannot hold, reads back through Rome's Atom 1.0 parser with every field intact, and has what
   * RFC 4287 requires of a feed and its entries.
   */
  @Test
  void theSampleFeedIsAtomThatReadsBackFieldForField() throws Exception {
    SiteHistory sample = SiteHistoryExamples.history();
    ChangeEntry awkward =
        new ChangeEntry(
            "fff999",
            "2024-03-01T09:30:00+01:00",
            "R\u0007obin <robin@example.org>",
            "Fife & Angus: <b>bold</b>\u001b[0m \"quoted\" \u0000NUL",
            "Line one\u000b\nLine two & <three>",
            List.of("content/projects/active-communities.md"));
    List<ChangeEntry> changes =
        Stream.concat(Stream.of(awkward), sample.changes().stream()).toList();
    Path site =
        SampleSite.build(
            tmp.resolve("site"),
            SiteOptions.defaults()
                .withBaseUrl(Optional.of("https://example.org/programme/"))
                .withHistory(SiteHistory.of(Map.of(), changes)));
    String xml = Files.readString(site.resolve("feed.xml"), StandardCharsets.UTF_8);

    WireFeedInput input = new WireFeedInput();
    input.setXmlHealerOn(false);
    Feed feed = (Feed) input.build(new StringReader(xml));

    assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
    assertThat(feed.getId()).isEqualTo("https://example.org/programme/feed.xml");
    assertThat(feed.getTitleEx().getValue())
        .isEqualTo("What changed: Solace/IS Transformation work");
    assertThat(feed.getSubtitle().getValue())
        .isEqualTo("Changes to the content of Solace/IS Transformation Work");
    assertThat(feed.getUpdated().toInstant()).isEqualTo(Instant.parse("2024-03-01T08:30:00Z"));
    assertThat(feed.getAuthors())
        .extracting(SyndPerson::getName)
        .containsExactly("Solace/IS Transformation Work");
    assertThat(feed.getGenerator().getValue()).isEqualTo("pmo");
    // Rome does not read xml:lang into the feed: the text must hold it.
    assertThat(xml).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en-GB\">");
    assertThat(feed.getOtherLinks())
        .extracting(Link::getRel, Link::getHref)
        .containsExactly(tuple("self", "https://example.org/programme/feed.xml"));
    assertThat(feed.getAlternateLinks())
        .extracting(Link::getHref)
        .containsExactly("https://example.org/programme/changes.html");

    List<Entry> entries = feed.getEntries();
    assertThat(entries)
        .extracting(Entry::getId)
        .containsExactly("urn:pmo:change:fff999", "urn:pmo:change:abc123", "urn:pmo:change:def456");
    for (Entry entry : entries) {
      // RFC 4287 4.1.2: each entry has an id, a title, an updated date and one alternate link.
      assertThat(entry.getTitleEx().getValue()).isNotBlank();
      assertThat(entry.getUpdated()).isNotNull();
      assertThat(entry.getAlternateLinks()).hasSize(1);
    }
    Entry first = entries.get(0);
    assertThat(first.getTitleEx().getValue())
        .isEqualTo("Fife & Angus: <b>bold</b>[0m \"quoted\" NUL");
    assertThat(first.getAuthors())
        .extracting(SyndPerson::getName)
        .containsExactly("Robin <robin@example.org>");
    assertThat(first.getSummary().getType()).isEqualTo("text");
    assertThat(first.getSummary().getValue()).isEqualTo("Line one\nLine two & <three>");
    assertThat(first.getUpdated().toInstant()).isEqualTo(Instant.parse("2024-03-01T08:30:00Z"));
    assertThat(first.getAlternateLinks().get(0).getHref())
        .isEqualTo("https://example.org/programme/changes.html#change-fff999");
    assertThat(entries.get(2).getAuthors()).isEmpty();
    assertThat(entries.get(2).getSummary()).isNull();
  }
}
