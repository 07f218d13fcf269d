package scot.pmo.render.site;

import java.util.ArrayList;
import java.util.List;

/**
 * The documents the browser's search library indexes, written at build time as a script that
 * assigns a global ({@code fetch} of a JSON file fails from {@code file://}).
 */
final class SearchIndex {

  /** One page to find: its address from the site root, title, kind and words. */
  record Doc(String href, String title, String kind, String summary, String text) {}

  /** A word: letters and digits, with apostrophes and hyphens inside it. */
  private static final java.util.regex.Pattern WORD =
      java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*");

  private final List<Doc> docs = new ArrayList<>();

  void add(Doc doc) {
    docs.add(doc);
  }

  String script() {
    StringBuilder out = new StringBuilder();
    out.append("// The search index of this site, written by pmo build.\n");
    out.append("window.PMO_SEARCH_DOCS = [\n");
    for (int i = 0; i < docs.size(); i++) {
      Doc d = docs.get(i);
      out.append("{\"id\":").append(json(d.href())).append(",\"title\":").append(json(d.title()))
          .append(",\"kind\":").append(json(d.kind())).append(",\"summary\":")
          .append(json(d.summary())).append(",\"text\":").append(json(d.text())).append('}')
          .append(i + 1 < docs.size() ? ",\n" : "\n");
    }
    out.append("];\n");
    return out.toString();
  }

  /**
   * The distinct words of a page's text, in the order they first appear: all that the index needs
   * to find a page by any word in it, at a fraction of the text's size.
   */
  static String words(String text) {
    java.util.LinkedHashSet<String> seen = new java.util.LinkedHashSet<>();
    java.util.regex.Matcher m = WORD.matcher(text.toLowerCase(java.util.Locale.ROOT));
    while (m.find()) {
      seen.add(m.group());
    }
    return String.join(" ", seen);
  }

  /** A JSON string, safe inside a script: no line separators, no {@code </script>}. */
  static String json(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '<' -> out.append("\\u003c");
        case '>' -> out.append("\\u003e");
        case '&' -> out.append("\\u0026");
        case '\u2028' -> out.append("\\u2028");
        case '\u2029' -> out.append("\\u2029");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
