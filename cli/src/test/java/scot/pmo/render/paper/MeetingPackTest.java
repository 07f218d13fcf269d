package scot.pmo.render.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.pmo.Golden;
import scot.pmo.model.Config;
import scot.pmo.render.markdown.MarkdownRenderer;
import scot.pmo.testing.SyntheticRaid;
import scot.pmo.testing.TestRepos;

/**
 * The pack of the second synthetic meeting of the Chief Executive Working Group, as of its date:
 * the golden HTML and Markdown, and what the programme office checks in it.
 */
class MeetingPackTest {

  static final LocalDate AS_OF = LocalDate.of(2024, 3, 14);

  @TempDir static Path tmp;
  static Path repo;
  static MeetingPack pack;
  static String html;
  static String markdown;

  @BeforeAll
  static void build() {
    repo = TestRepos.copy(tmp.resolve("repo"));
    SyntheticRaid.addTo(repo);
    TestRepos.Loaded loaded = Papers.loaded(repo);
    pack =
        new MeetingPacks(
                loaded.validation().catalogue(),
                loaded.graph(),
                new MarkdownRenderer(),
                Config.DEFAULT)
            .build(SyntheticRaid.SECOND_MEETING, AS_OF, TestRepos.PROVENANCE);
    html = Papers.renderer(repo).html(pack);
    markdown = Papers.renderer(repo).markdown(pack);
  }

  @Test
  void htmlMatchesTheGoldenFile() throws IOException {
    Golden.assertMatches(html, "papers/synthetic-cewg-2024-03-pack.html");
  }

  @Test
  void markdownMatchesTheGoldenFile() throws IOException {
    Golden.assertMatches(markdown, "papers/synthetic-cewg-2024-03-pack.md");
  }

  @Test
  void htmlIsValidForTheNuChecker() throws Exception {
    Path file = tmp.resolve("pack.html");
    Files.writeString(file, html);
    nu.validator.client.EmbeddedValidator validator = new nu.validator.client.EmbeddedValidator();
    validator.setOutputFormat(nu.validator.client.EmbeddedValidator.OutputFormat.GNU);
    assertThat(validator.validate(file).lines().filter(l -> l.contains(": error")))
        .as("the Nu checker's errors")
        .isEmpty();
  }

  @Test
  void isNamedAfterTheMeeting() {
    assertThat(pack.id()).isEqualTo("synthetic-cewg-2024-03-pack");
    assertThat(pack.title())
        .isEqualTo("Synthetic Chief Executive Working Group meeting, March 2024 – meeting pack");
  }

  @Test
  void titleBlockSaysWhoMeetsWhenAndWhoAttends() {
    Element header = Jsoup.parse(html).selectFirst("header.title-block");
    assertThat(header.select("h1").text())
        .isEqualTo("Synthetic Chief Executive Working Group meeting, March 2024");
    assertThat(header.text())
        .contains("Date 14 March 2024")
        .contains("Meeting of Chief Executive Working Group")
        .contains("Status Planned")
        .contains("Angela Scott")
        .contains("(Chair)")
        .contains("(Secretariat)")
        .contains("Apologies: Monica Patterson");
  }

  @Test
  void agendaIsNumberedAndPointsToTheHighlightReports() {
    Document doc = Jsoup.parse(html);
    List<String> items = doc.select("section.agenda ol > li").eachText();
    assertThat(items).hasSize(4);
    assertThat(items.get(1))
        .contains("Active Communities highlight report")
        .contains("Presenter: Derek Crichton")
        .contains("Highlight report: Active Communities");
    String target = doc.select("section.agenda ol > li").get(1).select("a").attr("href");
    assertThat(target).isEqualTo("#highlight-active-communities");
    assertThat(doc.getElementById("highlight-active-communities")).isNotNull();
    assertThat(markdown).contains("1. Synthetic item: minutes and actions of the last meeting");
  }

  @Test
  void highlightReportOfActiveCommunities() {
    Element report = Jsoup.parse(html).getElementById("highlight-active-communities");
    String text = report.text();
    assertThat(text)
        .contains("RAG status: Amber (at risk), assessed 1 March 2024")
        .contains("Synthetic reason: the survey platform is late")
        .contains(
            "Synthetic milestone: council survey issued, due 28 March 2024. 42 days later than"
                + " its baseline of 15 February 2024.")
        .contains("Synthetic decision needed: which councils join the first wave");
    List<String> risks = report.select("table.risks tbody tr").eachText();
    assertThat(risks).hasSize(1);
    assertThat(risks.get(0))
        .startsWith("Synthetic risk: too few volunteers to run the case studies")
        .contains("4 × 4 = 16")
        .contains("High");
    Element crerar = Jsoup.parse(html).getElementById("highlight-crerar-implementation");
    assertThat(crerar.text()).contains("Green (on track)").contains("3 × 2 = 6").contains("Medium");
  }

  @Test
  void aProjectWithoutRagSaysSo() {
    assertThat(pack.highlights().projects())
        .extracting(MeetingPack.Highlight::rag)
        .containsExactly("Amber (at risk)", "Green (on track)");
    Path bare = TestRepos.copy(tmp.resolve("bare"));
    SyntheticRaid.addTo(bare);
    TestRepos.write(
        bare,
        "content/projects/active-communities.md",
        read(bare.resolve("content/projects/active-communities.md"))
            .replaceAll("(?m)^rag(_reason|_date)?: .*\\n", ""));
    TestRepos.Loaded loaded = TestRepos.load(bare);
    MeetingPack without =
        new MeetingPacks(
                loaded.validation().catalogue(),
                loaded.graph(),
                new MarkdownRenderer(),
                Config.DEFAULT)
            .build(SyntheticRaid.SECOND_MEETING, AS_OF, TestRepos.PROVENANCE);
    assertThat(without.highlights().projects().get(0).rag()).isEqualTo("not recorded");
    assertThat(without.highlights().projects().get(0).ragReason()).isNull();
  }

