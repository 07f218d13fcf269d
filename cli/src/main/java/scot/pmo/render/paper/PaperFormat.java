package scot.pmo.render.paper;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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

  /** The formats named in {@code names}, in order and once each; {@code all} names every one. */
  public static List<PaperFormat> list(List<String> names) {
    Set<PaperFormat> formats = new LinkedHashSet<>();
    for (String name : names) {
      if (name.strip().equalsIgnoreCase("all")) {
        return List.of(values());
      }
      formats.add(of(name));
    }
    return List.copyOf(formats);
  }

  /** The format named {@code name} ({@code html}, {@code pdf}, {@code docx}, {@code md}). */
  public static PaperFormat of(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    for (PaperFormat f : values()) {
      if (f.extension.equals(n)
          || f.name().toLowerCase(Locale.ROOT).equals(n)
          || (f == MD && n.equals("markdown"))) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "'" + name + "' is not a paper format: use html, pdf," + " docx or md");
  }
}
