package scot.pmo.load;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.scanner.ScannerImpl;
import org.yaml.snakeyaml.tokens.ScalarToken;
import org.yaml.snakeyaml.tokens.Token;

/**
 * Says what a YAML syntax error is in plain words, at the place the writer went wrong, with the
 * line as it should be written.
 *
 * <p>SnakeYAML reports where it gave up, which is often lines after the mistake: an unclosed quote
 * on line 1 is reported at the next quote, as "expected &lt;block end&gt;, but found
 * '&lt;scalar&gt;'". Each of its problems is matched here by its message, and the mistake is found
 * from the marks it gives (the problem mark, where it gave up, and the context mark, where what it
 * was reading began), from the tokens before the problem, and from the lines of the source.
 */
final class YamlSyntax {

  /**
   * A syntax error explained.
   *
   * @param line the 0-based line of the mistake in the YAML text
   * @param column the 0-based column of the mistake
   * @param message what is wrong, in plain words
   * @param hint how to put it right, showing the line as it should be
   */
  record Explained(int line, int column, String message, String hint) {}

  /** A field name at the start of a line, after any list dashes: {@code name} at {@code column}. */
  private record Key(String name, int column, int colon) {}

  private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
  private static final Pattern UNKNOWN_CHARACTER =
      Pattern.compile("found character '(.+?)' that cannot start any token");

  private final String[] lines;
  private final String yaml;
  private final String whole;

  private final int firstLine;

  private YamlSyntax(String yaml, int firstLine) {
    this.yaml = yaml;
    this.lines = yaml.split("\n", -1);
    this.firstLine = firstLine;
    this.whole = firstLine > 1 ? "the front matter" : "the file";
  }

  /**
   * Explains {@code e}, raised while reading {@code yaml}, which starts on the 1-based line {@code
   * firstLine} of its file (after the opening '---' of front matter).
   */
  static Explained explain(String yaml, MarkedYAMLException e, int firstLine) {
    YamlSyntax syntax = new YamlSyntax(yaml, firstLine);
    try {
      return syntax.explain(e);
    } catch (RuntimeException unforeseen) {
      // Text shaped in a way no rule here foresaw: SnakeYAML's own words are still true.
      return syntax.fallback(e, e.getContextMark());
    }
  }

  private Explained explain(MarkedYAMLException e) {
    String problem = e.getProblem() == null ? "" : e.getProblem();
    String context = e.getContext() == null ? "" : e.getContext();
    Mark at = e.getProblemMark();
    Mark start = e.getContextMark();
    if (at == null) {
      return fallback(e, start);
    }
    Explained explained = null;
    if (context.startsWith("while scanning a quoted scalar") && start != null) {
      explained = unclosedQuote(start.getLine(), start.getColumn(), -1);
    } else if (context.startsWith("while scanning a double-quoted scalar")) {
      explained = badEscape(at, start);
    } else if (UNKNOWN_CHARACTER.matcher(problem).find()) {
      explained = cannotStart(at);
    } else if (problem.startsWith("could not find expected ':'") && start != null) {
      explained = noColon(start);
    } else if (problem.startsWith("mapping values are not allowed here")) {
      explained = colonInText(at);
    } else if (problem.startsWith("mapping keys are not allowed here")) {
      explained = valueStartsWith(at.getLine(), at.getColumn());
    } else if (context.startsWith("while scanning a directive") && start != null) {
      explained = directive(start.getLine());
    } else if (problem.startsWith("sequence entries are not allowed here")) {
      explained = listOnFieldLine(at);
    } else if (context.startsWith("while parsing a flow") && start != null) {
      explained = unclosedBracket(at, start, context.contains("mapping") ? '{' : '[', problem);
    } else if (problem.startsWith("expected <block end>, but found ")) {
      explained = outOfPlace(at, problem.substring("expected <block end>, but found ".length()));
    } else if (problem.startsWith("expected the node content, but found")) {
      explained = valueStartsWith(at.getLine(), at.getColumn());
    } else if (context.startsWith("while scanning a block scalar") && start != null) {
      explained = blockScalarHeader(start);
    } else if ((context.startsWith("while scanning an anchor")
            || context.startsWith("while scanning an alias"))
        && start != null) {
      explained = valueStartsWith(start.getLine(), start.getColumn());
    } else if (context.startsWith("expected a single document")) {
      explained = secondDocument(at);
    } else if (problem.startsWith("expected '<document start>'")) {
      explained = afterDocumentEnd(at);
    }
    return explained != null ? explained : fallback(e, start);
  }

