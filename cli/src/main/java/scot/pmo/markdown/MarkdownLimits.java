package scot.pmo.markdown;

import java.util.Optional;

/**
 * Bounds on Markdown checked before it is parsed: the parser is recursive in block-quote nesting,
 * in the columns of a table's delimiter row and in a run of the characters a thematic break is made
 * of, the renderers recurse once per level of nested lists, quotes and emphasis, and the parser
 * slows quadratically on thousands of unclosed link brackets, thousands of backtick runs and
 * thousands of table rows in one block, so text past these bounds is refused rather than parsed.
 * Validation runs this check on every text the renderers parse, so that whatever validates also
 * builds.
 */
public final class MarkdownLimits {

  /** The deepest block-quote nesting ({@code > > >}) accepted. */
  public static final int MAX_QUOTE_DEPTH = 50;

  /** The most opening link brackets in one text ({@code \\[} is no bracket). */
  public static final int MAX_BRACKETS = 500;

  /**
   * The most runs of backticks ({@code `} or {@code ``}, each opening or closing a code span) in
   * one text: the parser looks ahead for each run's closing run, and 40,000 runs took over five
   * seconds to parse. A page with a thousand code spans stays within it.
   */
  public static final int MAX_BACKTICK_RUNS = 2_000;

  /** The most indentation, in columns, of one line (deeply nested lists). */
  public static final int MAX_INDENT = 200;

  /**
   * The most list items one line opens ({@code - - - x} or {@code 1. 1. x}): each is a level of
   * nesting that the renderers recurse into, and 1,000 overflowed their stack.
   */
  public static final int MAX_LIST_MARKERS = 50;

  /**
   * The most characters that can open emphasis ({@code *} or {@code _} before a word) in one
   * stretch of text between blank lines: emphasis nests once per such character, the renderers
   * recurse once per level, and 4,000 levels overflowed their stack. A paragraph or list with a
   * hundred phrases in bold holds two hundred.
   */
  public static final int MAX_EMPHASIS_OPENERS = 500;

  /**
   * The longest run of {@code *}, {@code -} or {@code _} (blanks between them allowed), the
   * characters of a thematic break: the pattern that reads a thematic break recurses once per
   * character, and 2,000 overflowed the parser's stack.
   */
  public static final int MAX_MARKER_RUN = 500;

  /**
   * The most columns of a table's delimiter row ({@code |---|---|}): the tables extension matches
   * the row with a pattern that recurses once per column, and about a thousand overflow the stack.
   * Word allows 63.
   */
  public static final int MAX_TABLE_COLUMNS = 100;

  /**
   * The most lines holding a {@code |} one after another: the tables extension slows quadratically
   * in the rows of one block (20,000 rows took seconds), and a real table has far fewer.
   */
  public static final int MAX_TABLE_ROWS = 1_000;

  /** The longest text, in characters: bounds the parser's worst cases. */
  public static final int MAX_CHARS = 200_000;

  private MarkdownLimits() {}

  /**
   * Why a text is refused, and where.
   *
   * @param why what is past which limit
   * @param line the line of the text it was found on, from 0
   * @param column the column on that line, from 1
   * @param fix how to bring the text within bounds, or null for the general advice
   */
  public record Problem(String why, int line, int column, String fix) {}

  /** Why {@code text} is refused, or empty when it is within bounds. */
  public static Optional<String> problem(String text) {
    return find(text).map(Problem::why);
  }

  /** Why and where {@code text} is refused, or empty when it is within bounds. */
  public static Optional<Problem> find(String text) {
    if (text.length() > MAX_CHARS) {
      return Optional.of(
          new Problem(
              "it is " + text.length() + " characters long, more than " + MAX_CHARS, 0, 1, null));
    }
    return findStructure(text);
  }

  /** Why {@code text} is refused for its nesting or brackets alone, whatever its length. */
  public static Optional<String> structureProblem(String text) {
    return findStructure(text, false).map(Problem::why);
  }

  /**
   * Why a document made of texts that are each within bounds (a paper: its headings, fields and
   * bodies one after another) is refused. Nesting is bounded as in one text; brackets and backtick
   * runs, which cost time only within the paragraph that holds them, are counted per paragraph, so
   * that the parts' sum is never refused when each part was not.
   */
  public static Optional<String> composedProblem(String text) {
    return findStructure(text, true).map(Problem::why);
  }

  private static Optional<Problem> findStructure(String text) {
    return findStructure(text, false);
  }

