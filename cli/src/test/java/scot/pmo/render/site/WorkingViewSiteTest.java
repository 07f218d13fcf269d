package scot.pmo.render.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nu.validator.client.EmbeddedValidator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import scot.pmo.load.LoadLimits;
import scot.pmo.model.Entity;
import scot.pmo.model.Kind;
import scot.pmo.workflow.Snapshot;
import scot.pmo.workflow.WorkflowContext;

/**
 * The working view's pages (the RAID log and its filters, the heat map, the actions, the milestone
 * chart, project status) on the sample with the synthetic RAID content, as of 2024-03-14; and on
 * the sample alone, which rates, assigns and assesses nothing.
 */
class WorkingViewSiteTest {

  private static Document parse(Path site, String page) throws IOException {
    return Jsoup.parse(site.resolve(page).toFile(), "UTF-8", "");
  }

  private static List<String> raidPages(Path site) {
    return SampleSite.pages(site).stream().filter(p -> p.startsWith("raid/")).toList();
  }

  @Test
  void everyNewPageIsValidHtml() throws Exception {
    Path site = WorkingSite.folder();
    EmbeddedValidator validator = new EmbeddedValidator();
    validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
    List<String> pages = new ArrayList<>(WorkingSite.NEW_PAGES);
    raidPages(site).stream().filter(p -> !pages.contains(p)).forEach(pages::add);
    List<String> errors = new ArrayList<>();
    for (String page : pages) {
      String report = validator.validate(site.resolve(page));
      report.lines().filter(l -> l.contains(": error")).forEach(l -> errors.add(page + ": " + l));
    }
    assertThat(pages).hasSizeGreaterThan(20);
    assertThat(errors).isEmpty();
  }

  @Test
  void theHeatMapCountsTheRatedLiveRisksAndItsTableSaysTheSame() throws IOException {
    Path site = WorkingSite.folder();
    // What the content says, read without the site's code: live risks by likelihood and impact.
    Snapshot snapshot =
        Snapshot.load(new WorkflowContext(site.getParent().resolve("repo"), LoadLimits.DEFAULT));
    Map<String, Integer> expected = new HashMap<>();
    for (Entity e : snapshot.catalogue().of(Kind.INTERDEPENDENCY)) {
      String status = e.text("status").orElse("");
      if (e.text("type").orElse("").equals("risk")
          && (status.equals("open") || status.equals("escalated"))
          && e.text("likelihood").isPresent()) {
        expected.merge(e.text("likelihood").get() + "x" + e.text("impact").get(), 1, Integer::sum);
      }
    }
    assertThat(expected).containsEntry("4x4", 1).containsEntry("3x2", 1).hasSize(2);

    Document log = parse(site, "raid/index.html");
    Element svg = log.selectFirst("#heat-map ~ .heat-map svg");
    assertThat(svg.attr("role")).isEqualTo("img");
    for (String id : svg.attr("aria-labelledby").split(" ")) {
      assertThat(svg.getElementById(id)).as(id).isNotNull();
    }
    assertThat(svg.selectFirst("title").text()).isNotBlank();
    assertThat(svg.selectFirst("desc").text()).contains("Likely and major: 1 risk, High.");
    Map<String, Integer> pictured = new HashMap<>();
    Elements cells = svg.select("g.heat-map__cell");
    assertThat(cells).hasSize(25);
    for (Element cell : cells) {
      int count = Integer.parseInt(cell.attr("data-count"));
      assertThat(cell.select("text").first().text()).isEqualTo(String.valueOf(count));
      assertThat(cell.select("text").get(1).text()).isEqualTo(cell.attr("data-band"));
      if (count > 0) {
        pictured.put(cell.attr("data-likelihood") + "x" + cell.attr("data-impact"), count);
      }
    }
    assertThat(pictured).isEqualTo(expected);
    Element high = svg.selectFirst("g[data-likelihood=4][data-impact=4]");
    assertThat(high.attr("data-band")).isEqualTo("High");

    // The table: rows from likelihood 5 down, columns from impact 1.
    Map<String, Integer> tabled = new HashMap<>();
    List<Element> rows = log.select("table.table--heat tbody tr");
    assertThat(rows).hasSize(5);
    for (int r = 0; r < 5; r++) {
      List<Element> tds = rows.get(r).select("td");
      assertThat(tds).hasSize(5);
      for (int c = 0; c < 5; c++) {
        String key = (5 - r) + "x" + (c + 1);
        int count =
            Integer.parseInt(
                tds.get(c).ownText().isBlank()
                    ? tds.get(c).selectFirst("a").text()
                    : tds.get(c).ownText().strip());
        if (count > 0) {
          tabled.put(key, count);
          Element link = tds.get(c).selectFirst("a");
          Element list = log.getElementById(link.attr("href").substring(1));
          assertThat(list.select("li")).hasSize(count);
        }
        assertThat(tds.get(c).selectFirst(".heat-map__band").text())
            .isEqualTo(
                svg.selectFirst("g[data-likelihood=" + (5 - r) + "][data-impact=" + (c + 1) + "]")
                    .attr("data-band"));
      }
    }
    assertThat(tabled).isEqualTo(expected);
    assertThat(log.getElementById("risks-4-4").text())
        .contains("High")
        .contains("Synthetic risk: too few volunteers to run the case studies");
  }

