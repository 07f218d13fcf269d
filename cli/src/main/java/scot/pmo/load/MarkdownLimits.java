package scot.pmo.load;

import java.util.Optional;

/**
 * Bounds on Markdown checked before it is parsed: the parser is recursive in block-quote nesting
 * and slows quadratically on thousands of unclosed link brackets, so text past these bounds is
 * refused rather than parsed.
 */
public final class MarkdownLimits {

  /** The deepest block-quote nesting ({@code > > >}) accepted. */
  public static final int MAX_QUOTE_DEPTH = 50;

  /** The most opening link brackets in one text. */
  public static final int MAX_BRACKETS = 500;

  /** The most indentation, in columns, of one line (deeply nested lists). */
  public static final int MAX_INDENT = 200;

  /** The longest text, in characters: bounds the parser's worst cases. */
  public static final int MAX_CHARS = 200_000;

  private MarkdownLimits() {}

  /** Why {@code text} is refused, or empty when it is within bounds. */
  public static Optional<String> problem(String text) {
    if (text.length() > MAX_CHARS) {
      return Optional.of("it is " + text.length() + " characters long, more than "
          + MAX_CHARS);
    }
    return structureProblem(text);
  }

  /** Why {@code text} is refused for its nesting or brackets alone, whatever its length. */
  public static Optional<String> structureProblem(String text) {
    int brackets = 0;
    int lineStart = 0;
    char[] chars = text.toCharArray(); // not charAt, which the quick compiler keeps a call
    int n = chars.length;
    for (int i = 0; i < n; i++) {
      char c = chars[i];
      if (c == '[' && ++brackets > MAX_BRACKETS) {
        return Optional.of("it holds more than " + MAX_BRACKETS + " '[' characters");
      }
      if (c == '\n' || i == n - 1) {
        Optional<String> line = lineProblem(chars, lineStart, c == '\n' ? i : i + 1);
        if (line.isPresent()) {
          return line;
        }
        lineStart = i + 1;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> lineProblem(char[] text, int start, int end) {
    int quotes = 0;
    int indent = 0;
    for (int i = start; i < end; i++) {
      char c = text[i];
      if (c == '>') {
        quotes++;
      } else if (c == ' ' || c == '\t') {
        indent += c == '\t' ? 4 : 1;
      } else {
        break;
      }
    }
    if (quotes > MAX_QUOTE_DEPTH) {
      return Optional.of("block quotes are nested more than " + MAX_QUOTE_DEPTH + " deep");
    }
    if (indent > MAX_INDENT) {
      return Optional.of("a line is indented more than " + MAX_INDENT + " columns");
    }
    return Optional.empty();
  }
}
