package scot.pmo.render.paper;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.apache.fontbox.util.BoundingBox;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;

/**
 * A face of the embedded font as openhtmltopdf measures and draws it, answering from its {@link
 * Face} what PDFBox's PDType0Font works out character by character for every string. A line's
 * layout measures each word, and each string drawn is measured again; each time PDFBox encodes the
 * string, decodes the codes back through the CMap (a stream per character) and looks each width up:
 * a fifth of a PDF's time, and a quarter of all it allocated.
 *
 * <p>The widths are summed in the order PDFBox sums them, so the layout, and the PDF, are the same
 * to the last bit; a character the face lacks throws as PDFBox does, so openhtmltopdf falls back as
 * before. Everything else is the PDType0Font's own, whose dictionary this shares: the document
 * embeds and subsets the one font.
 */
final class MeasuredFont extends PDFont {

  /**
   * What one face gives each character, the same in every paper: its width (in thousandths of the
   * font size) and its glyph, the character's two-byte code in the PDF (Identity-H). Filled as
   * characters are first met, by asking PDFBox. Any thread may fill a slot, always with the same
   * value, and a slot is a primitive, so a thread sees either nothing yet or the whole value.
   */
  static final class Face {
    /** Characters below this are kept; the rest are asked of PDFBox each time. */
    static final int KEPT = 0x3000;

    private final float[] widths = new float[KEPT]; // NaN: not known yet
    private final char[] glyphs = new char[KEPT]; // 0: not known yet (glyph 0 is never drawn)

    /**
     * Whether openhtmltopdf has this face's metrics (ascent, underline and the like) in its cache.
     * It takes them from the first PDType0Font it is given, so that one is given as it is.
     */
    volatile boolean metricsKept;

    Face() {
      Arrays.fill(widths, Float.NaN);
    }
  }

  private final PDType0Font font;
  private final Face face;

  MeasuredFont(PDType0Font font, Face face) {
    super(font.getCOSObject());
    this.font = font;
    this.face = face;
  }

  @Override
  public float getStringWidth(String text) throws IOException {
    float width = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= Face.KEPT) {
        return font.getStringWidth(text);
      }
      float w = face.widths[c];
      if (Float.isNaN(w)) {
        w = font.getStringWidth(String.valueOf(c)); // throws when the face lacks c
        face.widths[c] = w;
      }
      width += w;
    }
    return width;
  }

  @Override
  protected byte[] encode(int unicode) throws IOException {
    if (unicode < Face.KEPT && face.glyphs[unicode] != 0) {
      char glyph = face.glyphs[unicode];
      return new byte[] {(byte) (glyph >> 8), (byte) glyph};
    }
    byte[] code = font.encode(new String(Character.toChars(unicode))); // throws when it lacks it
    if (unicode < Face.KEPT && code.length == 2) {
      face.glyphs[unicode] = (char) ((code[0] & 0xff) << 8 | code[1] & 0xff);
    }
    return code;
  }

  // ---- The rest is the PDType0Font's own ------------------------------------------------------

  @Override
  public String getName() {
    // As PDType0Font answers; PDFont's constructor asks before the font is set.
    return dict.getNameAsString(COSName.BASE_FONT);
  }

  @Override
  public PDFontDescriptor getFontDescriptor() {
    return font.getFontDescriptor();
  }

  @Override
  public BoundingBox getBoundingBox() throws IOException {
    return font.getBoundingBox();
  }

  @Override
  public Matrix getFontMatrix() {
    return font.getFontMatrix();
  }

  @Override
  @Deprecated
  public float getHeight(int code) throws IOException {
    return font.getHeight(code);
  }

  @Override
  public float getWidth(int code) throws IOException {
    return font.getWidth(code);
  }

  @Override
  public boolean hasExplicitWidth(int code) throws IOException {
    return font.hasExplicitWidth(code);
  }

  @Override
  public float getWidthFromFont(int code) throws IOException {
    return font.getWidthFromFont(code);
  }

  @Override
  public float getAverageFontWidth() {
    return font.getAverageFontWidth();
  }

  /** Only the 14 standard fonts of PDF have these widths; PDType0Font refuses the question too. */
  @Override
  protected float getStandard14Width(int code) {
    throw new UnsupportedOperationException("not one of the 14 standard fonts");
  }

  @Override
  public int readCode(InputStream in) throws IOException {
    return font.readCode(in);
  }

  @Override
  public String toUnicode(int code) {
    return font.toUnicode(code);
  }

  @Override
  public boolean isEmbedded() {
    return font.isEmbedded();
  }

  @Override
  public boolean isDamaged() {
    return font.isDamaged();
  }

  @Override
  public boolean isStandard14() {
    return font.isStandard14();
  }

  @Override
  public boolean isVertical() {
    return font.isVertical();
  }

  @Override
  public void addToSubset(int codePoint) {
    font.addToSubset(codePoint);
  }

  @Override
  public void subset() throws IOException {
    font.subset();
  }

  @Override
  public boolean willBeSubset() {
    return font.willBeSubset();
  }
}