  @Test
  void eachFilterPageListsExactlyTheRecordsThatMatch() throws IOException {
    Path site = WorkingSite.folder();
    Document log = parse(site, "raid/index.html");
    List<Element> all = log.select("table.table--raid tbody tr");
    assertThat(all).hasSize(7);
    assertThat(log.select(".library__count").text()).isEqualTo("Showing 7 of 7 records");
    // Escalated first, then the highest score.
    assertThat(all.get(0).selectFirst("th").text())
        .isEqualTo("Synthetic risk: too few volunteers to run the case studies");
    assertThat(all.get(1).selectFirst("th").text())
        .isEqualTo("Synthetic issue: the survey platform is late");
    Map<String, Integer> column =
        Map.of("type", 1, "status", 2, "owner", 3, "project", 4, "rating", 5);
    List<Element> filters = log.select("nav.filters ul a");
    assertThat(filters).hasSizeGreaterThan(12);
    assertThat(filters.stream().map(a -> a.attr("href")))
        .contains(
            "../raid/type/risk.html",
            "../raid/status/escalated.html",
            "../raid/owner/derek-crichton.html",
            "../raid/project/active-communities.html",
            "../raid/rating/high.html");
    for (Element a : filters) {
      String href = a.attr("href");
      String facet = href.split("/")[2];
      String value = a.ownText().strip();
      List<String> expected =
          all.stream()
              .filter(
                  tr -> {
                    String cell = tr.child(column.get(facet) + 0).text();
                    return facet.equals("rating")
                        ? cell.matches("[0-9]+ " + value + "\\b.*")
                        : cell.equals(value);
                  })
              .map(tr -> tr.selectFirst("th").text())
              .toList();
      String page = href.substring(3);
      Document filtered = parse(site, page);
      assertThat(filtered.select("table.table--raid tbody th").eachText())
          .as(page)
          .isEqualTo(expected)
          .isNotEmpty();
      assertThat(a.selectFirst(".filters__count").text()).isEqualTo("(" + expected.size() + ")");
      assertThat(filtered.select(".library__count").text())
          .startsWith("Showing " + expected.size() + " of 7 records");
      Element current = filtered.selectFirst("nav.filters a[aria-current=page]");
      assertThat(current.attr("href")).as(page).isEqualTo("../../" + page);
      assertThat(filtered.select("nav.filters a[aria-current]")).hasSize(1);
      assertThat(filtered.select("h1").text()).contains(value);
    }
    assertThat(parse(site, "raid/rating/high.html").select("table.table--raid tbody th").eachText())
        .containsExactly(
            "Synthetic risk: too few volunteers to run the case studies",
            "Synthetic issue: the survey platform is late");
  }