  private static Optional<Problem> findStructure(String text, boolean perParagraph) {
    int brackets = 0;
    int backtickRuns = 0;
    int lineStart = 0;
    int line = 0;
    int pipedLines = 0;
    int openers = 0;
    char runChar = 0;
    int run = 0;
    char[] chars = text.toCharArray(); // not charAt, which the quick compiler keeps a call
    int n = chars.length;
    boolean piped = false;
    boolean blank = true;
    for (int i = 0; i < n; i++) {
      char c = chars[i];
      if (i == lineStart && endsParagraph(chars, i)) {
        openers = 0;
        if (perParagraph) {
          brackets = 0;
          backtickRuns = 0;
        }
      }
      if (c == '[' && !escaped(chars, i) && ++brackets > MAX_BRACKETS) {
        return Optional.of(
            new Problem(
                "it holds more than " + MAX_BRACKETS + " '[' characters",
                line,
                i - lineStart + 1,
                null));
      }
      if (c == '`' && (i == 0 || chars[i - 1] != '`') && ++backtickRuns > MAX_BACKTICK_RUNS) {
        return Optional.of(
            new Problem(
                "it holds more than "
                    + MAX_BACKTICK_RUNS
                    + " runs of '`', which open and close code spans",
                line,
                i - lineStart + 1,
                "put long stretches of code in a fenced code block (a line of ``` before and after"
                    + " it), or split the text"));
      }
      if (c == '*' || c == '-' || c == '_') {
        run = c == runChar ? run + 1 : 1;
        runChar = c;
        if (run > MAX_MARKER_RUN) {
          return Optional.of(
              new Problem(
                  "it holds a run of more than " + MAX_MARKER_RUN + " '" + c + "'",
                  line,
                  i - lineStart + 1,
                  "shorten the run: a line of three '" + c + "' is enough for a thematic break"));
        }
        if (c != '-'
            && (i == 0 || chars[i - 1] != c || escaped(chars, i - 1))
            && !escaped(chars, i)
            && (openers += emphasisOpeners(chars, i)) > MAX_EMPHASIS_OPENERS) {
          return Optional.of(
              new Problem(
                  "more than "
                      + MAX_EMPHASIS_OPENERS
                      + " '*' or '_'"
                      + " characters open emphasis in one paragraph, so it may nest that deep",
                  line,
                  i - lineStart + 1,
                  "write fewer words in bold or italics, or split the text into"
                      + " paragraphs with blank lines between them"));
        }
      } else if (c != ' ' && c != '\t') {
        runChar = 0;
      }
      piped |= c == '|';
      blank &= c == ' ' || c == '\t' || c == '\n';
      if (c == '\n' || i == n - 1) {
        int end = c == '\n' ? i : i + 1;
        Optional<Problem> problem = lineProblem(chars, lineStart, end, line);
        if (problem.isPresent()) {
          return problem;
        }
        pipedLines = piped ? pipedLines + 1 : 0;
        if (pipedLines > MAX_TABLE_ROWS) {
          return Optional.of(
              new Problem(
                  "more than "
                      + MAX_TABLE_ROWS
                      + " lines in a row hold a '|', as the rows of a table do",
                  line,
                  1,
                  "split the table into several shorter ones, each with its own header row and a"
                      + " blank line before it"));
        }
        if (blank) {
          openers = 0; // emphasis never spans a blank line...
          if (perParagraph) {
            brackets = 0;
            backtickRuns = 0;
          }
        }
        piped = false;
        blank = true;
        runChar = 0;
        lineStart = i + 1;
        line++;
      }
    }
    return Optional.empty();
  }

  /**
   * ...nor the start of a block that always ends the paragraph before it, whatever holds it: a
   * bullet list item with text, or a heading, indented less than four columns. (A line indented
   * further may continue a paragraph, and so may an item numbered other than 1.)
   */
  private static boolean endsParagraph(char[] chars, int start) {
    int i = start;
    while (i < chars.length && i - start < 3 && chars[i] == ' ') {
      i++;
    }
    if (i + 2 >= chars.length) {
      return false;
    }
    char c = chars[i];
    if (c == '-' || c == '+' || c == '*') {
      return (chars[i + 1] == ' ' || chars[i + 1] == '\t') && chars[i + 2] > ' ';
    }
    int hashes = 0;
    while (i < chars.length && chars[i] == '#' && hashes < 7) {
      i++;
      hashes++;
    }
    return hashes >= 1 && hashes <= 6 && i < chars.length && chars[i] == ' ';
  }

