package scot.pmo.markdown;

import java.util.Optional;

/**
 * Bounds on Markdown checked before it is parsed: the parser is recursive in block-quote nesting
 * and in the columns of a table's delimiter row, and slows quadratically on thousands of unclosed
 * link brackets, thousands of backtick runs and thousands of table rows in one block, so text past
 * these bounds is refused rather than parsed.
 */
public final class MarkdownLimits {

  /** The deepest block-quote nesting ({@code > > >}) accepted. */
  public static final int MAX_QUOTE_DEPTH = 50;

  /** The most opening link brackets in one text. */
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
   * The most columns of a table's delimiter row ({@code |---|---|}): the tables extension matches
   * the row with a pattern that recurses once per column, and about a thousand overflow the stack.
   * Word allows 63.
   */
  public static final int MAX_TABLE_COLUMNS = 100;

  /**
   * The most lines holding a {@code |} one after another: the tables extension slows
   * quadratically in the rows of one block (20,000 rows took seconds), and a real table has far
   * fewer.
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
      return Optional.of(new Problem("it is " + text.length() + " characters long, more than "
          + MAX_CHARS, 0, 1, null));
    }
    return findStructure(text);
  }

  /** Why {@code text} is refused for its nesting or brackets alone, whatever its length. */
  public static Optional<String> structureProblem(String text) {
    return findStructure(text).map(Problem::why);
  }

  private static Optional<Problem> findStructure(String text) {
    int brackets = 0;
    int backtickRuns = 0;
    int lineStart = 0;
    int line = 0;
    int pipedLines = 0;
    char[] chars = text.toCharArray(); // not charAt, which the quick compiler keeps a call
    int n = chars.length;
    boolean piped = false;
    for (int i = 0; i < n; i++) {
      char c = chars[i];
      if (c == '[' && ++brackets > MAX_BRACKETS) {
        return Optional.of(new Problem("it holds more than " + MAX_BRACKETS + " '[' characters",
            line, i - lineStart + 1, null));
      }
      if (c == '`' && (i == 0 || chars[i - 1] != '`') && ++backtickRuns > MAX_BACKTICK_RUNS) {
        return Optional.of(new Problem("it holds more than " + MAX_BACKTICK_RUNS
            + " runs of '`', which open and close code spans", line, i - lineStart + 1,
            "put long stretches of code in a fenced code block (a line of ``` before and after"
                + " it), or split the text"));
      }
      piped |= c == '|';
      if (c == '\n' || i == n - 1) {
        int end = c == '\n' ? i : i + 1;
        Optional<Problem> problem = lineProblem(chars, lineStart, end, line);
        if (problem.isPresent()) {
          return problem;
        }
        pipedLines = piped ? pipedLines + 1 : 0;
        if (pipedLines > MAX_TABLE_ROWS) {
          return Optional.of(new Problem("more than " + MAX_TABLE_ROWS
              + " lines in a row hold a '|', as the rows of a table do", line, 1,
              "split the table into several shorter ones, each with its own header row and a"
                  + " blank line before it"));
        }
        piped = false;
        lineStart = i + 1;
        line++;
      }
    }
    return Optional.empty();
  }

  private static Optional<Problem> lineProblem(char[] text, int start, int end, int line) {
    int quotes = 0;
    int indent = 0;
    int i = start;
    for (; i < end; i++) {
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
      return Optional.of(new Problem("block quotes are nested more than " + MAX_QUOTE_DEPTH
          + " deep", line, 1, null));
    }
    if (indent > MAX_INDENT) {
      return Optional.of(new Problem("a line is indented more than " + MAX_INDENT + " columns",
          line, 1, null));
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
      return Optional.of(new Problem("the line reads as a table's delimiter row of " + columns
          + " columns, more than " + MAX_TABLE_COLUMNS, line, i - start + 1,
          "keep a table to " + MAX_TABLE_COLUMNS + " columns: split a wider one into several"
              + " narrower tables"));
    }
    return Optional.empty();
  }
}
