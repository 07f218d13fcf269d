package scot.pmo.render.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import scot.pmo.render.Escape;

/** Small helpers for the HTML the site writes outside templates. */
final class Html {

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
   * The text of rendered HTML as a browser reads it, and as jsoup's {@code Element.text()} gives
   * it: an inline element's tags (a link, emphasis, code) are nothing, so that they split neither a
   * word nor a word from its punctuation; a block's tags (a paragraph, list item, heading, table
   * cell) and {@code <br>} are a space; comments are nothing; the escapes pmo writes ({@code &amp;
   * &lt; &gt; &quot; &#39;}) decoded once; white space collapsed to single spaces and trimmed.
   * Every page's text goes through here for the search index, so it is one pass by hand.
   */
  static String text(String html) {
    int n = html.length();
    StringBuilder out = new StringBuilder(n);
    boolean space = false;
    for (int i = 0; i < n; i++) {
      char c = html.charAt(i);
      if (c == '<') {
        int end = markupEnd(html, i);
        if (end >= 0) {
          if (breaksText(html, i)) {
            space = true;
          }
          i = end;
          continue;
        }
      } else if (c == '&') {
        char decoded = entity(html, i);
        if (decoded != 0) {
          if (space && out.length() > 0) {
            out.append(' ');
          }
          space = false;
          out.append(decoded);
          i = html.indexOf(';', i);
          continue;
        }
      } else if (isSpace(c)) {
        space = true;
        continue;
      }
      if (space && out.length() > 0) {
        out.append(' ');
      }
      space = false;
      out.append(c);
    }
    return out.toString();
  }

  /** White space that {@link #text} collapses; a non-breaking space is kept. */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /**
   * The character that the escape at {@code at} stands for, if it is one that pmo writes (its
   * renderer and {@link Escape#html} write no other in text), or 0.
   */
  static char entity(String s, int at) {
    if (s.startsWith("&lt;", at)) {
      return '<';
    }
    if (s.startsWith("&gt;", at)) {
      return '>';
    }
    if (s.startsWith("&quot;", at)) {
      return '"';
    }
    if (s.startsWith("&#39;", at)) {
      return '\'';
    }
    if (s.startsWith("&amp;", at)) {
      return '&';
    }
    return 0;
  }

  /**
   * Where the markup that the {@code <} at {@code at} opens ends (the index of its last character),
   * or -1 if that {@code <} is text, as an HTML parser reads it: a tag starts with a letter or
   * {@code /} and a letter, and a {@code >} inside a quoted attribute value does not end it; {@code
   * <!--} opens a comment to {@code -->}; {@code <!}, {@code <?} and {@code </} with something
   * other than a letter open a bogus comment to {@code >}. Markup left open runs to the end.
   */
  static int markupEnd(String html, int at) {
    int n = html.length();
    if (at + 1 >= n) {
      return -1;
    }
    char c = html.charAt(at + 1);
    if (isLetter(c)) {
      return tagEnd(html, at + 2);
    }
    if (c == '/') {
      if (at + 2 >= n) {
        return -1;
      }
      return isLetter(html.charAt(at + 2)) ? tagEnd(html, at + 3) : close(html, at + 2);
    }
    if (c == '!') {
      if (html.startsWith("<!--", at)) {
        int end = html.indexOf("-->", at + 2);
        return end < 0 ? n - 1 : end + 2;
      }
      return close(html, at + 2);
    }
    if (c == '?') {
      return close(html, at + 2);
    }
    return -1;
  }

  /** The first {@code >} from {@code from}, or the end. */
  private static int close(String html, int from) {
    int end = html.indexOf('>', from);
    return end < 0 ? html.length() - 1 : end;
  }

  /** The {@code >} that ends a tag whose name is under way at {@code from}, or the end. */
  private static int tagEnd(String html, int from) {
    int n = html.length();
    for (int i = from; i < n; i++) {
      char c = html.charAt(i);
      if (c == '>') {
        return i;
      }
      if (c == '=') {
        int v = i + 1;
        while (v < n && isSpace(html.charAt(v))) {
          v++;
        }
        if (v < n && (html.charAt(v) == '"' || html.charAt(v) == '\'')) {
          int endQuote = html.indexOf(html.charAt(v), v + 1);
          if (endQuote < 0) {
            return n - 1;
          }
          i = endQuote;
        } else {
          i = v - 1;
        }
      }
    }
    return n - 1;
  }

  private static boolean isLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  /**
   * Whether the markup at {@code at} (where {@link #markupEnd} found some) is a space in the text:
   * the tags of every element but the inline ones that a browser runs into the words around them,
   * and {@code <br>}. A comment is not.
   */
  static boolean breaksText(String html, int at) {
    int from = at + 1;
    if (html.charAt(from) == '/') {
      from++;
    }
    if (!isLetter(html.charAt(from))) {
      return false; // a comment or bogus comment
    }
    int to = from + 1;
    int n = html.length();
    while (to < n) {
      char c = html.charAt(to);
      if (c == '>' || c == '/' || isSpace(c)) {
        break;
      }
      to++;
    }
    return !isInline(html, from, to - from);
  }

  /** Whether the tag name at {@code from}, {@code length} long, is of an inline element. */
  private static boolean isInline(String html, int from, int length) {
    return switch (length) {
      case 1 -> {
        char c = (char) (html.charAt(from) | 0x20);
        yield c == 'a' || c == 'b' || c == 'i' || c == 'q' || c == 's' || c == 'u';
      }
      case 2 -> is(html, from, "em") || is(html, from, "tt");
      case 3 ->
          is(html, from, "bdi")
              || is(html, from, "bdo")
              || is(html, from, "del")
              || is(html, from, "dfn")
              || is(html, from, "ins")
              || is(html, from, "kbd")
              || is(html, from, "sub")
              || is(html, from, "sup")
              || is(html, from, "var")
              || is(html, from, "wbr");
      case 4 ->
          is(html, from, "abbr")
              || is(html, from, "cite")
              || is(html, from, "code")
              || is(html, from, "data")
              || is(html, from, "mark")
              || is(html, from, "samp")
              || is(html, from, "span")
              || is(html, from, "time");
      case 5 -> is(html, from, "small");
      case 6 -> is(html, from, "strong");
      default -> false;
    };
  }

  private static boolean is(String html, int from, String name) {
    return html.regionMatches(true, from, name, 0, name.length());
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