  /**
   * How many characters of the run of {@code *} or {@code _} starting at {@code i} may open
   * emphasis: all of them if the run is left-flanking (CommonMark) and, for {@code _}, not inside a
   * word; else none. Every level of nested emphasis is opened by at least one such character.
   */
  private static int emphasisOpeners(char[] chars, int i) {
    char c = chars[i];
    int end = i + 1;
    while (end < chars.length && chars[end] == c) {
      end++;
    }
    char before = i == 0 ? '\n' : chars[i - 1];
    char after = end == chars.length ? '\n' : chars[end];
    boolean spaceOrPunctuationBefore = Character.isWhitespace(before) || isPunctuation(before);
    boolean leftFlanking =
        !Character.isWhitespace(after) && (!isPunctuation(after) || spaceOrPunctuationBefore);
    return leftFlanking && (c == '*' || spaceOrPunctuationBefore) ? end - i : 0;
  }

  /** Whether the character at {@code i} is escaped: an odd number of backslashes before it. */
  private static boolean escaped(char[] chars, int i) {
    int backslashes = 0;
    while (i - backslashes > 0 && chars[i - backslashes - 1] == '\\') {
      backslashes++;
    }
    return backslashes % 2 == 1;
  }

  /** Punctuation as CommonMark counts it: ASCII punctuation and Unicode's P and S categories. */
  private static boolean isPunctuation(char c) {
    if (c < 128) {
      return c > ' ' && c < 127 && !Character.isLetterOrDigit(c);
    }
    return switch (Character.getType(c)) {
      case Character.CONNECTOR_PUNCTUATION,
          Character.DASH_PUNCTUATION,
          Character.START_PUNCTUATION,
          Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION,
          Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION,
          Character.MATH_SYMBOL,
          Character.CURRENCY_SYMBOL,
          Character.MODIFIER_SYMBOL,
          Character.OTHER_SYMBOL ->
          true;
      default -> false;
    };
  }

  private static Optional<Problem> lineProblem(char[] text, int start, int end, int line) {
    int quotes = 0;
    int indent = 0;
    int markers = 0;
    int i = start;
    for (; i < end; i++) {
      char c = text[i];
      if (c == '>') {
        quotes++;
      } else if (c == ' ' || c == '\t') {
        indent += c == '\t' ? 4 : 1;
      } else {
        int after = listMarkerEnd(text, i, end);
        if (after < 0) {
          break;
        }
        markers++;
        i = after - 1;
      }
    }
    if (quotes > MAX_QUOTE_DEPTH) {
      return Optional.of(
          new Problem(
              "block quotes are nested more than " + MAX_QUOTE_DEPTH + " deep", line, 1, null));
    }
    if (markers > MAX_LIST_MARKERS) {
      return Optional.of(
          new Problem(
              "one line opens more than " + MAX_LIST_MARKERS + " nested list items",
              line,
              1,
              "nest lists at most a few levels deep, one item per line"));
    }
    if (indent > MAX_INDENT) {
      return Optional.of(
          new Problem("a line is indented more than " + MAX_INDENT + " columns", line, 1, null));
    }
    // The columns of the delimiter row a line starts with: the pattern repeats once per '|'
    // followed by a run of '-', among ':' and blanks.
    int dashRuns = 0;
    int pipes = 0;
    for (int at = i; at < end; at++) {
      char c = text[at];
      if (c == '-') {
        if (at == i || text[at - 1] != '-') {
          dashRuns++;
        }
      } else if (c == '|') {
        pipes++;
      } else if (c != ':' && c != ' ' && c != '\t') {
        break;
      }
    }
    int columns = Math.min(dashRuns, pipes);
    if (columns > MAX_TABLE_COLUMNS) {
      return Optional.of(
          new Problem(
              "the line reads as a table's delimiter row of "
                  + columns
                  + " columns, more than "
                  + MAX_TABLE_COLUMNS,
              line,
              i - start + 1,
              "keep a table to "
                  + MAX_TABLE_COLUMNS
                  + " columns: split a wider one into several"
                  + " narrower tables"));
    }
    return Optional.empty();
  }

  /**
   * Where the list marker at {@code i} ends ({@code -}, {@code +} or {@code *}, or up to nine
   * digits and {@code .} or {@code )}, then a blank or the end of the line), or -1 if there is
   * none.
   */
  private static int listMarkerEnd(char[] text, int i, int end) {
    char c = text[i];
    int after;
    if (c == '-' || c == '+' || c == '*') {
      after = i + 1;
    } else {
      int digits = i;
      while (digits < end && digits - i < 9 && text[digits] >= '0' && text[digits] <= '9') {
        digits++;
      }
      if (digits == i || digits == end || text[digits] != '.' && text[digits] != ')') {
        return -1;
      }
      after = digits + 1;
    }
    return after == end || text[after] == ' ' || text[after] == '\t' ? after : -1;
  }
}
