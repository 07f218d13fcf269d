package scot.pmo.render.paper;

import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.BreakIterator;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * Writes a paper's HTML as a tagged PDF (PDF/UA): title, language and structure for screen readers,
 * Liberation Sans embedded for every glyph, no resource fetched from anywhere. The dates and the
 * document id come from the paper, never the clock, so the same paper gives the same bytes.
 */
final class PdfWriter {

  /** The embedded font family; the style sheet names it first. */
  static final String FONT = "Liberation Sans";

  private PdfWriter() {}

  static byte[] write(String html, Paper paper) {
    XRLog.setLoggingEnabled(false);
    org.w3c.dom.Document dom = new W3CDom().fromJsoup(Jsoup.parse(html));
    PDDocument target = new PDDocument();
    PdfRendererBuilder builder =
        new PdfRendererBuilder()
            .usePDDocument(target)
            .usePdfUaAccessibility(true)
            .withProducer("pmo")
            .withW3cDocument(dom, "about:blank")
            .useExternalResourceAccessControl(
                (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
            .useExternalResourceAccessControl(
                (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
            .useUnicodeLineBreaker(new ProseLineBreaker())
            .useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, FONT_METRICS);
    font(builder, target, "Regular", 400, FontStyle.NORMAL);
    font(builder, target, "Bold", 700, FontStyle.NORMAL);
    font(builder, target, "Italic", 400, FontStyle.ITALIC);
    font(builder, target, "BoldItalic", 700, FontStyle.ITALIC);

    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16); // a paper is tens of KB
    try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
      renderer.createPDFWithoutClosing();
      try (PDDocument document = renderer.getPdfDocument()) {
        fixMetadata(document, paper, html);
        document.save(out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the PDF of " + paper.id(), e);
    }
    return out.toByteArray();
  }

  /**
   * Breaks lines where prose allows. The library's default also breaks before every '/', as if each
   * word were a web address, which split "skills/capacities" across lines before the slash.
   */
  private static final class ProseLineBreaker implements FSTextBreaker {
    private final BreakIterator lines = BreakIterator.getLineInstance(Locale.UK);

    @Override
    public int next() {
      return lines.next();
    }

    @Override
    public void setText(String text) {
      lines.setText(text);
    }
  }

  /**
   * The metrics of each face, the same in every paper: with them known, a face is parsed only for a
   * paper that draws text in it (most papers use no italic).
   */
  private static final FSDefaultCacheStore FONT_METRICS = new FSDefaultCacheStore();

  /**
   * Offers one face of the font, embedded with glyph substitution (GSUB) turned off. With it on,
   * PDFBox rewrote every string shown through a set of regular expressions it built afresh each
   * time, which was most of the time of a PDF, and drew "fi" and "ffl" as ligatures that text
   * extraction and screen readers could not map back to letters. Latin prose needs no substitution.
   * The face is parsed when the paper first needs it, if ever.
   */
  private static void font(
      PdfRendererBuilder builder,
      PDDocument document,
      String style,
      int weight,
      FontStyle fontStyle) {
    String resource = "/fonts/LiberationSans-" + style + ".ttf";
    builder.useFont(
        new PDFontSupplier(null) {
          @Override
          public PDFont supply() {
            try {
              return PDType0Font.load(document, parsed(resource), true);
            } catch (IOException e) {
              throw new UncheckedIOException("cannot read the font " + resource, e);
            }
          }
        },
        FONT,
        weight,
        fontStyle,
        true);
  }

  /**
   * Each thread's parse of each face, from bytes read out of the jar once. The parser reads a
   * font's tables as they are asked for, so one parse cannot serve documents written at once on
   * several threads; one thread writes one document at a time, and the document does not close a
   * font it was given. Parsing each face for each paper was a tenth of a PDF's time.
   */
  private static final ThreadLocal<java.util.Map<String, TrueTypeFont>> PARSED =
      ThreadLocal.withInitial(java.util.HashMap::new);

  private static TrueTypeFont parsed(String resource) throws IOException {
    TrueTypeFont ttf = PARSED.get().get(resource);
    if (ttf == null) {
      ttf = new TTFParser().parse(new RandomAccessReadBuffer(fontBytes(resource)));
      ttf.setEnableGsub(false);
      PARSED.get().put(resource, ttf);
    }
    return ttf;
  }

  private static final java.util.Map<String, byte[]> FONTS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static byte[] fontBytes(String resource) throws IOException {
    byte[] known = FONTS.get(resource);
    if (known == null) {
      try (InputStream in = open(resource)) {
        known = in.readAllBytes();
      }
      FONTS.put(resource, known);
    }
    return known;
  }

  private static InputStream open(String resource) {
    InputStream in = PdfWriter.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("the font " + resource + " is missing from the jar");
    }
    return in;
  }

  /** Dates from the paper's provenance, and an id from its content, instead of the clock. */
  private static void fixMetadata(PDDocument document, Paper paper, String html) {
    PDDocumentInformation info = document.getDocumentInformation();
    Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    when.setTimeInMillis(Instant.parse(paper.provenance().timestamp()).toEpochMilli());
    info.setCreationDate(when);
    info.setModificationDate(when);
    info.setTitle(paper.title());
    info.setAuthor(paper.author());
    info.setCreator("pmo");
    byte[] id = digest(html);
    COSArray ids = new COSArray();
    ids.add(new COSString(id));
    ids.add(new COSString(id));
    document.getDocument().getTrailer().setItem(COSName.ID, ids);
  }

  private static byte[] digest(String text) {
    try {
      byte[] full =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return java.util.Arrays.copyOf(full, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
