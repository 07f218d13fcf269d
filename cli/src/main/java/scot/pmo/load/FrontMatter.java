package scot.pmo.load;

/**
 * Splits a Markdown file into its YAML front matter (between a first line {@code ---} and the next
 * line {@code ---} or {@code ...}) and its body.
 *
 * @param yaml the front matter, without the fences; {@code null} when the file has none
 * @param yamlLine the 1-based line on which the front matter starts
 * @param body the Markdown after the closing fence
 * @param bodyLine the 1-based line on which the body starts
 * @param unclosed whether an opening fence was found with no closing one
 */
public record FrontMatter(String yaml, int yamlLine, String body, int bodyLine, boolean unclosed) {

  /** Splits {@code text}, whose line endings are already {@code \n}. */
  public static FrontMatter split(String text) {
    int firstEnd = text.indexOf('\n');
    // Trailing spaces are as invisible after the opening fence as after the closing one.
    if (firstEnd < 0 || !text.substring(0, firstEnd).stripTrailing().equals("---")) {
      return new FrontMatter(null, 1, text, 1, false);
    }
    int start = firstEnd + 1;
    int line = 2;
    int pos = start;
    while (pos < text.length()) {
      int end = text.indexOf('\n', pos);
      String current = end < 0 ? text.substring(pos) : text.substring(pos, end);
      if (current.stripTrailing().equals("---") || current.stripTrailing().equals("...")) {
        String body = end < 0 ? "" : text.substring(end + 1);
        return new FrontMatter(text.substring(start, pos), 2, body, line + 1, false);
      }
      if (end < 0) {
        break;
      }
      pos = end + 1;
      line++;
    }
    return new FrontMatter(null, 2, "", line, true);
  }
}
