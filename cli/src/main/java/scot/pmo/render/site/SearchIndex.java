package scot.pmo.render.site;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The documents the browser's search library indexes, written at build time as a script that
 * assigns a global ({@code fetch} of a JSON file fails from {@code file://}).
 */
final class SearchIndex {

  private SearchIndex() {}

  /** One page to find: its address from the site root, title, kind and words. */
  record Doc(String href, String title, String kind, String summary, String text) {}

  /** A word, as {@link #words} finds them by hand; kept to test that the two agree. */
  static final java.util.regex.Pattern WORD =
      java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*");

  private static final byte[] HEAD =
      ("// The search index of this site, written by pmo build.\n" + "window.PMO_SEARCH_DOCS = [\n")
          .getBytes(StandardCharsets.UTF_8);
  private static final byte[] BETWEEN = ",\n".getBytes(StandardCharsets.UTF_8);
  private static final byte[] LAST = "\n".getBytes(StandardCharsets.UTF_8);
  private static final byte[] TAIL = "];\n".getBytes(StandardCharsets.UTF_8);

  /**
   * Writes the script of the documents' lines ({@link #lineBytes}), in the order given, through a
   * buffer: a large site's index is megabytes, and was made as one string, copied and encoded again
   * on every update of a preview.
   */
  static void write(Path file, List<byte[]> lines) throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      out.write(HEAD);
      for (int i = 0; i < lines.size(); i++) {
        out.write(lines.get(i));
        out.write(i + 1 < lines.size() ? BETWEEN : LAST);
      }
      out.write(TAIL);
    }
  }

  /** One document's {@link #line} in UTF-8, as {@link #write} takes it. */
  static byte[] lineBytes(Doc d) {
    return line(d).getBytes(StandardCharsets.UTF_8);
  }

  /** One document as the script's JSON object. */
  static String line(Doc d) {
    return "{\"id\":"
        + json(d.href())
        + ",\"title\":"
        + json(d.title())
        + ",\"kind\":"
        + json(d.kind())
        + ",\"summary\":"
        + json(d.summary())
        + ",\"text\":"
        + json(d.text())
        + "}";
  }

  /**
   * The distinct words of a page's text, in the order they first appear: all that the index needs
   * to find a page by any word in it, at a fraction of the text's size. A word is a run of letters
   * and digits, with single apostrophes or hyphens inside it ({@code [\p{L}\p{N}]+(?:['’-]
   * [\p{L}\p{N}]+)*}), scanned by hand: the regular expression was a tenth of a large build.
   */
  static String words(String text) {
    char[] chars = text.toLowerCase(java.util.Locale.ROOT).toCharArray();
    java.util.LinkedHashSet<String> seen = new java.util.LinkedHashSet<>();
    int n = chars.length;
    int i = 0;
    while (i < n) {
      int width = wordChar(chars, i);
      if (width == 0) {
        i++;
        continue;
      }
      int start = i;
      int end = i + width;
      while (true) {
        for (int w = wordChar(chars, end); w > 0; w = wordChar(chars, end)) {
          end += w;
        }
        if (end + 1 < n && isJoiner(chars[end]) && wordChar(chars, end + 1) > 0) {
          end++;
          continue;
        }
        break;
      }
      seen.add(new String(chars, start, end - start));
      i = end;
    }
    return String.join(" ", seen);
  }

  /** The number of chars of the letter or digit at {@code i} (2 for a surrogate pair), or 0. */
  private static int wordChar(char[] chars, int i) {
    if (i >= chars.length) {
      return 0;
    }
    char c = chars[i];
    if (c < 128) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' ? 1 : 0;
    }
    int cp = Character.codePointAt(chars, i);
    return isWordChar(cp) ? Character.charCount(cp) : 0;
  }

  /** An apostrophe or hyphen, which may join two runs of letters into one word. */
  static boolean isJoiner(int c) {
    return c == '\'' || c == '’' || c == '-';
  }

  /** {@code \p{L}} or {@code \p{N}}. */
  static boolean isWordChar(int cp) {
    if (cp < 128) {
      return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
    }
    if (Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
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