  @Test
  void aMeetingWithNoOrganisersOrEarlierMeetingLeavesThoseSectionsOut() {
    Path other = TestRepos.copy(tmp.resolve("other"));
    SyntheticRaid.addTo(other);
    TestRepos.write(
        other,
        "content/meetings/synthetic-workshop.yaml",
        """
        title: "Synthetic workshop"
        summary: "Synthetic test data: a meeting invented for tests."
        type: workshop
        date: "2024-03-20"
        status: planned
        programme: solace-is-transformation
        agenda:
          - title: "Synthetic item: introductions"
        """);
    TestRepos.Loaded loaded = TestRepos.load(other);
    MeetingPack workshop =
        new MeetingPacks(
                loaded.validation().catalogue(),
                loaded.graph(),
                new MarkdownRenderer(),
                Config.DEFAULT)
            .build("synthetic-workshop", AS_OF, TestRepos.PROVENANCE);
    assertThat(workshop.escalations()).isNull();
    assertThat(workshop.previousActions()).isNull();
    assertThat(workshop.highlights()).isNull();
    assertThat(workshop.minutes()).isNull();
    Document doc = Jsoup.parse(Papers.renderer(other).html(workshop));
    assertThat(doc.select("h2").eachText()).containsExactly("Agenda");
    assertThat(Papers.renderer(other).markdown(workshop))
        .contains("1. Synthetic item: introductions")
        .doesNotContain("Escalations");
  }

  @Test
  void escalationsAreThoseToTheBodyThatMeets() {
    Element section = Jsoup.parse(html).selectFirst("section.escalations");
    assertThat(section.selectFirst("h2").text())
        .isEqualTo("Escalations to the Chief Executive Working Group");
    assertThat(section.select("h3").eachText()).containsExactly("Unlock community action");
    assertThat(section.select("tbody tr")).hasSize(3);
    assertThat(section.text())
        .contains("3 records")
        .contains("Synthetic issue: the survey platform is late")
        .contains("56 days ago")
        .doesNotContain("data-sharing");
    assertThat(markdown).contains("### Unlock community action").contains("#### Synthetic risk:");
  }

  @Test
  void actionsFromTheLastMeetingSayWhichAreOverdue() {
    Element section = Jsoup.parse(html).selectFirst("section.actions");
    assertThat(section.text())
        .contains(
            "From the Synthetic Chief Executive Working Group meeting, January 2024, 18 January"
                + " 2024.");
    List<String> rows = section.select("tbody tr").eachText();
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0))
        .contains("circulate the agreed scope")
        .contains("Done on 30 January 2024");
    assertThat(rows.get(1))
        .contains("draft the council survey")
        .contains("Monica Patterson")
        .contains("29 February 2024")
        .contains("Overdue by 14 days");
    assertThat(markdown).contains("**Overdue by 14 days**");
  }

  @Test
  void theMeetingsOwnActionsAreItsMinutes() {
    Element section = Jsoup.parse(html).selectFirst("section.minutes");
    assertThat(section.text()).contains("Synthetic action: report back on the survey");
    assertThat(section.select("h3").eachText()).containsExactly("Actions");
  }

  @Test
  void theClosedRiskIsNowhere() {
    assertThat(html).doesNotContain("clashes with recess");
    assertThat(markdown).doesNotContain("clashes with recess");
  }

  @Test
  void pdfHasTheTextOnMoreThanOnePageWithItsFontsEmbedded() throws IOException {
    byte[] bytes = Papers.renderer(repo).render(pack, PaperFormat.PDF);
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
      assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(pack.title());
      assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      assertThat(text)
          .contains("Amber (at risk)")
          .contains("4 × 4 = 16")
          .contains("Overdue by 14 days")
          .contains("42 days later than its baseline")
          .doesNotContain("clashes with recess");
      List<String> notEmbedded = new ArrayList<>();
      for (PDPage page : pdf.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          if (!font.isEmbedded()) {
            notEmbedded.add(font.getName());
          }
        }
      }
      assertThat(notEmbedded).isEmpty();
    }
  }

  @Test
  void wordHasTheSectionsAsHeadings() throws IOException {
    byte[] bytes = Papers.renderer(repo).render(pack, PaperFormat.DOCX);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      List<String> headings = new ArrayList<>();
      StringBuilder text = new StringBuilder();
      for (XWPFParagraph p : doc.getParagraphs()) {
        if ("Heading1".equals(p.getStyle())) {
          headings.add(p.getText());
        }
        text.append(p.getText()).append('\n');
      }
      assertThat(headings)
          .containsExactly(
              "Agenda",
              "Highlight reports",
              "Escalations to the Chief Executive Working Group",
              "Actions from the last meeting",
              "Decisions and actions of this meeting");
      assertThat(text)
          .contains("RAG status: Amber (at risk)")
          .contains("Overdue by 14 days")
          .contains("4 × 4 = 16");
      assertThat(doc.getProperties().getCoreProperties().getTitle()).isEqualTo(pack.title());
      assertThat(doc.getProperties().getCoreProperties().getSubject()).isEqualTo("Meeting pack");
    }
  }

  private static String read(Path file) {
    try {
      return java.nio.file.Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
