package scot.pmo.render.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import scot.pmo.testing.TestRepos;

class DocxPaperTest {

  private static final Map<String, byte[]> DOCX = new ConcurrentHashMap<>();

  static byte[] docx(String project) {
    return DOCX.computeIfAbsent(
        project,
        p ->
            Papers.renderer(TestRepos.REPO)
                .render(Papers.briefing(TestRepos.REPO, p), PaperFormat.DOCX));
  }

  static XWPFDocument open(byte[] bytes) throws IOException {
    return new XWPFDocument(new ByteArrayInputStream(bytes));
  }

  /** The document's text, paragraph by paragraph, without the provenance line. */
  static String text(XWPFDocument doc) {
    List<String> lines = new ArrayList<>();
    for (XWPFParagraph p : doc.getParagraphs()) {
      if (!p.getText().startsWith("Generated on ")) {
        lines.add(p.getText());
      }
    }
    return String.join("\n", lines);
  }

  @Test
  void hasHeadingStylesListsAndProperties() throws IOException {
    try (XWPFDocument doc = open(docx("active-communities"))) {
      Map<String, String> styleOf = new java.util.LinkedHashMap<>();
      for (XWPFParagraph p : doc.getParagraphs()) {
        styleOf.putIfAbsent(p.getText(), p.getStyle());
      }
      assertThat(styleOf.get("Workstream 2 Project: Active Communities")).isEqualTo("Title");
      assertThat(styleOf.get("Purpose")).isEqualTo("Heading1");
      assertThat(styleOf.get("Project Scope")).isEqualTo("Heading2");
      assertThat(doc.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
      assertThat(doc.getStyles().getStyle("Heading3")).isNotNull();
      XWPFParagraph bullet =
          doc.getParagraphs().stream()
              .filter(p -> p.getText().equals("Project team build relationships"))
              .findFirst()
              .orElseThrow();
      assertThat(bullet.getNumID()).isNotNull();
      assertThat(bullet.getNumFmt()).isEqualTo("bullet");
      assertThat(doc.getParagraphs().stream().filter(p -> p.getNumID() != null).count())
          .isGreaterThan(30);
      var core = doc.getProperties().getCoreProperties();
      assertThat(core.getTitle())
          .isEqualTo("Workstream 2 Project: Active Communities – briefing paper");
      assertThat(core.getCreator()).isEqualTo("Solace/IS Transformation Work");
      assertThat(core.getCreated().toInstant()).hasToString(TestRepos.PROVENANCE.timestamp());
      assertThat(core.getIdentifier()).contains(TestRepos.PROVENANCE.commit());
      XWPFRun date =
          doc.getParagraphs().stream()
              .flatMap(p -> p.getRuns().stream())
              .filter(r -> "8 February 2024".equals(r.text()))
              .findFirst()
              .orElseThrow();
      assertThat(date.isBold()).isTrue();
    }
  }

  @Test
  void theProposalsContentsLeadToTheirSectionsInWord() throws Exception {
    EntityPaper paper =
        Papers.entityPaper(TestRepos.REPO, "programme-proposal", "solace-is-transformation");
    try (XWPFDocument doc = open(Papers.renderer(TestRepos.REPO).render(paper, PaperFormat.DOCX))) {
      // Each heading's bookmark, by name, and the heading's text.
      Map<String, String> headings = new java.util.HashMap<>();
      List<String> entries = new ArrayList<>();
      Map<String, String> linkedTo = new java.util.LinkedHashMap<>();
      for (XWPFParagraph p : doc.getParagraphs()) {
        for (var start : p.getCTP().getBookmarkStartList()) {
          headings.put(start.getName(), p.getText());
          assertThat(start.getName()).matches("_[A-Za-z0-9_]{1,39}");
        }
        for (var link : p.getCTP().getHyperlinkList()) {
          if (link.getAnchor() != null) {
            entries.add(p.getText());
            linkedTo.put(p.getText(), link.getAnchor());
          }
        }
      }
      assertThat(entries)
          .startsWith("Context", "Overall Approach")
          .contains("Initial High-Level Timescales")
          .hasSize(10);
      linkedTo.forEach(
          (entry, bookmark) -> assertThat(headings.get(bookmark)).as(entry).isEqualTo(entry));
      // Within the document: no link of the contents is a relationship to a file.
      assertThat(doc.getPackagePart().getRelationships())
          .noneMatch(r -> r.getTargetURI().toString().startsWith("#"));
    }
  }

  @Test
  void rendersTheSameBytesTwice() {
    byte[] again =
        Papers.renderer(TestRepos.REPO)
            .render(Papers.briefing(TestRepos.REPO, "active-communities"), PaperFormat.DOCX);
    assertThat(again).isEqualTo(docx("active-communities"));
  }

  @Test
  void pagesAreA4AndEveryPartIsDatedFromTheProvenance() throws IOException {
    byte[] bytes = docx("active-communities");
    try (XWPFDocument doc = open(bytes)) {
      var page = doc.getDocument().getBody().getSectPr().getPgSz();
      assertThat(page.getW()).hasToString("11906");
      assertThat(page.getH()).hasToString("16838");
    }
    java.time.LocalDateTime when =
        java.time.LocalDateTime.ofInstant(
            java.time.Instant.parse(TestRepos.PROVENANCE.timestamp()), java.time.ZoneOffset.UTC);
    List<String> names = new ArrayList<>();
    try (var zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        names.add(entry.getName());
        assertThat(entry.getTimeLocal()).as(entry.getName()).isEqualTo(when);
      }
    }
    assertThat(names).startsWith("[Content_Types].xml").contains("word/document.xml");
  }

