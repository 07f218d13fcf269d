package scot.pmo.render.paper;

import java.util.Locale;

/** The forms a paper is written in. */
public enum PaperFormat {
  /** One self-contained, print-ready HTML file. */
  HTML("html"),
  /** Tagged PDF, from the same HTML. */
  PDF("pdf"),
  /** Word, with real headings and lists, for people who edit papers. */
  DOCX("docx"),
  /** Markdown, for pasting into other tools. */
  MD("md");

  private final String extension;

  PaperFormat(String extension) {
    this.extension = extension;
  }

  /** The file extension, without the dot. */
  public String extension() {
    return extension;
  }

  /** The format named {@code name} ({@code html}, {@code pdf}, {@code docx}, {@code md}). */
  public static PaperFormat of(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    for (PaperFormat f : values()) {
      if (f.extension.equals(n) || f.name().toLowerCase(Locale.ROOT).equals(n)
          || (f == MD && n.equals("markdown"))) {
        return f;
      }
    }
    throw new IllegalArgumentException("'" + name + "' is not a paper format: use html, pdf,"
        + " docx or md");
  }
}
