package scot.pmo.load;

import java.util.Optional;
import java.util.regex.Pattern;

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

  private static final Pattern FIELD = Pattern.compile("[a-z][a-z0-9_]*:( .*)?");
  private static final Pattern MORE_OF_A_FIELD = Pattern.compile("(\\s+\\S.*|-( .*)?)");

  /**
   * A front matter closed by a '---' the writer did not mean as its end: a second fence straight
   * after the first, or one among the fields.
   *
   * @param closedAt the 1-based line of the fence that closed the front matter
   * @param meantAt the 1-based line of the '---' after the fields that follow it
   */
  public record EarlyClose(int closedAt, int meantAt) {}

  /**
   * Where the front matter was closed early: the body goes straight on with fields ('name: value'
   * lines, and the indented lines and list items under them) up to another '---', which is where
   * the front matter was meant to end. A body that starts with anything else, such as a heading, is
   * prose, and its '---' a rule.
   */
  public Optional<EarlyClose> earlyClose() {
    if (yaml == null) {
      return Optional.empty();
    }
    String[] lines = body.split("\n", -1);
    if (lines.length < 2 || !FIELD.matcher(lines[0].stripTrailing()).matches()) {
      return Optional.empty();
    }
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i].stripTrailing();
      if (line.equals("---") || line.equals("...")) {
        return Optional.of(new EarlyClose(bodyLine - 1, bodyLine + i));
      }
      if (!FIELD.matcher(line).matches() && !MORE_OF_A_FIELD.matcher(line).matches()) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

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