  /**
   * Synthetic paper Markdown with each construct the writer knows, and text XML cannot hold as it
   * is: what Word reads back is what the Markdown says.
   */
  @Test
  void writesEachConstructAndEscapesWhatXmlCannotHold() throws IOException {
    String markdown =
        """
        # Synthetic title & <co>

        > Quoted paragraph
        >
        > - quoted item

        Line one\\
        line two with **bold *both*** and `code`, [a link](https://example.org/?a=1&b=2), \
        [unsafe](javascript:alert(1)) and a control \u0001 character.

        1. first
        2. second

        - bullet

        | Left | Right |
        |:-----|------:|
        | 1 |

        ---
        """;
    byte[] bytes = wordOf(markdown);
    try (XWPFDocument doc = open(bytes)) {
      List<XWPFParagraph> paragraphs = doc.getParagraphs();
      assertThat(paragraphs.get(0).getText()).isEqualTo("Synthetic title & <co>");
      assertThat(paragraphs.get(0).getStyle()).isEqualTo("Title");

      XWPFParagraph quoted = paragraph(doc, "Quoted paragraph");
      assertThat(quoted.getIndentationLeft()).isEqualTo(720);
      XWPFParagraph quotedItem = paragraph(doc, "quoted item");
      assertThat(quotedItem.getNumFmt()).isEqualTo("bullet");
      assertThat(quotedItem.getIndentationLeft()).isEqualTo(1440);

      XWPFParagraph prose =
          paragraph(
              doc,
              "Line one\nline two with bold both and code, a link, unsafe and a control  character.");
      List<XWPFRun> runs = prose.getRuns();
      XWPFRun bold = runs.stream().filter(r -> r.text().equals("bold ")).findFirst().orElseThrow();
      assertThat(bold.isBold()).isTrue();
      assertThat(bold.isItalic()).isFalse();
      XWPFRun both = runs.stream().filter(r -> r.text().equals("both")).findFirst().orElseThrow();
      assertThat(both.isBold()).isTrue();
      assertThat(both.isItalic()).isTrue();
      List<XWPFHyperlinkRun> links =
          runs.stream()
              .filter(XWPFHyperlinkRun.class::isInstance)
              .map(XWPFHyperlinkRun.class::cast)
              .toList();
      assertThat(links).hasSize(1);
      assertThat(links.get(0).text()).isEqualTo("a link");
      assertThat(links.get(0).getHyperlink(doc).getURL()).isEqualTo("https://example.org/?a=1&b=2");

      XWPFParagraph first = paragraph(doc, "first");
      XWPFParagraph bullet = paragraph(doc, "bullet");
      assertThat(first.getNumFmt()).isEqualTo("decimal");
      assertThat(paragraph(doc, "second").getNumID()).isEqualTo(first.getNumID());
      assertThat(bullet.getNumID()).isEqualTo(quotedItem.getNumID()).isNotEqualTo(first.getNumID());

      assertThat(doc.getTables()).hasSize(1);
      var table = doc.getTables().get(0);
      assertThat(table.getRows()).hasSize(2);
      assertThat(table.getRow(0).isRepeatHeader()).isTrue();
      assertThat(table.getRow(0).getCell(0).getText()).isEqualTo("Left");
      assertThat(table.getRow(0).getCell(0).getColor()).isEqualTo("F3F2F1");
      assertThat(table.getRow(0).getCell(1).getParagraphs().get(0).getAlignment())
          .isEqualTo(org.apache.poi.xwpf.usermodel.ParagraphAlignment.RIGHT);
      // The short row is filled to the table's width.
      assertThat(table.getRow(1).getTableCells()).hasSize(2);
      assertThat(table.getRow(1).getCell(1).getText()).isEmpty();

      XWPFParagraph rule = paragraphs.get(paragraphs.size() - 1);
      assertThat(rule.getBorderBottom()).isEqualTo(org.apache.poi.xwpf.usermodel.Borders.SINGLE);
    }
  }