  /** A quote that opens a value and is closed nowhere, or only by the next value's quote. */
  private Explained unclosedQuote(int line, int column, int runsTo) {
    String text = line(line);
    char quote = column < text.length() ? text.charAt(column) : '"';
    String fixed = text.stripTrailing().strip() + quote;
    return new Explained(
        line,
        column,
        runsTo < 0
            ? "this quote is never closed"
            : "this quote is never closed, so the value runs on to the quote on line "
                + number(runsTo),
        "close it at the end of the value: " + fixed);
  }

  /** A backslash in double quotes that starts no escape YAML knows, such as {@code \q}. */
  private Explained badEscape(Mark at, Mark start) {
    String text = line(at.getLine());
    int backslash = text.lastIndexOf('\\', Math.min(at.getColumn(), text.length() - 1));
    if (backslash < 0) {
      return null;
    }
    int end = Math.min(text.length(), backslash + 2);
    String escape = text.substring(backslash, end);
    String hint = "write '\\\\' for a backslash";
    if (start != null && start.getLine() == at.getLine()) {
      String before = text.substring(0, start.getColumn());
      String value = text.substring(start.getColumn()).strip();
      if (value.length() >= 2 && value.endsWith("\"")) {
        String inner = value.substring(1, value.length() - 1);
        hint +=
            ", or put the value in single quotes, where a backslash is only a backslash: "
                + (before + "'" + inner.replace("'", "''") + "'").strip();
      }
    }
    return new Explained(
        at.getLine(),
        backslash,
        "'" + escape + "' is not an escape YAML knows: inside double quotes a backslash starts one",
        hint);
  }

  /** A character no YAML token starts with: a tab, '@', '`' or '%'. */
  private Explained cannotStart(Mark at) {
    int line = at.getLine();
    int column = at.getColumn();
    String text = line(line);
    char c = column < text.length() ? text.charAt(column) : ' ';
    if (c != '\t') {
      return valueStartsWith(line, column);
    }
    if (text.substring(0, column).isBlank()) {
      String content = text.strip();
      return new Explained(
          line,
          column,
          "this line is indented with a tab, and YAML counts only spaces",
          "indent it with spaces instead: '" + " ".repeat(expectedIndent(line)) + content + "'");
    }
    String fixed =
        (text.substring(0, column).stripTrailing() + " " + text.substring(column).strip());
    String after =
        column > 0 && text.charAt(column - 1) == ':'
            ? "a tab follows the ':' here, and YAML needs a space after the ':' of a field"
            : "a tab stands here, where YAML takes only spaces";
    return new Explained(line, column, after, "write a space instead: '" + fixed.strip() + "'");
  }