  @Test
  void theRagShowsItsWordMeaningAndReasonOnTheProjectAndHomePages() throws IOException {
    Path site = WorkingSite.folder();
    Document project = parse(site, "projects/active-communities.html");
    Element status = project.getElementById("status").parent();
    assertThat(status.text())
        .contains("Amber (at risk)")
        .contains("assessed 1 March 2024")
        .contains("Synthetic reason: the survey platform is late");
    assertThat(project.select("#facts").text()).doesNotContain("Rag");
    Document home = parse(site, "index.html");
    Element row =
        home.selectFirst(
            "#project-status ~ div tr:has(a[href='projects/active-communities.html'])");
    assertThat(row.text())
        .contains("Amber (at risk)")
        .contains("Synthetic reason: the survey platform is late")
        .contains("1 March 2024");
    assertThat(home.select("#project-status ~ div").text()).contains("Green (on track)");
  }

  @Test
  void theMilestoneChartMarksTodayAndTheSlip() throws IOException {
    Document timeline = parse(WorkingSite.folder(), "timeline.html");
    Element svg = timeline.selectFirst("#milestone-chart ~ figure svg");
    assertThat(svg.attr("role")).isEqualTo("img");
    for (String id : svg.attr("aria-labelledby").split(" ")) {
      assertThat(svg.getElementById(id)).as(id).isNotNull();
    }
    Element today = svg.selectFirst("line.milestone-chart__today");
    assertThat(today.attr("data-date")).isEqualTo(WorkingSite.AS_OF);
    assertThat(svg.text()).contains("Today, 14 March 2024");
    // The line stands where the axis puts 14 March: between its ticks, in proportion.
    LocalDate from = LocalDate.parse(svg.attr("data-from"));
    LocalDate to = LocalDate.parse(svg.attr("data-to"));
    List<Element> ticks = svg.select("line.milestone-chart__tick");
    Element a = ticks.get(0);
    Element b = ticks.get(ticks.size() - 1);
    double xa = Double.parseDouble(a.attr("x1"));
    double xb = Double.parseDouble(b.attr("x1"));
    LocalDate da = LocalDate.parse(a.attr("data-date"));
    LocalDate db = LocalDate.parse(b.attr("data-date"));
    double perDay = (xb - xa) / ChronoUnit.DAYS.between(da, db);
    double expected = xa + perDay * ChronoUnit.DAYS.between(da, LocalDate.parse(WorkingSite.AS_OF));
    assertThat(Double.parseDouble(today.attr("x1")))
        .isCloseTo(expected, org.assertj.core.data.Offset.offset(0.2));
    assertThat(from).isBefore(LocalDate.parse(WorkingSite.AS_OF));
    assertThat(to).isAfter(LocalDate.parse(WorkingSite.AS_OF));

    Element slipped = svg.selectFirst("g[data-id=synthetic-survey-issued]");
    assertThat(slipped.text()).contains("slipped 42 days");
    assertThat(slipped.selectFirst(".milestone-chart__baseline").attr("data-date"))
        .isEqualTo("2024-02-15");
    assertThat(slipped.selectFirst(".milestone-chart__due").attr("data-date"))
        .isEqualTo("2024-03-28");
    Element row =
        timeline.selectFirst(
            "table.table--milestones tr:has(a[href$='synthetic-survey-issued.html'])");
    assertThat(row.select("td").eachText())
        .containsExactly(
            "Active Communities", "15 February 2024", "28 March 2024", "Planned", "42 days");
  }