  /**
   * Two fields each within the Markdown limits can, joined, go past them (here, synthetic text of
   * 600 link brackets): the paper is still written, as plain paragraphs with its text kept.
   */
  @Test
  void markdownPastTheLimitsIsWrittenAsPlainParagraphs() throws IOException {
    String brackets = "[".repeat(scot.pmo.markdown.MarkdownLimits.MAX_BRACKETS + 100);
    String markdown = "# Synthetic title\n\nOpening " + brackets + " closing *text*.\n";
    byte[] bytes = wordOf(markdown);
    try (XWPFDocument doc = open(bytes)) {
      assertThat(text(doc).lines())
          .containsExactly("# Synthetic title", "Opening " + brackets + " closing *text*.");
    }
  }

  private static XWPFParagraph paragraph(XWPFDocument doc, String text) {
    return doc.getParagraphs().stream()
        .filter(p -> p.getText().equals(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no paragraph \"" + text + "\" in " + text(doc)));
  }

  @ParameterizedTest
  @CsvSource({
    "active-communities, 000_3702dd2a26198c56.txt",
    "crerar-implementation, 001_e352e6ccee9e7b0d.txt"
  })
  void textMatchesTheSeedWordForWord(String project, String seed) throws IOException {
    Path seedFile = TestRepos.SEEDS.resolve(seed);
    assumeThat(seedFile).exists();
    try (XWPFDocument doc = open(docx(project))) {
      BriefingPaperTest.assertSeedText(seedFile, text(doc));
    }
  }

  @Test
  void linksAReferenceThatHasAnAddress(@TempDir Path tmp) throws IOException {
    Path repo = TestRepos.copy(tmp);
    // Synthetic test data: a reference with a web address, cited by a synthetic project.
    TestRepos.write(
        repo,
        "content/references/synthetic-online-report.yaml",
        """
        title: "Synthetic online report"
        type: report
        url: "https://example.org/synthetic-report"
        """);
    TestRepos.write(
        repo,
        "content/projects/synthetic-linked.md",
        """
        ---
        title: "Synthetic linked project"
        programme: solace-is-transformation
        workstream: workstream-2
        further_reading:
          - reference: synthetic-online-report
        ---
        """);
    byte[] bytes =
        Papers.renderer(repo).render(Papers.briefing(repo, "synthetic-linked"), PaperFormat.DOCX);
    try (XWPFDocument doc = open(bytes)) {
      List<XWPFHyperlinkRun> links =
          doc.getParagraphs().stream()
              .flatMap(p -> p.getRuns().stream())
              .filter(XWPFHyperlinkRun.class::isInstance)
              .map(XWPFHyperlinkRun.class::cast)
              .toList();
      assertThat(links).hasSize(1);
      assertThat(links.get(0).text()).isEqualTo("Synthetic online report");
      assertThat(links.get(0).getHyperlink(doc).getURL())
          .isEqualTo("https://example.org/synthetic-report");
    }
  }

  /**
   * {@code markdown} written as a Word paper, with the sample's active-communities paper's details.
   */
  private static byte[] wordOf(String markdown) {
    return DocxWriter.write(
        Papers.briefing(TestRepos.REPO, "active-communities"),
        markdown,
        new scot.pmo.render.markdown.MarkdownRenderer());
  }
}