  /** A line that YAML began to read as a field name and found no ':' after. */
  private Explained noColon(Mark start) {
    int line = start.getLine();
    int column = start.getColumn();
    String text = line(line);
    String rest = text.substring(Math.min(column, text.length()));
    String indent = text.substring(0, Math.min(column, text.length()));
    int tab = rest.indexOf('\t');
    Matcher name = FIELD_NAME.matcher(rest);
    boolean startsWithName = name.lookingAt();
    if (tab > 0 && startsWithName && name.end() == tab) {
      return new Explained(
          line,
          column + tab,
          "a tab stands between '"
              + name.group()
              + "' and its value, and YAML needs ': ' after a field name",
          "write '" + name.group() + ": " + rest.substring(tab).strip() + "'");
    }
    int above = previousContent(line);
    String before = line(above).stripTrailing();
    Key aboveKey = key(above);
    if (above >= 0 && (before.endsWith("|") || before.endsWith(">")) && aboveKey != null) {
      return new Explained(
          line,
          column,
          "the text of '"
              + aboveKey.name()
              + "' must be indented under it, or YAML reads this line as a field",
          "indent it by two spaces more than '"
              + aboveKey.name()
              + "': '"
              + " ".repeat(aboveKey.column() + 2)
              + rest.strip()
              + "'");
    }
    if (above >= 0 && isItem(before) && dashColumn(before) == column) {
      return new Explained(
          line,
          column,
          "this line is neither a list item nor a field: it has no '- ' before it and no ':'"
              + " after a field name",
          "start it with '- ' to make it an item of the list: '"
              + indent
              + "- "
              + rest.strip()
              + "'");
    }
    boolean goesOn =
        aboveKey != null
            && aboveKey.column() >= column
            && !before.substring(aboveKey.colon() + 1).isBlank()
            && "\"'[{|>".indexOf(before.substring(aboveKey.colon() + 1).strip().charAt(0)) < 0;
    if (startsWithName && name.end() < rest.length() && rest.charAt(name.end()) == ' ') {
      return new Explained(
          line,
          column + name.end(),
          "there is no ':' after the field name '" + name.group() + "'",
          "write '"
              + name.group()
              + ": "
              + rest.substring(name.end()).strip()
              + "'"
              + (goesOn
                  ? "; or, if the line goes on with the value of '"
                      + aboveKey.name()
                      + "' above, indent it: '"
                      + " ".repeat(aboveKey.column() + 2)
                      + rest.strip()
                      + "'"
                  : ""));
    }
    if (aboveKey != null && aboveKey.column() >= column) {
      return new Explained(
          line,
          column,
          "YAML reads this line as a new field, but there is no ':' in it",
          "if it goes on with the value of '"
              + aboveKey.name()
              + "' on line "
              + number(above)
              + ", indent it further: '"
              + " ".repeat(aboveKey.column() + 2)
              + rest.strip()
              + "'; if it is a field, write 'name: value'");
    }
    return new Explained(
        line,
        column,
        "YAML reads this line as a field, but there is no ':' after a field name in it",
        "write the field as 'name: value'");
  }

  /** A ':' followed by a space where YAML does not allow a new field to start. */
  private Explained colonInText(Mark at) {
    int line = at.getLine();
    String text = line(line);
    Key own = key(line);
    if (own != null && own.colon() < at.getColumn()) {
      String value = text.substring(own.colon() + 1).strip();
      return new Explained(
          line,
          at.getColumn(),
          "the value of '"
              + own.name()
              + "' holds ': ', which YAML reads as the start of another field",
          "put the value in quotes: "
              + text.substring(0, own.colon() + 1).strip()
              + " "
              + doubleQuoted(value));
    }
    int above = previousContent(line);
    if (own != null && above >= 0) {
      String before = line(above);
      Matcher squeezed =
          Pattern.compile("^\\s*(?:- +)*([A-Za-z][A-Za-z0-9_-]*):(\\S)").matcher(before);
      if (squeezed.find() && !before.contains(": ")) {
        String fixed =
            before.substring(0, squeezed.end(1) + 1) + " " + before.substring(squeezed.end(1) + 1);
        return new Explained(
            above,
            squeezed.end(1) + 1,
            "there is no space after the ':' of '"
                + squeezed.group(1)
                + "', so YAML reads the line as text, not as a field",
            "write a space after the ':': '" + fixed.strip() + "'");
      }
      Matcher unseparated =
          Pattern.compile("^(\\s*(?:- +)*)([A-Za-z][A-Za-z0-9_-]*)( +:| +)(\\S.*)$")
              .matcher(before.stripTrailing());
      if (key(above) == null && indent(above) <= own.column() && unseparated.matches()) {
        boolean spaceBefore = unseparated.group(3).endsWith(":");
        String name = unseparated.group(2);
        String value = unseparated.group(4).strip();
        return new Explained(
            above,
            unseparated.end(2),
            spaceBefore
                ? "there is a space before the ':' of '" + name + "' and none after it"
                : "there is no ':' after the field name '" + name + "'",
            "write '" + unseparated.group(1).strip() + name + ": " + value + "'");
      }
      Key parent = keyAbove(line, own.column(), true);
      if (parent != null) {
        return new Explained(
            line,
            own.column(),
            "'"
                + own.name()
                + "' is indented more than '"
                + parent.name()
                + "' above it, so YAML reads it as part of the value of '"
                + parent.name()
                + "'",
            "line it up with '"
                + parent.name()
                + "' on line "
                + number(lineOf(parent, line))
                + ": '"
                + " ".repeat(parent.column())
                + text.strip()
                + "'");
      }
    }
    return null;
  }

