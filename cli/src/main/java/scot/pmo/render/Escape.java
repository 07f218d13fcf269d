package scot.pmo.render;

/**
 * Text made safe inside HTML and XML that the renderers and reports write by hand, outside
 * templates and Markdown.
 */
public final class Escape {

  private Escape() {}

  /**
   * Text or an attribute value for HTML: {@code & < > " '} escaped, the apostrophe as {@code
   * &#39;}; every other character as it is.
   */
  public static String html(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Text or an attribute value for XML 1.0: {@code & < > " '} escaped, the apostrophe as {@code
   * &apos;}, and the characters XML cannot hold even escaped left out (see {@link #xmlChars}).
   */
  public static String xml(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    text.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                  if (isXmlChar(c)) {
                    out.appendCodePoint(c);
                  }
                }
              }
            });
    return out.toString();
  }

  /**
   * The text without the characters XML 1.0 cannot hold, not even escaped: control characters other
   * than tab and line breaks, lone surrogates, U+FFFE and U+FFFF.
   */
  public static String xmlChars(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().filter(Escape::isXmlChar).forEach(out::appendCodePoint);
    return out.toString();
  }

  private static boolean isXmlChar(int c) {
    return c == 0x9
        || c == 0xA
        || c == 0xD
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }
}