  @Test
  void overdueActionsSayOverdueAndOpenOnesComeFirst() throws IOException {
    Document actions = parse(WorkingSite.folder(), "actions.html");
    List<Element> open = actions.select("#open-actions ~ div tbody tr");
    assertThat(open).hasSize(3);
    LocalDate asOf = LocalDate.parse(WorkingSite.AS_OF);
    int overdue = 0;
    for (Element tr : open) {
      String due = tr.child(2).text();
      boolean past =
          LocalDate.parse(
                  due,
                  java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK))
              .isBefore(asOf);
      assertThat(tr.child(3).text().contains("Overdue")).as(tr.text()).isEqualTo(past);
      overdue += past ? 1 : 0;
    }
    assertThat(overdue).isEqualTo(2);
    assertThat(open.get(0).text())
        .contains("Synthetic action: write to every council")
        .contains("Angela Scott")
        .contains("Overdue");
    assertThat(
            open.get(0)
                .selectFirst("a[href='interdependencies/synthetic-risk-volunteer-capacity.html']"))
        .isNotNull();
    assertThat(open.get(1).selectFirst("a[href='meetings/synthetic-cewg-2024-01.html']"))
        .isNotNull();
    List<Element> closed = actions.select("#closed-actions ~ div tbody tr");
    assertThat(closed).hasSize(1);
    assertThat(closed.get(0).text()).contains("Done, 30 January 2024").doesNotContain("Overdue");
    assertThat(actions.select(".library__count").text())
        .isEqualTo("4 actions: 3 open, of which 2 overdue as of 14 March 2024.");
  }

  @Test
  void recordAndMeetingPagesShowTheirWorkingView() throws IOException {
    Path site = WorkingSite.folder();
    Document risk = parse(site, "interdependencies/synthetic-risk-volunteer-capacity.html");
    assertThat(risk.getElementById("rating").parent().text())
        .contains("16 High")
        .contains("4 of 5: Likely")
        .contains("4 of 5: Major")
        .contains("Review overdue");
    assertThat(risk.getElementById("mitigation").parent().text())
        .contains("Synthetic mitigation: ask each council for a named contact.");
    assertThat(risk.getElementById("actions").parent().text())
        .contains("Synthetic action: write to every council")
        .contains("Overdue");
    Document meeting = parse(site, "meetings/synthetic-cewg-2024-03.html");
    assertThat(meeting.select("#agenda ~ ol li")).hasSize(4);
    assertThat(meeting.getElementById("attendees").parent().text())
        .contains("Angela Scott, Chair")
        .contains("Apologies");
    assertThat(meeting.getElementById("previous-meeting").parent().select("a").attr("href"))
        .isEqualTo("../meetings/synthetic-cewg-2024-01.html");
    Document first = parse(site, "meetings/synthetic-cewg-2024-01.html");
    assertThat(first.getElementById("decisions").parent().text())
        .contains("Synthetic decision: the group agrees the synthetic scope.");
  }

  @Test
  void theSampleWithNothingRatedSaysSo() throws IOException {
    Path site = SampleSite.folder();
    Document log = parse(site, "raid/index.html");
    assertThat(log.select("#heat-map ~ p").text()).startsWith("No risks are rated yet");
    assertThat(log.select("table.table--raid tbody tr")).hasSize(1);
    assertThat(log.select(".library__count").text()).isEqualTo("Showing 1 of 1 record");
    assertThat(raidPages(site)).doesNotContain("raid/rating/high.html");
    assertThat(parse(site, "actions.html").select("main").text())
        .contains("No actions are recorded yet");
    assertThat(parse(site, "index.html").getElementById("project-status")).isNull();
    assertThat(parse(site, "projects/active-communities.html").getElementById("status")).isNull();
    Document timeline = parse(site, "timeline.html");
    assertThat(timeline.select("table.table--milestones tbody tr")).hasSize(6);
    assertThat(timeline.selectFirst("line.milestone-chart__today").attr("data-date"))
        .isEqualTo("2024-02-08");
  }
}