  /** '- ' after a field name on the same line: {@code title: - a}. */
  private Explained listOnFieldLine(Mark at) {
    Key own = key(at.getLine());
    if (own == null) {
      return null;
    }
    String text = line(at.getLine());
    String item = text.substring(at.getColumn()).strip();
    return new Explained(
        at.getLine(),
        at.getColumn(),
        "a list cannot start on the line of its field '" + own.name() + "'",
        "write '"
            + own.name()
            + ":' on a line of its own, and the item on the next, indented: '"
            + " ".repeat(own.column() + 2)
            + item
            + "'; if the value is text that starts with '-', put it in quotes: "
            + own.name()
            + ": "
            + doubleQuoted(item));
  }

  /** A '[' or '{' that is not closed by the end of its value. */
  private Explained unclosedBracket(Mark at, Mark start, char open, String problem) {
    char close = open == '[' ? ']' : '}';
    String text = line(start.getLine());
    String what = open == '[' ? "list" : "set of fields";
    if (at.getLine() > start.getLine() || problem.contains("<stream end>")) {
      return new Explained(
          start.getLine(),
          start.getColumn(),
          "this '" + open + "' is never closed",
          "close the "
              + what
              + " with '"
              + close
              + "' at the end of the value: "
              + text.strip()
              + close
              + "; if the value is text that starts with '"
              + open
              + "', put it in quotes");
    }
    Key own = key(start.getLine());
    String value = text.substring(start.getColumn()).strip();
    String here = line(at.getLine());
    String found =
        at.getColumn() < here.length()
            ? "the '" + here.charAt(at.getColumn()) + "' in column " + (at.getColumn() + 1)
            : "what follows";
    return new Explained(
        start.getLine(),
        start.getColumn(),
        (own != null ? "the value of '" + own.name() + "'" : "this value")
            + " starts with '"
            + open
            + "', so YAML reads it as a "
            + what
            + " in brackets, and cannot read "
            + found
            + " inside it",
        "if the value is text, put it in quotes: "
            + (own != null ? own.name() + ": " : "")
            + doubleQuoted(value));
  }

  /** Something YAML found where the mapping or list it was reading should have ended. */
  private Explained outOfPlace(Mark at, String found) {
    int line = at.getLine();
    int column = at.getColumn();
    String text = line(line);
    boolean startsLine = text.substring(0, Math.min(column, text.length())).isBlank();
    List<Token> tokens = tokensBefore(at);
    Token last = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
    if (found.equals("'<scalar>'") && last instanceof ScalarToken scalar) {
      Explained quoted = afterScalar(scalar, at, startsLine);
      if (quoted != null) {
        return quoted;
      }
    }
    if (found.equals("'<scalar>'")
        && last != null
        && (last.getTokenId() == Token.ID.FlowSequenceEnd
            || last.getTokenId() == Token.ID.FlowMappingEnd)
        && last.getEndMark().getLine() == line) {
      Token open = opening(tokens);
      if (open != null) {
        Key own = key(open.getStartMark().getLine());
        char bracket = last.getTokenId() == Token.ID.FlowSequenceEnd ? '[' : '{';
        String value =
            line(open.getStartMark().getLine()).substring(open.getStartMark().getColumn());
        return new Explained(
            open.getStartMark().getLine(),
            open.getStartMark().getColumn(),
            (own != null ? "the value of '" + own.name() + "'" : "this value")
                + " starts with '"
                + bracket
                + "', so YAML reads it as a "
                + (bracket == '[' ? "list" : "set of fields")
                + ", and the text after the closing '"
                + (bracket == '[' ? ']' : '}')
                + "' cannot follow",
            "put the value in quotes: "
                + (own != null ? own.name() + ": " : "")
                + doubleQuoted(value.strip()));
      }
    }
    if (!startsLine) {
      return null;
    }
    if (found.equals("'-'")) {
      return itemAmongFields(line, column);
    }
    if (found.equals("'?'")) {
      return fieldAmongItems(line, column);
    }
    if (found.equals("'<block sequence start>'")) {
      return misalignedItem(line, column);
    }
    return misalignedField(line, column);
  }

