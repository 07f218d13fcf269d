package scot.pmo.render.paper;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import scot.pmo.render.markdown.MarkdownRenderer;
import scot.pmo.render.markdown.SafeLinks;
import scot.pmo.render.paper.DocxBody.Para;
import scot.pmo.render.paper.DocxBody.Table;

/**
 * Writes a paper as a Word document that its readers can edit: real Title and Heading 1–3 styles,
 * bulleted and numbered lists on Word's own numbering, tables, hyperlinks, and the document's
 * title, author and dates in its properties.
 *
 * <p>It reads the paper's Markdown rendition, which the templates produce from the paper's model,
 * so the wording has one home: the templates. A Markdown heading {@code #} becomes Title, {@code
 * ##} Heading 1, {@code ###} Heading 2, deeper ones Heading 3.
 *
 * <p>This class walks the Markdown into paragraphs and tables ({@link DocxBody}); {@link
 * DocxPackage} writes them and the document's other parts as WordprocessingML, straight to text.
 */
final class DocxWriter {

  private final DocxBody body = new DocxBody();
  private final DocxPackage.Numbering numbering = new DocxPackage.Numbering();
  private final int bullets = numbering.add(false);

  /** The bookmark of each heading a link within the paper can name, by the link's anchor. */
  private final Map<String, String> bookmarks = new HashMap<>();

  /** The number of the bookmark around each such heading. */
  private final Map<Heading, Integer> bookmarked = new IdentityHashMap<>();

  private DocxWriter() {}

  /** The Word document of a paper from its paper Markdown, parsed by {@code markdown}. */
  static byte[] write(Paper paper, String paperMarkdown, MarkdownRenderer markdown) {
    DocxWriter writer = new DocxWriter();
    Node document = markdown.parsePaper(paperMarkdown);
    writer.bookmarks(document, new HashSet<>());
    writer.blocks(document, 0, 0);
    try {
      return DocxPackage.write(paper, writer.body, writer.numbering);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the Word document of " + paper.id(), e);
    }
  }

  // ---- Blocks ----------------------------------------------------------------------------

  private static String bookmarkName(int number) {
    return "_pmo_section_" + number;
  }

