package scot.pmo.render.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.pmo.Golden;

class SiteBuildTest {

  @TempDir Path tmp;

  private static Document parse(Path site, String page) throws IOException {
    return Jsoup.parse(site.resolve(page).toFile(), "UTF-8", "");
  }

  @Test
  void keyPagesMatchTheirGoldenFiles() throws IOException {
    Path site = SampleSite.folder();
    for (String page :
        List.of(
            "index.html",
            "projects/active-communities.html",
            "people/monica-patterson.html",
            "interdependency-map.html")) {
      Golden.assertMatches(
          Files.readString(site.resolve(page), StandardCharsets.UTF_8), "site/" + page);
    }
  }

  @Test
  void twoBuildsOfTheSameContentAreByteIdentical() throws IOException {
    SiteOptions options =
        SiteOptions.defaults()
            .withBaseUrl(Optional.of("https://example.org/programme/"))
            .withHistory(SiteHistoryExamples.history());
    Path one = SampleSite.build(tmp.resolve("one"), options);
    Path two = SampleSite.build(tmp.resolve("two"), options);
    List<String> files = SampleSite.files(one);
    assertThat(SampleSite.files(two)).isEqualTo(files);
    for (String f : files) {
      assertThat(Files.readAllBytes(two.resolve(f)))
          .as(f)
          .isEqualTo(Files.readAllBytes(one.resolve(f)));
    }
  }