  /** What follows a scalar on its line, or under it, that cannot. */
  private Explained afterScalar(ScalarToken scalar, Mark at, boolean startsLine) {
    Mark from = scalar.getStartMark();
    Mark to = scalar.getEndMark();
    ScalarStyle style = scalar.getStyle();
    boolean quoted = style == ScalarStyle.DOUBLE_QUOTED || style == ScalarStyle.SINGLE_QUOTED;
    if (quoted && to.getLine() > from.getLine() && runsOverAField(from.getLine(), to.getLine())) {
      return unclosedQuote(from.getLine(), from.getColumn(), to.getLine());
    }
    if (quoted && to.getLine() == at.getLine()) {
      String text = line(at.getLine());
      int closing = to.getColumn() - 1;
      Key own = key(from.getLine());
      String field = own != null ? own.name() + ": " : "";
      String value = text.substring(from.getColumn()).strip();
      if (style == ScalarStyle.SINGLE_QUOTED
          && closing + 1 < text.length()
          && Character.isLetter(text.charAt(closing + 1))) {
        String inner =
            value.substring(1, value.endsWith("'") ? value.length() - 1 : value.length());
        return new Explained(
            at.getLine(),
            closing,
            "this apostrophe closes the quoted value that opens at column "
                + (from.getColumn() + 1)
                + ", and the text after it cannot follow",
            "inside single quotes write an apostrophe twice, or put the value in double quotes: "
                + field
                + doubleQuoted(inner.replace("''", "'")));
      }
      return new Explained(
          at.getLine(),
          closing,
          "this quote closes the value, but the line goes on after it",
          "to keep the quotes as text, put the whole value in "
              + (style == ScalarStyle.DOUBLE_QUOTED
                  ? "single quotes: " + field + "'" + value.replace("'", "''") + "'"
                  : "double quotes: " + field + doubleQuoted(value)));
    }
    if ((style == ScalarStyle.LITERAL || style == ScalarStyle.FOLDED) && startsLine) {
      int first = from.getLine() + 1;
      while (first < at.getLine() && line(first).isBlank()) {
        first++;
      }
      Key own = key(from.getLine());
      int indent = indent(first);
      return new Explained(
          at.getLine(),
          at.getColumn(),
          "this line is indented less than the text of '"
              + (own != null ? own.name() : "the field")
              + "' above it, so it ends the text, and YAML cannot read it as anything else",
          "indent it like the text above: '"
              + " ".repeat(indent)
              + line(at.getLine()).strip()
              + "'");
    }
    return null;
  }

  /** Whether a line inside a quoted value looks like a field or a list item of its own. */
  private boolean runsOverAField(int from, int to) {
    for (int i = from + 1; i <= to; i++) {
      if (key(i) != null || isItem(line(i))) {
        return true;
      }
    }
    return false;
  }