  /**
   * Names a bookmark for each heading below the title, under the anchor the paper's templates link
   * it by ({@link SectionAnchors}), so that the contents list's entries lead to their sections in
   * Word as they do in the HTML and the PDF. Word's bookmark names allow no hyphens, so each is
   * numbered; a leading underscore keeps them out of Word's own list of bookmarks.
   */
  private void bookmarks(Node parent, Set<String> taken) {
    // The headings that blocks() writes as headings: in the document and in block quotes.
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Heading heading && heading.getLevel() > 1) {
        int number = bookmarked.size() + 1;
        bookmarks.put(SectionAnchors.next(plain(heading), taken), bookmarkName(number));
        bookmarked.put(heading, number);
      } else if (node instanceof BlockQuote) {
        bookmarks(node, taken);
      }
    }
  }

  /** The blocks under {@code parent}, in lists {@code depth} deep and in {@code quotes} quotes. */
  private void blocks(Node parent, int depth, int quotes) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Heading heading) {
        Para p = body.paragraph(quotes);
        p.style =
            switch (heading.getLevel()) {
              case 1 -> "Title";
              case 2 -> "Heading1";
              case 3 -> "Heading2";
              default -> "Heading3";
            };
        Integer bookmark = bookmarked.get(heading);
        if (bookmark != null) {
          p.bookmark(bookmark, bookmarkName(bookmark));
        }
        inlines(p, heading, false, false);
      } else if (node instanceof Paragraph) {
        inlines(body.paragraph(quotes), node, false, false);
      } else if (node instanceof ListBlock list) {
        list(list, depth, quotes);
      } else if (node instanceof BlockQuote) {
        blocks(node, depth, quotes + 1);
      } else if (node instanceof TableBlock table) {
        table(table, quotes);
      } else if (node instanceof ThematicBreak) {
        Para rule = body.paragraph(quotes);
        rule.rule = true;
        rule.spacingAfter = 120;
      } else if (node.hasChildren()) {
        blocks(node, depth, quotes);
      }
    }
  }

  private void list(ListBlock list, int depth, int quotes) {
    int num = list instanceof OrderedList ? numbering.add(true) : bullets;
    int level = Math.min(depth, DocxPackage.Numbering.LEVELS - 1);
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      if (!(item instanceof ListItem)) {
        continue;
      }
      boolean first = true;
      for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
        if (child instanceof ListBlock nested) {
          list(nested, depth + 1, quotes);
        } else if (child instanceof Paragraph) {
          Para p = body.paragraph(quotes);
          p.style = "ListParagraph";
          if (first) {
            p.numbered(num, level);
          } else {
            p.left = DocxPackage.INDENT * (level + 1);
          }
          inlines(p, child, false, false);
          first = false;
        } else {
          blocks(child, depth + 1, quotes);
        }
      }
    }
    if (depth == 0) {
      // The last item of a list gets the space a paragraph has after it.
      body.lastParagraph().ifPresent(p -> p.spacingAfter = 160);
    }
  }

  /**
   * A table across the page: the header row bold, shaded and repeated at the top of each page the
   * table runs onto, and each column aligned as the Markdown says.
   */
  private void table(TableBlock block, int quotes) {
    List<TableRow> rows = new ArrayList<>();
    for (Node section = block.getFirstChild(); section != null; section = section.getNext()) {
      if (section instanceof TableHead || section instanceof TableBody) {
        for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
          if (row instanceof TableRow tableRow) {
            rows.add(tableRow);
          }
        }
      }
    }
    int columns = 0;
    for (TableRow row : rows) {
      int cells = 0;
      for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
        cells++;
      }
      columns = Math.max(columns, cells);
    }
    if (columns == 0) {
      return;
    }
    Table table = body.table(columns);
    for (TableRow row : rows) {
      boolean header = row.getParent() instanceof TableHead;
      List<Para> cells = table.row(header);
      for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
        Para p = new Para(0);
        p.spacingAfter = 0;
        if (cell instanceof TableCell tableCell && tableCell.getAlignment() != null) {
          p.align =
              switch (tableCell.getAlignment()) {
                case LEFT -> "left";
                case CENTER -> "center";
                case RIGHT -> "right";
              };
        }
        inlines(p, cell, header, false);
        cells.add(p);
      }
    }
    // A paragraph after the table keeps the next table or heading apart from it.
    body.paragraph(quotes).spacingAfter = 0;
  }

  // ---- Inline content ----------------------------------------------------------------------

  private void inlines(Para p, Node parent, boolean bold, boolean italic) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Text || node instanceof HtmlEntity) {
        p.text(text(node), bold, italic);
      } else if (node instanceof StrongEmphasis) {
        inlines(p, node, true, italic);
      } else if (node instanceof Emphasis) {
        inlines(p, node, bold, true);
      } else if (node instanceof SoftLineBreak) {
        p.text(" ", bold, italic);
      } else if (node instanceof HardLineBreak) {
        p.lineBreak();
      } else if (node instanceof Code code) {
        p.text(code.getText().toString(), bold, italic);
      } else if (node instanceof Link link) {
        link(p, link.getUrl().unescape(), plain(link), bold, italic);
      } else if (node instanceof AutoLink auto) {
        String url = auto.getText().unescape();
        link(p, url, url, bold, italic);
      } else if (node instanceof MailLink mail) {
        String address = mail.getText().unescape();
        link(p, "mailto:" + address, address, bold, italic);
      } else if (node.hasChildren()) {
        inlines(p, node, bold, italic);
      } else {
        p.text(text(node), bold, italic);
      }
    }
  }

  /**
   * A link: within the paper, to the heading bookmarked for its anchor, as Word's own contents
   * lists link; else to its address, when it is safe and Word can store it. Any other link is
   * written as its text alone.
   */
  private void link(Para p, String href, String text, boolean bold, boolean italic) {
    if (href.startsWith("#")) {
      String bookmark = bookmarks.get(href.substring(1));
      if (bookmark == null) {
        p.text(text, bold, italic);
      } else {
        p.internalLink(bookmark, text, bold, italic);
      }
    } else if (SafeLinks.isSafe(href) && isUri(href.strip())) {
      p.externalLink(body.relationship(href.strip()), text, bold, italic);
    } else {
      p.text(text, bold, italic);
    }
  }

  /** Whether Word can store {@code href}: quotes or spaces in an address are not allowed. */
  private static boolean isUri(String href) {
    try {
      new java.net.URI(href);
      return true;
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  private static String text(Node node) {
    return Escaping.unescapeString(node.getChars().toString());
  }

  /** The plain text inside a node, for a link's text. */
  private static String plain(Node node) {
    StringBuilder out = new StringBuilder();
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Text || child instanceof HtmlEntity) {
        out.append(text(child));
      } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
        out.append(' ');
      } else if (child instanceof Code code) {
        out.append(code.getText());
      } else {
        out.append(plain(child));
      }
    }
    return out.toString();
  }
}
