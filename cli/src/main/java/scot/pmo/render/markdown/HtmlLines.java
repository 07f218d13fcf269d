package scot.pmo.render.markdown;

/**
 * HTML text laid out in lines exactly as flexmark's {@code HtmlWriter} lays it out with the options
 * of {@link MarkdownRenderer}: no indent, spaces at the start of a line dropped, at most one blank
 * line in a row, and lines inside {@code <pre>} kept as they are.
 *
 * <p>flexmark keeps every line as an object and passes each character through several layers; this
 * writes straight into one buffer and keeps only the state that can change the output.
 */
final class HtmlLines {

  private final StringBuilder out = new StringBuilder(1024);

  /** The part of a string being appended, copied out to be read. */
  private char[] chars = new char[256];

  /** Where the line being written starts in {@link #out}. */
  private int lineStart;

  /** Whether the line being written holds nothing but tabs, so that a space is still dropped. */
  private boolean lineBlank = true;

  /** Whether the last line ended was blank: a blank line after it is dropped. */
  private boolean afterBlank;

  private int linesEnded;
  private int preNesting;

  /** The line on which the outermost {@code <pre>} opened: flexmark keeps it even if empty. */
  private int preFirstLine = -1;

  /** Appends HTML as it is. */
  HtmlLines raw(String s) {
    return append(s, 0, s.length(), false);
  }

  /** Appends text with {@code & < > "} escaped, as flexmark's {@code Escaping.escapeHtml}. */
  HtmlLines text(String s) {
    return append(s, 0, s.length(), true);
  }

  /** Appends {@code s} from {@code from} to {@code to} as {@link #text(String)} does. */
  HtmlLines text(String s, int from, int to) {
    return append(s, from, to, true);
  }

  /**
   * Appends part of {@code s}, escaped or not, in runs: only a line end, a space that starts a
   * line, and a character to escape need more than copying.
   */
  private HtmlLines append(String s, int from, int to, boolean escape) {
    // Read from an array: String.charAt stays a call, with a bounds check, in the quick compiler.
    int n = to - from;
    if (chars.length < n) {
      chars = new char[Math.max(n, chars.length * 2)];
    }
    s.getChars(from, to, chars, 0);
    char[] cs = chars;
    int run = 0;
    for (int i = 0; i < n; i++) {
      char c = cs[i];
      if (c > '>') {
        lineBlank = false;
        continue;
      }
      switch (c) {
        case ' ' -> {
          if (lineBlank && preNesting == 0) {
            out.append(cs, run, i - run);
            run = i + 1;
          }
        }
        case '\t' -> {
          // a tab is kept, but does not end the white space a line starts with
        }
        case '\n' -> {
          out.append(cs, run, i - run);
          run = i + 1;
          endLine();
        }
        case '&', '<', '>', '"' -> {
          lineBlank = false;
          if (escape) {
            out.append(cs, run, i - run).append(reference(c));
            run = i + 1;
          }
        }
        default -> lineBlank = false;
      }
    }
    out.append(cs, run, n - run);
    return this;
  }

  private static String reference(char c) {
    return switch (c) {
      case '&' -> "&amp;";
      case '<' -> "&lt;";
      case '>' -> "&gt;";
      default -> "&quot;";
    };
  }

  /**
   * Appends an attribute value escaped as flexmark escapes one: {@code & < > "} become references,
   * except an {@code &} that already starts something shaped like a character reference.
   */
  HtmlLines attributeValue(String s) {
    int run = 0;
    for (int at = s.indexOf('&'); at >= 0; at = s.indexOf('&', at + 1)) {
      int end = referenceEnd(s, at);
      if (end > 0) {
        append(s, run, at, true);
        append(s, at, end, false);
        run = end;
        at = end - 1;
      }
    }
    return append(s, run, s.length(), true);
  }

  /** Ends the line being written, if anything has been written on it. */
  HtmlLines line() {
    if (preNesting > 0 || out.length() != lineStart) {
      endLine();
    }
    return this;
  }

  HtmlLines openPre() {
    if (preNesting++ == 0) {
      preFirstLine = linesEnded;
    }
    return this;
  }

  HtmlLines closePre() {
    preNesting--;
    return this;
  }

  /** The whole text, its last line ended. */
  String finish() {
    line();
    return out.toString();
  }

  private void endLine() {
    int length = out.length() - lineStart;
    // flexmark reads a '\r' before the '\n' as part of the line end, so such a line may be blank
    if (length > 0 && out.charAt(out.length() - 1) == '\r') {
      length--;
    }
    boolean preformatted = preNesting > 0 || preFirstLine == linesEnded;
    if (length == 0 && !preformatted) {
      out.setLength(lineStart);
      if (!afterBlank) {
        out.append('\n');
      }
      afterBlank = true;
    } else {
      out.append('\n');
      afterBlank = false;
    }
    linesEnded++;
    lineStart = out.length();
    lineBlank = true;
  }

  /**
   * The end of the character reference starting at {@code at}, matched as flexmark's pattern {@code
   * &(?:#x[a-f0-9]{1,8}|#[0-9]{1,8}|[a-z][a-z0-9]{1,31});} (ignoring case) matches it, or -1 if
   * there is none.
   */
  static int referenceEnd(String s, int at) {
    int n = s.length();
    int i = at + 1;
    if (i < n && s.charAt(i) == '#') {
      i++;
      if (i < n && (s.charAt(i) == 'x' || s.charAt(i) == 'X')) {
        int end = run(s, i + 1, 8, true);
        if (end > i + 1 && end < n && s.charAt(end) == ';') {
          return end + 1;
        }
      }
      int end = run(s, i, 8, false);
      return end > i && end < n && s.charAt(end) == ';' ? end + 1 : -1;
    }
    if (i < n && isAsciiLetter(s.charAt(i))) {
      int end = i + 1;
      while (end < n && end - i <= 31 && (isAsciiLetter(s.charAt(end)) || isDigit(s.charAt(end)))) {
        end++;
      }
      return end - i >= 2 && end < n && s.charAt(end) == ';' ? end + 1 : -1;
    }
    return -1;
  }

  /** The end of at most {@code max} hex or decimal digits from {@code from}. */
  private static int run(String s, int from, int max, boolean hex) {
    int end = from;
    while (end < s.length()
        && end - from < max
        && (isDigit(s.charAt(end)) || hex && isHexLetter(s.charAt(end)))) {
      end++;
    }
    return end;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isHexLetter(char c) {
    return c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }
}