  private Explained itemAmongFields(int line, int column) {
    Key sibling = keyAbove(line, column, false);
    Key parent = keyAbove(line, column, true);
    String item = line(line).strip();
    String among = parent == null ? "the file's fields" : "the fields of '" + parent.name() + "'";
    String message =
        "this list item stands among "
            + among
            + (sibling != null
                ? " (such as '"
                    + sibling.name()
                    + "' on line "
                    + number(lineOf(sibling, line))
                    + ")"
                : "");
    String hint =
        parent == null
            ? "put the list under the field it belongs to: write 'name:' on the line above, and"
                + " indent the item by two spaces: '  "
                + item
                + "'"
            : "make every entry under '"
                + parent.name()
                + "' a list item starting with '- ', or none of them";
    return new Explained(line, column, message, hint);
  }

  private Explained fieldAmongItems(int line, int column) {
    String text = line(line);
    String rest = text.substring(column);
    if (rest.startsWith("-") && rest.length() > 1 && rest.charAt(1) != ' ') {
      return new Explained(
          line,
          column + 1,
          "there is no space after '-', so YAML does not read '"
              + rest.strip()
              + "' as a list item",
          "write a space after the '-': '"
              + text.substring(0, column)
              + "- "
              + rest.substring(1).strip()
              + "'");
    }
    Key own = key(line);
    Key parent = keyAbove(line, column, true);
    String name = own != null ? own.name() : rest.strip();
    String list =
        parent != null ? "the list '" + parent.name() + "'" : "the list the file starts as";
    String hint =
        parent != null
            ? "if '"
                + name
                + "' is a field of its own, line it up with '"
                + parent.name()
                + "': '"
                + " ".repeat(parent.column())
                + rest.strip()
                + "'; if it belongs to the items, start it with '- ': '"
                + " ".repeat(column)
                + "- "
                + rest.strip()
                + "'"
            : "start it with '- ' to make it an item, or write every line as a field without '- '";
    return new Explained(
        line, column, "'" + name + "' is a field among the items of " + list, hint);
  }

  private Explained misalignedItem(int line, int column) {
    int best = -1;
    for (int i = line - 1; i >= 0; i--) {
      String text = line(i);
      if (isItem(text)) {
        int dash = dashColumn(text);
        if (best < 0 || Math.abs(dash - column) < Math.abs(dashColumn(line(best)) - column)) {
          best = i;
        }
      }
    }
    String item = line(line).strip();
    if (best < 0) {
      return new Explained(
          line,
          column,
          "this list item is indented by "
              + spaces(column)
              + ", which lines it up with nothing above it",
          "indent it by two spaces more than the field it belongs to");
    }
    int dash = dashColumn(line(best));
    return new Explained(
        line,
        column,
        "this list item is indented by "
            + spaces(column)
            + ", but the list it belongs to by "
            + spaces(dash),
        "line it up with the item on line " + number(best) + ": '" + " ".repeat(dash) + item + "'");
  }

  private Explained misalignedField(int line, int column) {
    Key best = null;
    int bestLine = -1;
    for (int i = line - 1; i >= 0; i--) {
      Key k = key(i);
      if (k != null
          && k.column() != column
          && (best == null || Math.abs(k.column() - column) < Math.abs(best.column() - column))) {
        best = k;
        bestLine = i;
      }
    }
    Key own = key(line);
    String name = own != null ? "'" + own.name() + "'" : "this line";
    String text = line(line).strip();
    if (best == null) {
      return new Explained(
          line,
          column,
          name + " is indented by " + spaces(column) + ", which lines it up with no field above it",
          "start it in the column of the field it belongs beside");
    }
    return new Explained(
        line,
        column,
        name + " is indented by " + spaces(column) + ", which lines it up with no field above it",
        "line it up with '"
            + best.name()
            + "' on line "
            + number(bestLine)
            + ": '"
            + " ".repeat(best.column())
            + text
            + "'");
  }

