package scot.pmo.render.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import scot.pmo.model.Config;
import scot.pmo.render.markdown.MarkdownRenderer;
import scot.pmo.testing.SeedText;
import scot.pmo.testing.TestRepos;

/**
 * The papers of the kinds written from templates alone (programme proposal, event report, letter),
 * from the repository's own content: close to the seed documents they regenerate, and the same as
 * their golden files.
 */
class EntityPaperTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden/papers");

  /** How alike a paper's words and its seed's must be, at the least. */
  private static final double SIMILAR = 0.95;

  /**
   * The web page around the letter in seed 004, which the letter itself does not say: the page's
   * links and its loading message.
   */
  private static final List<String> WEB_PAGE_CHROME =
      List.of(
          "Skip to main content",
          "Language: English / Gàidhlig",
          "Loading…",
          "Seòmar agus comataidhean");

  /**
   * Each paper's words against its seed's (HTML, the source of the PDF, without the provenance
   * footer and the list of sources, which the seeds do not have). What stays different, and why:
   *
   * <ul>
   *   <li>002, the programme proposal (0.974): the cover adds the programme's title, "Programme
   *       proposal – 2021" and the Improvement Service's name, the seed having only its strapline
   *       there; the sections' headings, lost from the seed's text but for the last two, are in the
   *       paper; the footnotes follow the Context section rather than breaking a sentence at the
   *       page's end; the timetable is made from the programme's milestones, so its rows run in the
   *       order of their dates (all four span June to October) and it adds the two update reports
   *       to the IS Board, in September and December 2021; the contents' page numbers are in the
   *       PDF only.
   *   <li>003, the event report (0.953): the seed is the text of slides, and repeats the second
   *       design brief (once in part, once whole) and the first's heading at its end, which the
   *       content says once; the findings on place, on a slide after the design briefs, are pointed
   *       to from the question they answer; the header names the case study rather than "Strategy
   *       for Change Area", and the OCR's split words ("Mutli - agency", "S taff") are written
   *       whole.
   *   <li>004, the letter (0.995): the web page's chrome above is left out of the seed; the letter
   *       adds its addressee and date under its title and the sender's organisation under "Yours
   *       sincerely"; the seed runs the names of linked services together
   *       ("parentsportal.scotbisaccountDataHub"), which the content separates.
   * </ul>
   */
  @ParameterizedTest
  @CsvSource({
    "programme-proposal, solace-is-transformation, 002_2f944134debc00b7.txt",
    "event-report, fife-working-for-place, 003_5bacbf8c5bfcf5d8.txt",
    "letter, is-priorities-for-session-6-letter, 004_d67b3d5fb402c07c.txt"
  })
  void paperSaysWhatTheSeedSays(String kind, String id, String seed) throws IOException {
    Path seedFile = TestRepos.SEEDS.resolve(seed);
    assumeThat(seedFile).as("the seeds are beside the repository").exists();
    String seedText = Files.readString(seedFile, StandardCharsets.UTF_8);
    for (String chrome : WEB_PAGE_CHROME) {
      seedText = seedText.replace(chrome, "");
    }
    String html =
        Papers.renderer(TestRepos.REPO).html(Papers.entityPaper(TestRepos.REPO, kind, id));
    Document doc = Jsoup.parse(html);
    doc.select("footer.provenance, aside.sources").remove();
    double similarity =
        SeedText.similarity(SeedText.seedWords(seedText), SeedText.words(doc.body().text()));
    assertThat(similarity)
        .as("%s against seed %s: %.4f", kind, seed, similarity)
        .isGreaterThanOrEqualTo(SIMILAR);
  }

  @ParameterizedTest
  @CsvSource({
    "programme-proposal, solace-is-transformation, html",
    "programme-proposal, solace-is-transformation, md",
    "event-report, fife-working-for-place, html",
    "event-report, fife-working-for-place, md",
    "letter, is-priorities-for-session-6-letter, html",
    "letter, is-priorities-for-session-6-letter, md"
  })
  void matchesGoldenFile(String kind, String id, String format) throws IOException {
    PaperRenderer renderer = Papers.renderer(TestRepos.REPO);
    EntityPaper paper = Papers.entityPaper(TestRepos.REPO, kind, id);
    String actual = format.equals("html") ? renderer.html(paper) : renderer.markdown(paper);
    Path golden = GOLDEN.resolve(paper.id() + "." + format);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(golden).as("golden file; run with -Dgolden.update=true to create it").exists();
    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  @Test
  void theProposalHasACoverContentsAndTheMilestonesMonthByMonth() {
    EntityPaper paper =
        Papers.entityPaper(TestRepos.REPO, "programme-proposal", "solace-is-transformation");
    assertThat(paper.id()).isEqualTo("solace-is-transformation-programme-proposal");
    Document doc = Jsoup.parse(Papers.renderer(TestRepos.REPO).html(paper));
    assertThat(doc.select(".cover .strapline").text())
        .isEqualTo("The 'go to' organisation for Local Government improvement in Scotland");
    assertThat(doc.select("nav.contents a").eachText())
        .containsExactly(
            "Context",
            "Overall Approach",
            "The Initial Phase - An approach to transformation",
            "Developing the New Paradigm- areas for exploration",
            "Potential Partners",
            "Working with COSLA",
            "Research, Policy, Data and Evidence",
            "Post Chief Executive/Chief Officer Workshop",
            "Supporting the Programme",
            "Initial High-Level Timescales");
    for (String href : doc.select("nav.contents a").eachAttr("href")) {
      assertThat(doc.getElementById(href.substring(1))).as(href).isNotNull();
    }
    assertThat(doc.select(".timetable thead th[scope=col]").eachText())
        .containsExactly(
            "Milestone", "June", "July", "August", "September", "October", "November", "December");
    assertThat(doc.select(".timetable caption").text()).isEqualTo("Milestones, 2021");
    assertThat(months(doc, "Research phase"))
        .containsExactly(true, true, true, true, true, false, false);
    assertThat(months(doc, "Update report to the IS Board"))
        .containsExactly(
            false, false, false, true, false, false, false, false, false, false, false, false,
            false, true);
    assertThat(doc.select("footer.back-cover").text()).contains("Livingston EH54 6AX");
  }

  /** Whether each month is marked in the timetable's rows headed {@code title}, row by row. */
  private static List<Boolean> months(Document doc, String title) {
    return doc.select(".timetable tbody tr").stream()
        .filter(row -> row.selectFirst("th").text().equals(title))
        .flatMap(row -> row.select("td").stream())
        .map(cell -> cell.hasClass("on"))
        .toList();
  }

  @Test
  void theLetterOpensAndClosesAsItsFieldsSayWithoutPageNumbers() {
    EntityPaper paper =
        Papers.entityPaper(TestRepos.REPO, "letter", "is-priorities-for-session-6-letter");
    String html = Papers.renderer(TestRepos.REPO).html(paper);
    Document doc = Jsoup.parse(html);
    assertThat(doc.select(".letter-to").text())
        .isEqualTo("Local Government, Housing and Planning Committee");
    assertThat(doc.select(".letter-date").text()).isEqualTo("29 July 2021");
    assertThat(doc.select("main > p.salutation").text()).isEqualTo("Dear Ariane,");
    assertThat(doc.select("main > .sign-off").text())
        .isEqualTo("Yours sincerely Improvement Service");
    assertThat(doc.select("main > *").first().className()).isEqualTo("salutation");
    assertThat(doc.select("main > *").last().className()).isEqualTo("sign-off");
    assertThat(html).contains("@page { @bottom-center { content: none; } }");
  }

  @Test
  void theEventReportNamesItsEventAndTheKindsTitleFromPmoYaml() {
    EntityPaper paper =
        Papers.entityPaper(TestRepos.REPO, "event-report", "fife-working-for-place");
    Document doc = Jsoup.parse(Papers.renderer(TestRepos.REPO).html(paper));
    assertThat(doc.select(".title-block .programme").text())
        .isEqualTo("Fife Partnership Leadership Summit");
    assertThat(doc.select(".report-kind").text()).isEqualTo("Summary report – December 2022");
    assertThat(doc.select("main h2").eachText())
        .startsWith("Workshop Summit Task – Q1: What is our ambition in this area?")
        .contains("Our Description of a Design Brief To Get to Our Desired State");
  }

  @Test
  void anEventReportOfAMeetingWithoutABodyPrintsItsSummary() {
    TestRepos.Loaded loaded = Papers.loaded(TestRepos.REPO);
    Config.PaperKind eventReport = Config.DEFAULT.papers().kind("event-report").orElseThrow();
    Config.PaperKind ofMeetings =
        new Config.PaperKind(
            eventReport.name(),
            eventReport.title(),
            eventReport.template(),
            eventReport.model(),
            new Config.Selection(List.of("meeting"), Map.of("type", "summit"), List.of()),
            false,
            false,
            true);
    assertThat(EntityPapers.selected(loaded.validation().catalogue(), ofMeetings))
        .containsExactly("fife-leadership-summit-2023", "fife-partnership-leadership-summit");
    EntityPaper paper =
        new EntityPapers(
                loaded.validation().catalogue(),
                loaded.graph(),
                new MarkdownRenderer(),
                Config.DEFAULT)
            .build(ofMeetings, "fife-partnership-leadership-summit", TestRepos.PROVENANCE);
    Document doc = Jsoup.parse(Papers.renderer(TestRepos.REPO).html(paper));
    assertThat(doc.select("h1").text()).isEqualTo("Fife Partnership Leadership Summit");
    assertThat(doc.select(".report-kind").text()).isEqualTo("Event report");
    assertThat(doc.select("main .summary").text())
        .startsWith("Its workshops on the Strategy for Change Area \"Working for Place\" asked:");
    assertThat(doc.select("main h2")).isEmpty();
  }

  @Test
  void sourcesAreResolvedToTheirReferencesWithSectionAndPage(@TempDir Path tmp) throws IOException {
    Path repo = TestRepos.copy(tmp);
    // Synthetic test data: the case study's sources, one a reference with a web address.
    TestRepos.write(
        repo,
        "content/references/synthetic-web-page.yaml",
        """
        title: "Synthetic web page"
        type: web-page
        url: "https://example.org/synthetic"
        """);
    Path study = repo.resolve("content/case-studies/fife-working-for-place.md");
    String text = Files.readString(study, StandardCharsets.UTF_8);
    // The case study's own sources give way to these.
    Files.writeString(
        study,
        text.replaceFirst("(?s)\nsources:\n.*?\n---\n", "\n---\n")
            .replaceFirst(
                "\n---\n",
                "\nsources:\n"
                    + "  - reference: synthetic-web-page\n"
                    + "    section: \"2. Our Priorities\"\n"
                    + "    page: \"3\"\n"
                    + "  - reference: programme-proposal-2021\n"
                    + "    note: \"synthetic note\"\n"
                    + "---\n"),
        StandardCharsets.UTF_8);
    EntityPaper paper = Papers.entityPaper(repo, "event-report", "fife-working-for-place");
    assertThat(paper.anySources()).isTrue();
    String md = Papers.renderer(repo).markdown(paper);
    assertThat(md)
        .contains(
            "- [Synthetic web page](<https://example.org/synthetic>), 2. Our Priorities, page 3")
        .contains("- 2021 programme proposal (synthetic note)");
  }
}
