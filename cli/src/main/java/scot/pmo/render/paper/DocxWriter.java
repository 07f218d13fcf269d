package scot.pmo.render.paper;

/** Writes a paper as a Word document. */
final class DocxWriter {

  private DocxWriter() {}

  static byte[] write(Paper paper) {
    throw new UnsupportedOperationException("Word papers are not available yet");
  }
}
