package scot.pmo.render.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import scot.pmo.testing.TestRepos;

/**
 * {@link MeasuredFont} answers as PDFBox's own font would: a paper written with each face's widths
 * and glyphs from its tables is the same PDF, byte for byte, as one written with PDFBox working
 * them out each time. It relies on how openhtmltopdf uses a font, so a new version of either
 * library that breaks it fails here.
 */
class MeasuredFontTest {

  private static final PaperRenderer RENDERER = Papers.renderer(TestRepos.REPO);

  /**
   * Synthetic text: each face, scripts the font has, characters it lacks (a tick, a star, Chinese,
   * an emoji), a soft hyphen, a zero-width space, justified lines and a word too long for a line.
   */
  private static final String SYNTHETIC =
      """
      <section><h2>Synthetic text</h2>
      <p style="text-align: justify">Plain, <b>bold</b>, <i>italic</i> and <b><i>bold italic</i></b>
      words, fifty of them in all, set justified so that the spaces stretch: the quick brown fox
      jumps over the lazy dog again and again, “quoted” – dashed — and priced at £1,234.56 or €7.</p>
      <p>Ελληνικά, русский, Čeština, Cymraeg ŵ ŷ, and what the font lacks: ✓ ★ 漢字 \uD83D\uDE00.</p>
      <p>Soft\u00ADhyphen, zero\u200Bwidth, and a long word:
      Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogochllanfairpwllgwyngyllgogerychwyrn.</p>
      </section>
      """;

  @ParameterizedTest
  @ValueSource(strings = {"active-communities", "crerar-implementation"})
  void aPaperIsTheSameBytesEitherWay(String project) {
    Paper paper = Papers.briefing(TestRepos.REPO, project);
    String html = RENDERER.html(paper);
    byte[] plain = PdfWriter.write(html, paper, false);
    // The first paper written with the tables gives openhtmltopdf the faces' metrics; the second
    // is measured from the tables.
    assertThat(PdfWriter.write(html, paper, true)).isEqualTo(plain);
    assertThat(PdfWriter.write(html, paper, true)).isEqualTo(plain);
  }

  @Test
  void textOfEveryKindIsTheSameBytesEitherWay() throws IOException {
    Paper paper = Papers.briefing(TestRepos.REPO, "procurement");
    String html = RENDERER.html(paper).replace("</body>", SYNTHETIC + "</body>");
    byte[] plain = PdfWriter.write(html, paper, false);
    PdfWriter.write(html, paper, true);
    byte[] measured = PdfWriter.write(html, paper, true);
    assertThat(measured).isEqualTo(plain);
    try (PDDocument doc = Loader.loadPDF(measured)) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains("Ελληνικά, русский", "bold italic", "£1,234.56");
    }
  }
}
