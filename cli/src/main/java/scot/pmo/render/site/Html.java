package scot.pmo.render.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import scot.pmo.render.Escape;

/** Small helpers for the HTML the site writes outside templates. */
final class Html {

  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  private Html() {}

  /** A link, or the escaped text alone when {@code href} is empty. */
  static String link(String text, String href) {
    return href.isEmpty()
        ? Escape.html(text)
        : "<a href=\"" + Escape.html(href) + "\">" + Escape.html(text) + "</a>";
  }

  /**
   * Rendered Markdown with each table in a box that scrolls sideways on a narrow screen, as the
   * site's own tables are: focusable, so that a keyboard can scroll it, and a region named by its
   * header row. Content cannot write {@code <table>} itself (raw HTML is escaped), so every one is
   * a Markdown table.
   */
  static String scrollableTables(String html) {
    int at = html.indexOf("<table>");
    if (at < 0) {
      return html;
    }
    StringBuilder out = new StringBuilder(html.length() + 128);
    int from = 0;
    for (; at >= 0; at = html.indexOf("<table>", from)) {
      int end = html.indexOf("</table>", at);
      int headEnd = html.indexOf("</thead>", at);
      List<String> cells = new ArrayList<>();
      for (int th = html.indexOf("<th", at);
          th >= 0 && th < headEnd && headEnd < end;
          th = html.indexOf("<th", th + 3)) {
        char after = html.charAt(th + 3);
        if (after != '>' && after != ' ') {
          continue; // <thead>
        }
        int close = html.indexOf("</th>", th);
        String cell = text(html.substring(html.indexOf('>', th) + 1, close));
        if (!cell.isEmpty()) {
          cells.add(cell);
        }
      }
      String head = String.join(", ", cells);
      String label = head.length() > 80 ? head.substring(0, 79) + "…" : head;
      out.append(html, from, at)
          .append("<div class=\"table-wrapper\" role=\"region\" aria-label=\"")
          .append(Escape.html(label.isEmpty() ? "Table" : "Table: " + label))
          .append("\" tabindex=\"0\">");
      from = end + "</table>".length();
      out.append(html, at, from).append("</div>");
    }
    return out.append(html, from, html.length()).toString();
  }

  /**
   * The text of rendered HTML: tags removed, the common entities decoded, space collapsed. Every
   * page's text goes through here for the search index, so it is one pass by hand; it gives what
   * {@link #textByPatterns} gives.
   */
  static String text(String html) {
    StringBuilder out = new StringBuilder(html.length());
    boolean space = false;
    int n = html.length();
    for (int i = 0; i < n; i++) {
      char c = html.charAt(i);
      if (c == '<') {
        int close = html.indexOf('>', i + 1);
        if (close >= 0) {
          space = true; // a tag becomes a space
          i = close;
          continue;
        }
      }
      if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
        space = true;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.append(c);
    }
    String text = out.toString();
    if (text.indexOf('&') >= 0) {
      text =
          text.replace("&lt;", "<")
              .replace("&gt;", ">")
              .replace("&quot;", "\"")
              .replace("&#39;", "'")
              .replace("&amp;", "&");
    }
    return text.strip();
  }

  /** {@link #text} as regular expressions say it, for tests. */
  static String textByPatterns(String html) {
    String noTags = TAG.matcher(html).replaceAll(" ");
    String decoded =
        noTags
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&");
    return SPACE.matcher(decoded).replaceAll(" ").strip();
  }

  /** A fragment id from words: lower case, letters and digits joined by hyphens. */
  static String slug(String text) {
    String s =
        text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return s.isEmpty() ? "section" : s;
  }

  /** "case-study" or "chief-executive" as words: "case study", "chief executive". */
  static String words(String value) {
    return value.replace('-', ' ').replace('_', ' ');
  }
}
