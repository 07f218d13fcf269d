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
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
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
    return write(html, paper, true);
  }

  /**
   * The PDF of a paper's HTML; with {@code measured}, each face's widths and glyphs come from
   * {@link MeasuredFont}'s tables once openhtmltopdf has the face's metrics, else from PDFBox each
   * time. The two give the same bytes: a test holds them to it.
   */
  static byte[] write(String html, Paper paper, boolean measured) {
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
    Set<MeasuredFont.Face> given = new HashSet<>(); // the faces given as PDFBox loaded them
    Faces faces = new Faces(builder, target, measured ? given : null);
    faces.add("Regular", 400, FontStyle.NORMAL);
    faces.add("Bold", 700, FontStyle.NORMAL);
    faces.add("Italic", 400, FontStyle.ITALIC);
    faces.add("BoldItalic", 700, FontStyle.ITALIC);

    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16); // a paper is tens of KB
    try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
      renderer.createPDFWithoutClosing();
      try (PDDocument document = renderer.getPdfDocument()) {
        fixMetadata(document, paper, html);
        document.save(out);
      }
      for (MeasuredFont.Face face : given) {
        face.metricsKept = true; // openhtmltopdf took them from this paper
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

  /** The faces of the font, the same in every paper, each with the widths and glyphs it knows. */
  private static final Map<String, MeasuredFont.Face> FACES = new ConcurrentHashMap<>();

  /**
   * Offers the faces of the font to one paper, each embedded with glyph substitution (GSUB) turned
   * off. With it on, PDFBox rewrote every string shown through a set of regular expressions it
   * built afresh each time, which was most of the time of a PDF, and drew "fi" and "ffl" as
   * ligatures that text extraction and screen readers could not map back to letters. Latin prose
   * needs no substitution. A face is parsed when the paper first needs it, if ever, and offered as
   * a {@link MeasuredFont} once openhtmltopdf has its metrics; until then, and always when {@code
   * given} is null, as PDFBox loads it (recorded in {@code given}).
   */
  private record Faces(
      PdfRendererBuilder builder, PDDocument document, Set<MeasuredFont.Face> given) {

    void add(String style, int weight, FontStyle fontStyle) {
      String resource = "/fonts/LiberationSans-" + style + ".ttf";
      MeasuredFont.Face face = FACES.computeIfAbsent(resource, r -> new MeasuredFont.Face());
      builder.useFont(
          new PDFontSupplier(null) {
            @Override
            public PDFont supply() {
              try {
                PDType0Font loaded = PDType0Font.load(document, parsed(resource), true);
                if (given == null) {
                  return loaded;
                }
                if (!face.metricsKept) {
                  given.add(face);
                  return loaded;
                }
                return new MeasuredFont(loaded, face);
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
  }

  /**
   * Each thread's parse of each face, from bytes read out of the jar once. The parser reads a
   * font's tables as they are asked for, so one parse cannot serve documents written at once on
   * several threads; one thread writes one document at a time, and the document does not close a
   * font it was given. Parsing each face for each paper was a tenth of a PDF's time.
   */
  private static final ThreadLocal<Map<String, TrueTypeFont>> PARSED =
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

  private static final Map<String, byte[]> FONTS = new ConcurrentHashMap<>();

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