  @Test
  void everyPageHasTheLandmarksATitleAndOneHeading() throws IOException {
    Path site = SampleSite.folder();
    Map<String, String> titles = new HashMap<>();
    for (String page : SampleSite.pages(site)) {
      Document doc = parse(site, page);
      assertThat(doc.selectFirst("html").attr("lang")).as(page).isEqualTo("en-GB");
      assertThat(doc.select("h1")).as(page).hasSize(1);
      assertThat(doc.select("header")).as(page).isNotEmpty();
      assertThat(doc.select("nav")).as(page).isNotEmpty();
      assertThat(doc.select("main#main-content")).as(page).hasSize(1);
      assertThat(doc.select("footer")).as(page).isNotEmpty();
      assertThat(doc.selectFirst("a.skip-link").attr("href")).as(page).isEqualTo("#main-content");
      assertThat(doc.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
          .as(page)
          .contains("script-src 'self'");
      assertThat(doc.select("script:not([src])")).as(page + ": no inline script").isEmpty();
      assertThat(doc.html()).as(page).doesNotContainIgnoringCase("javascript:");
      String title = doc.title();
      assertThat(titles.put(title, page))
          .as("title '%s' of %s is also the title of another page", title, page)
          .isNull();
    }
  }

  @Test
  void everyEntityIsWithinThreeClicksOfHome() throws IOException {
    Path site = SampleSite.folder();
    Map<String, Integer> clicks = new HashMap<>();
    Deque<String> queue = new ArrayDeque<>();
    clicks.put("index.html", 0);
    queue.add("index.html");
    while (!queue.isEmpty()) {
      String page = queue.poll();
      int depth = clicks.get(page);
      if (depth == 3) {
        continue;
      }
      for (Element a : parse(site, page).select("a[href]")) {
        String href = a.attr("href").replaceAll("#.*$", "");
        if (href.isEmpty() || href.contains(":") || !href.endsWith(".html")) {
          continue;
        }
        String target =
            site.relativize(site.resolve(page).getParent().resolve(href).normalize())
                .toString()
                .replace('\\', '/');
        if (!clicks.containsKey(target) && Files.isRegularFile(site.resolve(target))) {
          clicks.put(target, depth + 1);
          queue.add(target);
        }
      }
    }
    var entityPages =
        SampleSite.pages(site).stream()
            .filter(
                p ->
                    p.contains("/")
                        && !p.endsWith("index.html")
                        && !p.contains("case-studies/theme/")
                        && !p.contains("case-studies/council/")
                        && !p.contains("case-studies/anchor/"))
            .toList();
    assertThat(entityPages).hasSizeGreaterThan(90);
    assertThat(entityPages).allSatisfy(p -> assertThat(clicks).as(p).containsKey(p));
  }

  @Test
  void relationsAppearOnBothSides() throws IOException {
    Path site = SampleSite.folder();
    Document project = parse(site, "projects/active-communities.html");
    assertThat(project.select("#related ~ dl a[href='../people/monica-patterson.html']"))
        .isNotEmpty();
    Document person = parse(site, "people/monica-patterson.html");
    assertThat(person.select("a[href='../projects/active-communities.html']")).isNotEmpty();
    assertThat(person.text()).contains("Chief Executive Sponsor of");
  }

  @Test
  void eachPageNamesItsSourcesAndAReferenceWhatCitesIt() throws IOException {
    Path site = SampleSite.folder();
    Document person = parse(site, "people/monica-patterson.html");
    assertThat(person.select("#sources").text()).isEqualTo("Source");
    assertThat(person.select(".source-list li").eachText())
        .containsExactly(
            "Workstream 2 Project: Active Communities, sections “Chief Executive Sponsor”,"
                + " “Background” Each anchor's Chief Executive sponsor comes from within the"
                + " Chief Executive Working Group: so she is a member of it.");
    assertThat(person.select(".source-list a").attr("href"))
        .isEqualTo("../references/active-communities-briefing-paper.html");
    assertThat(person.select("#related ~ dl dt").eachText()).doesNotContain("Sourced from");
    Document proposal = parse(site, "references/programme-proposal-2021.html");
    assertThat(proposal.select(".source-list li").text())
        .startsWith("2021 programme proposal, section “Contents”");
    Document briefing = parse(site, "references/active-communities-briefing-paper.html");
    assertThat(briefing.select("#related ~ dl dt").eachText()).contains("Source of");
    assertThat(briefing.select("#related ~ dl a[href='../people/monica-patterson.html']"))
        .isNotEmpty();
  }

  @Test
  void theHomePageSaysPlainlyWhenNothingIsComingUpAndNeverListsAPastMeeting() throws IOException {
    Path site =
        SampleSite.build(
            tmp.resolve("later"),
            SiteOptions.defaults().withAsOf(Optional.of(LocalDate.of(2026, 12, 6))));
    Document home = parse(site, "index.html");

    assertThat(home.select("#next ~ h3").eachText()).startsWith("Coming up", "Most recent");
    assertThat(home.select("#next ~ p").eachText())
        .contains(
            "Nothing is coming up: no meeting or milestone in the records is dated on or after"
                + " 6 December 2026.");
    assertThat(home.select("#next ~ h3 + ol"))
        .as("only the most recent have a list: the kick-offs of 2024 are not coming up")
        .hasSize(1);
    assertThat(home.select("#next ~ h3 + ol .timeline__title").eachText())
        .contains("Active Communities project kick off meeting");
    assertThat(home.select(".site-nav__link").eachText())
        .contains("About the programme", "Further reading");
  }

  @Test
  void contentLinksBecomeLinksToPages() throws IOException {
    Document programme = parse(SampleSite.folder(), "programmes/solace-is-transformation.html");
    assertThat(programme.select(".body a[href='../meetings/solace-office-bearers-2021-02.html']"))
        .isNotEmpty();
    Document study = parse(SampleSite.folder(), "case-studies/fife-working-for-place.html");
    assertThat(study.select(".body a[href='../meetings/fife-leadership-summit-2023.html']"))
        .isNotEmpty();
    assertThat(study.select("main h2").eachText())
        .contains("Workshop Summit Task – Q1: What is our ambition in this area?");
    assertThat(programme.select("a[href$='.md'], a[href$='.yaml']")).isEmpty();
  }

  @Test
  void caseStudyFiltersArePreRendered() throws IOException {
    Path site = SampleSite.folder();
    Document library = parse(site, "case-studies/index.html");
    assertThat(library.select("a[href='../case-studies/theme/place-based-working.html']"))
        .isNotEmpty();
    assertThat(library.select("a[href='../case-studies/council/fife-council.html']")).isNotEmpty();
    assertThat(library.select("a[href='../case-studies/anchor/unlock-community-action.html']"))
        .isNotEmpty();
    Document theme = parse(site, "case-studies/theme/place-based-working.html");
    assertThat(theme.select("[data-studies] > li").eachText())
        .allSatisfy(t -> assertThat(t).isNotBlank());
    assertThat(theme.select("[data-studies] > li"))
        .hasSize(library.select("[data-studies] > li[data-theme~=place-based-working]").size());
    assertThat(theme.selectFirst("h1").text()).isEqualTo("Case studies: Place based working");
  }

  @Test
  void timelineSortsPartialDatesAtTheStartOfTheirPeriodAndMeetingsHaveCalendars()
      throws IOException {
    Path site = SampleSite.folder();
    Document timeline = parse(site, "timeline.html");
    List<String> dates = timeline.select(".timeline__date").eachText();
    assertThat(dates).contains("October 2023", "29 November 2023", "8 February 2024");
    assertThat(dates.indexOf("October 2023")).isLessThan(dates.indexOf("29 November 2023"));
    String ics = Files.readString(site.resolve("meetings/active-communities-kick-off.ics"));
    assertThat(ics)
        .startsWith("BEGIN:VCALENDAR\r\n")
        .contains("DTSTART;VALUE=DATE:20240208\r\n")
        .contains("UID:active-communities-kick-off@solace-is-transformation.pmo\r\n")
        .endsWith("END:VCALENDAR\r\n");
    for (String line : ics.split("\r\n")) {
      assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
    }
    assertThat(Files.readString(site.resolve("calendar.ics")))
        .contains("active-communities-kick-off@")
        .doesNotContain("solace-branch-2023-10@");
  }

  @Test
  void searchIndexHoldsEveryPageAndTheLibraryIsCopied() throws IOException {
    Path site = SampleSite.folder();
    String index = Files.readString(site.resolve("search-index.js"));
    assertThat(index)
        .startsWith("// The search index")
        .contains("window.PMO_SEARCH_DOCS")
        .contains("\"id\":\"people/angela-scott.html\"")
        .contains("Crerar");
    assertThat(site.resolve("assets/lunr.min.js")).exists();
    assertThat(Files.readString(site.resolve("assets/lunr.min.js"))).contains("2.3.9");
  }

  @Test
  void withoutHistoryTheFeedIsAHeaderDatedByTheContentAndNoSitemapIsWritten() throws IOException {
    Path site = SampleSite.folder();
    String feed = Files.readString(site.resolve("feed.xml"));
    assertThat(feed).contains("<updated>2024-02-08T00:00:00Z</updated>").doesNotContain("<entry>");
    assertThat(parse(site, "changes.html").text()).contains("not available");
    assertThat(site.resolve("sitemap.xml")).doesNotExist();
  }

  @Test
  void historyGivesDatesChangesFeedEntriesAndTheBaseUrlASitemap() throws IOException {
    Path site =
        SampleSite.build(
            tmp.resolve("site"),
            SiteOptions.defaults()
                .withBaseUrl(Optional.of("https://example.org/programme"))
                .withHistory(SiteHistoryExamples.history()));
    assertThat(parse(site, "projects/active-communities.html").select(".page-meta").text())
        .contains("Last updated 8 February 2024 by A. Editor")
        .contains("First published 1 December 2023");
    Document changes = parse(site, "changes.html");
    assertThat(changes.select(".changes__title").eachText())
        .containsExactly("Add the Active Communities kick-off", "Add the programme");
    assertThat(changes.select("#change-abc123 a[href='projects/active-communities.html']"))
        .isNotEmpty();
    String feed = Files.readString(site.resolve("feed.xml"));
    assertThat(feed)
        .contains("<updated>2024-02-08T10:15:00Z</updated>")
        .contains(
            "<link rel=\"self\" type=\"application/atom+xml\" "
                + "href=\"https://example.org/programme/feed.xml\"/>")
        .contains("<id>urn:pmo:change:abc123</id>");
    assertThat(Files.readString(site.resolve("sitemap.xml")))
        .contains("<loc>https://example.org/programme/projects/active-communities.html</loc>")
        .doesNotContain("404.html");
    assertThat(Files.readString(site.resolve("meetings/active-communities-kick-off.ics")))
        .contains("URL:https://example.org/programme/meetings/active-communities-kick-off.html");
  }

  @Test
  void projectPagesLinkToThePapersAnExtraWrote() throws IOException {
    SiteExtra papers =
        staging -> {
          Path folder = Files.createDirectories(staging.resolve("papers"));
          Files.writeString(
              folder.resolve("active-communities.html"),
              "<!DOCTYPE html><html lang=\"en-GB\"><head><title>Paper</title></head><body><main><h1>Paper</h1></main></body></html>");
          Files.writeString(folder.resolve("active-communities.pdf"), "%PDF-1.7 made-up test data");
          Files.writeString(folder.resolve("cewg-escalation-report.md"), "# Report\n");
        };
    Path site =
        SampleSite.build(tmp.resolve("site"), SiteOptions.defaults().withExtras(List.of(papers)));
    Document project = parse(site, "projects/active-communities.html");
    assertThat(project.select("#briefing-paper ~ ul a").eachAttr("href"))
        .containsExactly("../papers/active-communities.html", "../papers/active-communities.pdf");
    assertThat(parse(site, "projects/crerar-implementation.html").select("#briefing-paper"))
        .isEmpty();
    Document list = parse(site, "briefing-papers.html");
    assertThat(list.select(".card__title").eachText())
        .containsExactly(
            "Active Communities briefing paper", "Chief Executive Working Group escalation report");
  }

  @Test
  void aProgrammeTooLargeForTheReadAcrossTableGetsTheListWithANote() throws IOException {
    // 900 synthetic entities hold 45 projects: more parties than the matrix shows.
    Path repo = tmp.resolve("large");
    scot.pmo.bench.SyntheticProgramme.generate(900, 11, repo);
    copyTemplates(repo);
    Path site =
        SampleSite.build(
            repo,
            tmp.resolve("large-site"),
            SiteOptions.defaults()
                .withPicture(
                    (selection, title, description) ->
                        Optional.of(
                            scot.pmo.render.graph.SvgGraphRenderer.render(
                                selection, title, description))));
    Document map = parse(site, "interdependency-map.html");
    assertThat(map.select("table.table--matrix")).isEmpty();
    assertThat(map.select("#matrix + p").text())
        .startsWith("This programme has ")
        .contains("too many for a table that reads across");
    assertThat(map.select(".dependency-list li")).hasSizeGreaterThanOrEqualTo(45);
    // Over 40 nodes: one picture per anchor, each with ids of its own and a file of its own.
    assertThat(map.select("figure.graph-picture")).hasSizeGreaterThan(1);
    assertThat(map.select("figcaption").first().text())
        .isEqualTo(
            "Interdependency map: Synthetic anchor 1. View the map full size (SVG). The same"
                + " information is given in the list below.");
    List<String> ids = map.select("[id]").eachAttr("id");
    assertThat(ids).doesNotHaveDuplicates();
    for (var link : map.select("figcaption a")) {
      assertThat(site.resolve(link.attr("href"))).isRegularFile();
    }
    for (var svg : map.select("figure svg")) {
      for (String id : svg.attr("aria-labelledby").split(" ")) {
        assertThat(svg.getElementById(id)).as(id).isNotNull();
      }
    }

    Document small = parse(SampleSite.folder(), "interdependency-map.html");
    assertThat(small.select("table.table--matrix")).hasSize(1);
  }

  private static void copyTemplates(Path repo) throws IOException {
    Path from = SampleSite.REPO.resolve("templates");
    try (var walk = Files.walk(from)) {
      for (Path f : walk.toList()) {
        Path to = repo.resolve("templates").resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(to);
        } else {
          Files.copy(f, to);
        }
      }
    }
  }
}
