package scot.pmo.render.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import scot.pmo.testing.TestRepos;

class PdfPaperTest {

  private static final Map<String, byte[]> PDFS = new ConcurrentHashMap<>();

  static byte[] pdf(String project) {
    return PDFS.computeIfAbsent(
        project,
        p ->
            Papers.renderer(TestRepos.REPO)
                .render(Papers.briefing(TestRepos.REPO, p), PaperFormat.PDF));
  }

  /** The PDF's text without page numbers and the provenance line. */
  static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      String text = stripper.getText(doc);
      List<String> lines = new ArrayList<>();
      for (String line : text.split("\\R")) {
        if (!line.matches("Page \\d+ of \\d+") && !line.startsWith("Generated on ")) {
          lines.add(line);
        }
      }
      return String.join("\n", lines);
    }
  }

  @Test
  void hasTitleLanguageAndTaggedStructure() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf("active-communities"))) {
      assertThat(doc.getDocumentInformation().getTitle())
          .isEqualTo("Workstream 2 Project: Active Communities – briefing paper");
      assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
      assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
      assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
      assertThat(doc.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
      assertThat(doc.getDocumentInformation().getCreationDate().toInstant())
          .hasToString(TestRepos.PROVENANCE.timestamp());
      assertThat(doc.getPage(0).getMediaBox().getWidth())
          .isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
    }
  }

  @Test
  void textExtractsInReadingOrderWithTheHeadings() throws IOException {
    String text = text(pdf("crerar-implementation"));
    List<String> headings =
        List.of(
            "Workstream 2 Project: Crerar Implementation",
            "Purpose",
            "Background",
            "Project Approach",
            "Project Scope",
            "Governance",
            "Roles",
            "Chief Executive Sponsor Role",
            "Discovery Work",
            "Project Kick Off Meeting",
            "Expected Outcomes",
            "Further Reading",
            "Discovery work done to date");
    int at = -1;
    for (String heading : headings) {
      int next = text.indexOf("\n" + heading + "\n", at + 1);
      assertThat(next).as(heading + " after position " + at).isGreaterThan(at);
      at = next;
    }
    assertThat(
            Papers.renderer(TestRepos.REPO)
                .render(Papers.briefing(TestRepos.REPO, "crerar-implementation"), PaperFormat.PDF))
        .as("the same paper gives the same PDF bytes")
        .isEqualTo(pdf("crerar-implementation"));
  }

  @ParameterizedTest
  @CsvSource({
    "active-communities, 000_3702dd2a26198c56.txt",
    "crerar-implementation, 001_e352e6ccee9e7b0d.txt"
  })
  void textMatchesTheSeedWordForWord(String project, String seed) throws IOException {
    Path seedFile = TestRepos.SEEDS.resolve(seed);
    assumeThat(seedFile).exists();
    BriefingPaperTest.assertSeedText(seedFile, text(pdf(project)));
  }

  /** The names of the fonts the PDF's pages draw with, without their subset prefixes. */
  private static List<String> fonts(byte[] pdf) throws IOException {
    List<String> names = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (var page : doc.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          names.add(page.getResources().getFont(name).getName().replaceFirst("^[A-Z]{6}\\+", ""));
        }
      }
    }
    return names;
  }

  @Test
  void embedsEachFaceThePaperDrawsWith() throws IOException {
    // Each face is parsed when the paper first draws with it, from a supplier of its own.
    Paper paper = Papers.briefing(TestRepos.REPO, "active-communities");
    String style = "<html><head><style>body { font-family: 'Liberation Sans'; }</style></head>";
    String plain =
        style + "<body><p>Plain words and <strong>strong words</strong>.</p></body></html>";
    String italic =
        style
            + "<body><p>Plain words and <em>emphasis</em>, "
            + "<strong><em>both at once</em></strong>.</p></body></html>";

    assertThat(fonts(PdfWriter.write(plain, paper)))
        .containsExactlyInAnyOrder("LiberationSans", "LiberationSans-Bold");
    assertThat(fonts(PdfWriter.write(italic, paper)))
        .containsExactlyInAnyOrder(
            "LiberationSans", "LiberationSans-Italic", "LiberationSans-BoldItalic");
  }
}
