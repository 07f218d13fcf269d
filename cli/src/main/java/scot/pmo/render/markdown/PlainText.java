package scot.pmo.render.markdown;

import java.util.Optional;

/**
 * Markdown that is plainly text: one line of words and everyday punctuation, with nothing the
 * parser could read as markup. Its inline HTML is the text with {@code &} and {@code "} escaped, as
 * the renderer would write it, so it needs no parse; most summaries and notes are such text, and a
 * large site shows each on several pages.
 */
final class PlainText {

  /** Punctuation that is never markup, wherever it stands. */
  private static final String INERT = ".,;:'()?/%–—’‘“”€£$@\"";

  private PlainText() {}

  /** The inline HTML of {@code markdown} when it is plain text; empty when it needs the parser. */
  static Optional<String> inlineHtml(String markdown) {
    int n = markdown.length();
    if (n == 0 || !Character.isLetter(markdown.charAt(0)) || markdown.charAt(n - 1) == ' ') {
      return Optional.empty();
    }
    for (int i = 1; i < n; i++) {
      char c = markdown.charAt(i);
      boolean plain =
          c >= 'a' && c <= 'z'
              || c >= 'A' && c <= 'Z'
              || c >= '0' && c <= '9'
              || c > 127 && Character.isLetterOrDigit(c)
              // one space at a time: two before a line break would make a hard break
              || c == ' ' && markdown.charAt(i - 1) != ' '
              // a hyphen inside a line; at its start it could begin a list or a rule
              || c == '-'
              // '&' followed by a space; followed by a name it could be a character reference
              || c == '&' && i + 1 < n && markdown.charAt(i + 1) == ' '
              || INERT.indexOf(c) >= 0;
      if (!plain) {
        return Optional.empty();
      }
    }
    return Optional.of(markdown.replace("&", "&amp;").replace("\"", "&quot;"));
  }
}
