package scot.pmo.render.template;

/**
 * Which text Mustache's HTML escaper leaves as it is: most of what a page shows. Such text is
 * written straight through; the escaper copies every value into an array and writes it a character
 * at a time, which was a large part of rendering a library of thousands of cards.
 */
final class HtmlText {

  private HtmlText() {}

  /**
   * Whether {@code value} holds none of the characters the escaper changes: control characters up
   * to carriage return, and {@code " & ' < = > `}.
   */
  static boolean needsNoEscape(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c <= '\r' || c == '"' || c == '&' || c == '\'' || c == '<' || c == '=' || c == '>'
          || c == '`') {
        return false;
      }
    }
    return true;
  }
}