  /** A value that starts with a character YAML keeps for itself, unquoted. */
  private Explained valueStartsWith(int line, int column) {
    String text = line(line);
    if (column >= text.length()) {
      return null;
    }
    char c = text.charAt(column);
    Key own = key(line);
    String value = text.substring(column).strip();
    String why =
        switch (c) {
          case '@', '`' -> " (YAML keeps '@' and '`' for later use)";
          case '&' -> " (YAML reads '&' as an anchor)";
          case '*' -> " (YAML reads '*' as an alias)";
          case '%' -> " (YAML reads '%' as a directive)";
          case '?' -> " (YAML reads '? ' as the start of a complex field name)";
          default -> "";
        };
    return new Explained(
        line,
        column,
        "a value cannot start with '" + c + "' unless it is in quotes" + why,
        "put the value in quotes: "
            + (own != null && own.colon() < column ? own.name() + ": " : "")
            + doubleQuoted(value));
  }

  /** '|' or '>' followed by something other than its indicators on the field's line. */
  private Explained blockScalarHeader(Mark start) {
    Key own = key(start.getLine());
    String text = line(start.getLine());
    char indicator = text.charAt(start.getColumn());
    String after = text.substring(start.getColumn() + 1).strip();
    String name = own != null ? own.name() : "name";
    return new Explained(
        start.getLine(),
        start.getColumn(),
        "after '" + indicator + "' the text starts on the next line, not on the line of the field",
        "write '"
            + name
            + ": "
            + indicator
            + "' alone, and the text on the lines below it, indented by two spaces more: '"
            + " ".repeat((own != null ? own.column() : 0) + 2)
            + after
            + "'");
  }

  private Explained secondDocument(Mark at) {
    return new Explained(
        at.getLine(),
        at.getColumn(),
        "this '---' starts a second YAML document, but " + whole + " holds one set of fields",
        "delete the line; write each entity in a file of its own");
  }

  private Explained afterDocumentEnd(Mark at) {
    for (int i = at.getLine() - 1; i >= 0; i--) {
      if (line(i).stripTrailing().equals("...")) {
        return new Explained(
            i,
            0,
            "'...' ends the YAML, so the lines after it cannot be read",
            "delete the line '...'");
      }
      if (line(i).startsWith("%")) {
        return directive(i);
      }
    }
    return null;
  }

  private Explained directive(int line) {
    return new Explained(
        line,
        0,
        "a line starting with '%' is a YAML directive, which content does not use",
        "delete the line; if it is text, write it as the value of a field, in quotes: name: "
            + doubleQuoted(line(line).strip()));
  }

  /** What SnakeYAML said, as well as it can be said, where nothing above explains it. */
  private Explained fallback(MarkedYAMLException e, Mark start) {
    Mark mark = e.getProblemMark() != null ? e.getProblemMark() : start;
    String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
    boolean ended =
        problem != null && (problem.contains("end of stream") || problem.contains("<stream end>"));
    String said = oneLine(problem);
    String where = "";
    if (e.getContext() != null) {
      boolean elsewhere = start != null && mark != null && start.getLine() != mark.getLine();
      where =
          " ("
              + oneLine(e.getContext())
              + (elsewhere ? " that starts on line " + number(start.getLine()) : "")
              + ")";
    }
    if (ended && start != null) {
      return new Explained(
          start.getLine(),
          start.getColumn(),
          whole + " ends before what starts here is complete",
          "finish it on this line, or delete it");
    }
    return new Explained(
        mark == null ? 0 : mark.getLine(),
        mark == null ? 0 : mark.getColumn(),
        "the YAML cannot be read: " + said + where,
        "check indentation, colons after field names, and quotes around text containing"
            + " ': ' or starting with a special character such as '[', '{', '*', '&', '!'");
  }

  // --- the source's lines ---

  /** The line number people see in the file for the 0-based line {@code i} of the YAML. */
  private int number(int i) {
    return i + firstLine;
  }

  private String line(int i) {
    return i >= 0 && i < lines.length ? lines[i] : "";
  }

  private int indent(int i) {
    String text = line(i);
    int n = 0;
    while (n < text.length() && text.charAt(n) == ' ') {
      n++;
    }
    return n;
  }

  /** The nearest line above {@code i} that holds more than blanks or a comment, or -1. */
  private int previousContent(int i) {
    for (int j = i - 1; j >= 0; j--) {
      String s = line(j).strip();
      if (!s.isEmpty() && !s.startsWith("#")) {
        return j;
      }
    }
    return -1;
  }

