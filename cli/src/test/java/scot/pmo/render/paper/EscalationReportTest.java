package scot.pmo.render.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.pmo.testing.TestRepos;

class EscalationReportTest {

  @TempDir static Path tmp;
  static Path repo;
  static EscalationReport report;

  /** Synthetic test data, made up for this test: three RAID records, one already resolved. */
  @BeforeAll
  static void fixture() {
    repo = TestRepos.copy(tmp);
    TestRepos.write(
        repo,
        "content/interdependencies/synthetic-escalated-risk.yaml",
        """
        title: "Synthetic risk: volunteers lack time for the case study work"
        type: risk
        project: active-communities
        status: escalated
        owner: monica-patterson
        raised: "2024-01-10"
        escalated: "2024-02-01"
        escalated_to: chief-executive-working-group
        """);
    TestRepos.write(
        repo,
        "content/interdependencies/synthetic-open-issue.yaml",
        """
        title: "Synthetic issue: no shared place for the case studies"
        type: issue
        project: active-communities
        status: open
        raised: "2023-12-01"
        """);
    TestRepos.write(
        repo,
        "content/interdependencies/synthetic-resolved-issue.yaml",
        """
        title: "Synthetic issue: resolved and so not reported"
        type: issue
        project: crerar-implementation
        status: resolved
        raised: "2023-11-01"
        resolved: "2023-12-01"
        """);
    TestRepos.Loaded loaded = Papers.loaded(repo);
    report =
        new EscalationReports(loaded.validation().catalogue(), loaded.graph())
            .build(LocalDate.of(2024, 3, 1), TestRepos.PROVENANCE);
  }

  @Test
  void groupsLiveRecordsByAnchorEscalatedFirstWithTheirAge() {
    assertThat(report.asOf()).isEqualTo("1 March 2024");
    assertThat(report.heading()).isEqualTo("Chief Executive Working Group escalation report");
    assertThat(report.count()).isEqualTo("3 records");
    assertThat(report.groups())
        .extracting(EscalationReport.Group::anchor)
        .containsExactly(
            "Enable a functioning, trusted local and central government relationship",
            "Unlock community action");
    var community = report.groups().get(1).items();
    assertThat(community)
        .extracting(EscalationReport.Item::title)
        .containsExactly(
            "Synthetic risk: volunteers lack time for the case study work",
            "Synthetic issue: no shared place for the case studies");
    EscalationReport.Item escalated = community.get(0);
    assertThat(escalated.status()).isEqualTo("Escalated");
    assertThat(escalated.type()).isEqualTo("Risk");
    assertThat(escalated.age()).isEqualTo("51 days");
    assertThat(escalated.escalated())
        .isEqualTo("1 February 2024, to the Chief Executive Working Group");
    assertThat(escalated.escalatedAge()).isEqualTo("29 days");
    assertThat(escalated.owner()).isEqualTo("Monica Patterson");
    assertThat(community.get(1).age()).isEqualTo("91 days");
    assertThat(report.groups())
        .flatExtracting(EscalationReport.Group::items)
        .extracting(EscalationReport.Item::title)
        .noneMatch(t -> t.contains("resolved"));
  }

  @Test
  void rendersInEveryFormatAndStatesTheAsOfDate() throws IOException {
    PaperRenderer renderer = Papers.renderer(repo);
    Document html = Jsoup.parse(renderer.html(report));
    assertThat(html.select("h1").text())
        .isEqualTo("Chief Executive Working Group escalation report");
    assertThat(html.select("header").text()).contains("as of 1 March 2024");
    assertThat(html.select("h2").eachText())
        .containsExactly(
            "Summary",
            "Enable a functioning, trusted local and central government relationship",
            "Unlock community action");
    assertThat(html.select("table").get(1).select("tbody tr")).hasSize(2);
    assertThat(html.select("th[scope=col]")).isNotEmpty();
    String md = renderer.markdown(report);
    assertThat(md)
        .contains("as of **1 March 2024**")
        .contains("- Open for: 51 days")
        .contains("### Synthetic issue: no shared place for the case studies");
    try (PDDocument pdf = Loader.loadPDF(renderer.render(report, PaperFormat.PDF))) {
      assertThat(pdf.getDocumentInformation().getTitle())
          .isEqualTo("Chief Executive Working Group escalation report – 1 March 2024");
      assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
    }
    try (XWPFDocument docx =
        new XWPFDocument(new ByteArrayInputStream(renderer.render(report, PaperFormat.DOCX)))) {
      assertThat(docx.getParagraphs())
          .anyMatch(
              p ->
                  "Heading1".equals(p.getStyle()) && p.getText().equals("Unlock community action"));
    }
  }

  @Test
  void saysSoWhenNothingIsOpen(@TempDir Path empty) {
    Path bare = TestRepos.copy(empty);
    // Close the one record the real content has, in this copy only.
    TestRepos.write(
        bare,
        "content/interdependencies/crerar-implementation-depends-on-lgbf-peer-improvement.md",
        """
        ---
        title: "Synthetic: the record, closed"
        type: interdependency
        project: crerar-implementation
        relation: depends-on
        with: local-government-benchmarking-framework
        status: closed
        ---
        """);
    TestRepos.Loaded loaded = Papers.loaded(bare);
    EscalationReport none =
        new EscalationReports(loaded.validation().catalogue(), loaded.graph())
            .build(LocalDate.of(2024, 3, 1), TestRepos.PROVENANCE);
    String text = Jsoup.parse(Papers.renderer(bare).html(none)).select("main").text();
    assertThat(text)
        .isEqualTo(
            "Summary No interdependency, risk or issue is open or"
                + " escalated as of 1 March 2024.");
  }
}
