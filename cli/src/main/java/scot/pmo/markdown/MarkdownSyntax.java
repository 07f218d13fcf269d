package scot.pmo.markdown;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/**
 * The one definition of the Markdown that content is written in: CommonMark with GitHub-style pipe
 * tables. Every parser of content (validation's link check, the parse shared with the site, the
 * site's and the papers' renderer) is built from {@link #options()}, so that a link checked in a
 * table cell is the link the site shows, and the two cannot drift apart.
 */
public final class MarkdownSyntax {

  private MarkdownSyntax() {}

  /**
   * The parser options, as a new set that a renderer may add its own options to. The table options
   * follow GitHub's rendering as far as flexmark's extension can: GitHub has no column spans
   * ({@code ||} is an empty cell), no captions, exactly one header row and a delimiter of one dash
   * or more; it pads short rows with empty cells, drops cells beyond the header's, and is no table
   * when the header and delimiter rows have different numbers of cells. flexmark's defaults differ
   * on each of these. More than one header row is still accepted: GitHub would show the rows above
   * the last as a paragraph, and a table with an extra header row keeps the reader's text in the
   * table rather than losing the table.
   */
  public static MutableDataSet options() {
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
    options.set(TablesExtension.COLUMN_SPANS, false);
    options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
    options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
    options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
    options.set(TablesExtension.MIN_HEADER_ROWS, 1);
    options.set(TablesExtension.MIN_SEPARATOR_DASHES, 1);
    options.set(TablesExtension.WITH_CAPTION, false);
    return options;
  }

  /** A parser of content Markdown. */
  public static Parser parser() {
    return Parser.builder(options()).build();
  }
}