  /** The indentation a line is most likely meant to have, from the line above it. */
  private int expectedIndent(int i) {
    int above = previousContent(i);
    if (above < 0) {
      return 0;
    }
    Key k = key(above);
    String before = line(above).stripTrailing();
    int base = k != null ? k.column() : indent(above);
    return before.endsWith(":") || before.endsWith("|") || before.endsWith(">") ? base + 2 : base;
  }

  /**
   * The nearest field above {@code line} that starts in {@code column} ({@code parent} false), or
   * the nearest that starts left of it ({@code parent} true).
   */
  private Key keyAbove(int line, int column, boolean parent) {
    for (int i = line - 1; i >= 0; i--) {
      Key k = key(i);
      if (k != null && (parent ? k.column() < column : k.column() == column)) {
        return k;
      }
      if (parent && k == null && !line(i).isBlank() && indent(i) < column && !isItem(line(i))) {
        return null;
      }
    }
    return null;
  }

  private int lineOf(Key key, int below) {
    for (int i = below - 1; i >= 0; i--) {
      if (key.equals(key(i))) {
        return i;
      }
    }
    return below;
  }

  /** The field name a line starts with, after any list dashes, or null. */
  private Key key(int i) {
    String text = line(i);
    int at = 0;
    while (at < text.length() && text.charAt(at) == ' ') {
      at++;
    }
    while (at + 1 < text.length() && text.charAt(at) == '-' && text.charAt(at + 1) == ' ') {
      at += 2;
      while (at < text.length() && text.charAt(at) == ' ') {
        at++;
      }
    }
    if (at >= text.length() || "#[{'\"|>!&*%@`,?:-".indexOf(text.charAt(at)) >= 0) {
      return null;
    }
    for (int j = at; j < text.length(); j++) {
      char c = text.charAt(j);
      if (c == '#' && j > 0 && text.charAt(j - 1) == ' ') {
        return null;
      }
      if (c == ':' && (j + 1 == text.length() || text.charAt(j + 1) == ' ')) {
        String name = text.substring(at, j).strip();
        return name.isEmpty() ? null : new Key(name, at, j);
      }
    }
    return null;
  }

  private static boolean isItem(String text) {
    String s = text.stripLeading();
    return s.equals("-") || s.startsWith("- ");
  }

  private static int dashColumn(String text) {
    return text.indexOf('-');
  }

  private static String spaces(int n) {
    return n == 1 ? "1 space" : n + " spaces";
  }

  private static String doubleQuoted(String value) {
    return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").trim();
  }

  /**
   * The tokens SnakeYAML's scanner gives before {@code at}, for what came just before a problem.
   */
  private List<Token> tokensBefore(Mark at) {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(Math.max(options.getCodePointLimit(), yaml.length() + 1));
    ScannerImpl scanner = new ScannerImpl(new StreamReader(yaml), options);
    List<Token> tokens = new ArrayList<>();
    try {
      while (scanner.checkToken()) {
        Token token = scanner.getToken();
        if (token.getTokenId() == Token.ID.StreamEnd
            || token.getStartMark().getIndex() >= at.getIndex()) {
          break;
        }
        if (token.getTokenId() != Token.ID.BlockEnd) {
          tokens.add(token);
        }
      }
    } catch (YAMLException e) {
      // The scanner stops where the parser stopped, or before: the tokens so far are enough.
    }
    return tokens;
  }

  /** The '[' or '{' that the last token of {@code tokens} closes. */
  private static Token opening(List<Token> tokens) {
    int depth = 0;
    for (int i = tokens.size() - 1; i >= 0; i--) {
      Token.ID id = tokens.get(i).getTokenId();
      if (id == Token.ID.FlowSequenceEnd || id == Token.ID.FlowMappingEnd) {
        depth++;
      } else if (id == Token.ID.FlowSequenceStart || id == Token.ID.FlowMappingStart) {
        depth--;
        if (depth == 0) {
          return tokens.get(i);
        }
      }
    }
    return null;
  }
}
