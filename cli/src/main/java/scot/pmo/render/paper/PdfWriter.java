package scot.pmo.render.paper;

/** Writes a paper's HTML as PDF. */
final class PdfWriter {

  private PdfWriter() {}

  static byte[] write(String html, Paper paper) {
    throw new UnsupportedOperationException("PDF papers are not available yet");
  }
}
