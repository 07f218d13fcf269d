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
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import scot.pmo.markdown.MarkdownLimits;
import scot.pmo.render.markdown.MarkdownRenderer;
import scot.pmo.render.markdown.SafeLinks;

/**
 * Writes a paper as a Word document that its readers can edit: real Title and Heading 1–3 styles,
 * bulleted and numbered lists on Word's own numbering, hyperlinks, and the document's title, author
 * and dates in its properties.
 *
 * <p>It reads the paper's Markdown rendition, which the templates produce from the paper's model,
 * so the wording has one home: the templates. A Markdown heading {@code #} becomes Title, {@code
 * ##} Heading 1, {@code ###} Heading 2, deeper ones Heading 3.
 */
final class DocxWriter {

  private static final String FONT = "Arial";
  private static final String HEADING_COLOUR = "002D54";
  private static final String LINK_COLOUR = "0065BD";
  private static final int INDENT = 720;
  private static final int HANGING = 360;

  private final XWPFDocument doc = new XWPFDocument();
  private final MarkdownRenderer markdown;
  private BigInteger bullets;

  /** The bookmark of each heading a link within the paper can name, by the link's anchor. */
  private final Map<String, String> bookmarks = new HashMap<>();

  /** The number of the bookmark around each such heading. */
  private final Map<Heading, Integer> bookmarked = new IdentityHashMap<>();

  private DocxWriter(MarkdownRenderer markdown) {
    this.markdown = markdown;
  }

  /** The Word document of a paper from its paper Markdown, parsed by {@code markdown}. */
  static byte[] write(Paper paper, String paperMarkdown, MarkdownRenderer markdown) {
    DocxWriter writer = new DocxWriter(markdown);
    XWPFDocument doc = writer.doc;
    try {
      writer.styles(paper.lang());
      writer.bullets = writer.numbering(STNumberFormat.BULLET);
      // Each part of a paper is within the Markdown limits, but two fields joined into one
      // paragraph may not be: such a paper is written as plain paragraphs, not refused.
      Node document =
          writer.markdown.parse(
              MarkdownLimits.composedProblem(paperMarkdown).isEmpty()
                  ? paperMarkdown
                  : MarkdownRenderer.plainParagraphs(paperMarkdown));
      writer.bookmarks(document, new HashSet<>());
      writer.blocks(document, 0);
      writer.properties(paper);
      ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 15);
      doc.write(out);
      return ZipTimes.fix(out.toByteArray(), Instant.parse(paper.provenance().timestamp()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the Word document of " + paper.id(), e);
    } finally {
      // Not close(): a new document's package saves itself into memory on closing, which wrote
      // every document a second time, to be thrown away.
      doc.getPackage().revert();
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

  private void blocks(Node parent, int depth) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Heading heading) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(
            switch (heading.getLevel()) {
              case 1 -> "Title";
              case 2 -> "Heading1";
              case 3 -> "Heading2";
              default -> "Heading3";
            });
        Integer bookmark = bookmarked.get(heading);
        if (bookmark != null) {
          CTBookmark start = p.getCTP().addNewBookmarkStart();
          start.setName(bookmarkName(bookmark));
          start.setId(BigInteger.valueOf(bookmark));
        }
        inlines(p, heading, false, false);
        if (bookmark != null) {
          p.getCTP().addNewBookmarkEnd().setId(BigInteger.valueOf(bookmark));
        }
      } else if (node instanceof Paragraph) {
        inlines(doc.createParagraph(), node, false, false);
      } else if (node instanceof ListBlock list) {
        list(list, depth);
      } else if (node instanceof BlockQuote) {
        int before = doc.getParagraphs().size();
        blocks(node, depth);
        for (int i = before; i < doc.getParagraphs().size(); i++) {
          XWPFParagraph p = doc.getParagraphs().get(i);
          p.setIndentationLeft(
              p.getIndentationLeft() > 0 ? p.getIndentationLeft() + INDENT : INDENT);
        }
      } else if (node instanceof TableBlock table) {
        table(table);
      } else if (node instanceof ThematicBreak) {
        XWPFParagraph rule = doc.createParagraph();
        rule.setBorderBottom(Borders.SINGLE);
        rule.setSpacingAfter(120);
      } else if (node.hasChildren()) {
        blocks(node, depth);
      }
    }
  }

  private void list(ListBlock list, int depth) {
    BigInteger num = list instanceof OrderedList ? numbering(STNumberFormat.DECIMAL) : bullets;
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      if (!(item instanceof ListItem)) {
        continue;
      }
      boolean first = true;
      for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
        if (child instanceof ListBlock nested) {
          list(nested, depth + 1);
        } else if (child instanceof Paragraph) {
          XWPFParagraph p = doc.createParagraph();
          p.setStyle("ListParagraph");
          if (first) {
            p.setNumID(num);
            p.setNumILvl(BigInteger.valueOf(Math.min(depth, 2)));
          } else {
            p.setIndentationLeft(INDENT * (Math.min(depth, 2) + 1));
          }
          inlines(p, child, false, false);
          first = false;
        } else {
          blocks(child, depth + 1);
        }
      }
    }
    if (depth == 0) {
      spaceAfterList();
    }
  }

  /**
   * A Word table with borders across the page: the header row bold, shaded and repeated at the top
   * of each page the table runs onto, and each column aligned as the Markdown says.
   */
  private void table(TableBlock block) {
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
    XWPFTable table = doc.createTable(rows.size(), columns);
    table.setWidth("100%");
    for (int i = 0; i < rows.size(); i++) {
      XWPFTableRow row = table.getRow(i);
      boolean header = rows.get(i).getParent() instanceof TableHead;
      if (header) {
        row.setRepeatHeader(true);
      }
      int j = 0;
      for (Node cell = rows.get(i).getFirstChild(); cell != null; cell = cell.getNext(), j++) {
        XWPFTableCell wordCell = row.getCell(j);
        XWPFParagraph p = wordCell.getParagraphs().get(0);
        p.setSpacingAfter(0);
        if (cell instanceof TableCell tableCell && tableCell.getAlignment() != null) {
          p.setAlignment(
              switch (tableCell.getAlignment()) {
                case LEFT -> ParagraphAlignment.LEFT;
                case CENTER -> ParagraphAlignment.CENTER;
                case RIGHT -> ParagraphAlignment.RIGHT;
              });
        }
        if (header) {
          wordCell.setColor("F3F2F1");
        }
        inlines(p, cell, header, false);
      }
    }
    // A paragraph after the table keeps the next table or heading apart from it.
    doc.createParagraph().setSpacingAfter(0);
  }

  /** The last item of a list gets the space a paragraph has after it. */
  private void spaceAfterList() {
    var paragraphs = doc.getParagraphs();
    if (!paragraphs.isEmpty()) {
      paragraphs.get(paragraphs.size() - 1).setSpacingAfter(160);
    }
  }

  // ---- Inline content ----------------------------------------------------------------------

  private void inlines(XWPFParagraph p, Node parent, boolean bold, boolean italic) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Text || node instanceof HtmlEntity) {
        run(p.createRun(), text(node), bold, italic);
      } else if (node instanceof StrongEmphasis) {
        inlines(p, node, true, italic);
      } else if (node instanceof Emphasis) {
        inlines(p, node, bold, true);
      } else if (node instanceof SoftLineBreak) {
        run(p.createRun(), " ", bold, italic);
      } else if (node instanceof HardLineBreak) {
        p.createRun().addBreak();
      } else if (node instanceof Code code) {
        run(p.createRun(), code.getText().toString(), bold, italic);
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
        run(p.createRun(), text(node), bold, italic);
      }
    }
  }

  private void link(XWPFParagraph p, String href, String text, boolean bold, boolean italic) {
    if (href.startsWith("#")) {
      internalLink(p, href.substring(1), text, bold, italic);
      return;
    }
    if (!SafeLinks.isSafe(href) || !isUri(href.strip())) {
      run(p.createRun(), text, bold, italic);
      return;
    }
    XWPFHyperlinkRun run = p.createHyperlinkRun(href.strip());
    run(run, text, bold, italic);
    run.setUnderline(UnderlinePatterns.SINGLE);
    run.setColor(LINK_COLOUR);
  }

  /**
   * A link to the heading bookmarked for {@code anchor}, as Word's own contents lists link: within
   * the document, not to a file. A link to no heading of the paper is written as its text alone.
   */
  private void internalLink(
      XWPFParagraph p, String anchor, String text, boolean bold, boolean italic) {
    String bookmark = bookmarks.get(anchor);
    if (bookmark == null) {
      run(p.createRun(), text, bold, italic);
      return;
    }
    CTHyperlink link = p.getCTP().addNewHyperlink();
    link.setAnchor(bookmark);
    XWPFHyperlinkRun run = new XWPFHyperlinkRun(link, link.addNewR(), p);
    run(run, text, bold, italic);
    run.setUnderline(UnderlinePatterns.SINGLE);
    run.setColor(LINK_COLOUR);
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

  private static void run(XWPFRun run, String text, boolean bold, boolean italic) {
    run.setText(text);
    if (bold) {
      run.setBold(true);
    }
    if (italic) {
      run.setItalic(true);
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

  // ---- Styles, numbering, properties --------------------------------------------------------

  private void styles(String lang) {
    XWPFStyles styles = doc.createStyles();
    CTFonts fonts = CTFonts.Factory.newInstance();
    fonts.setAscii(FONT);
    fonts.setHAnsi(FONT);
    fonts.setCs(FONT);
    fonts.setEastAsia(FONT);
    styles.setDefaultFonts(fonts);
    styles.setSpellingLanguage(lang);
    style(styles, "Normal", "Normal", null, -1, 22, false, null, 0, 160);
    style(styles, "Title", "Title", "Normal", -1, 40, true, HEADING_COLOUR, 120, 240);
    style(styles, "Heading1", "heading 1", "Normal", 0, 30, true, HEADING_COLOUR, 360, 120);
    style(styles, "Heading2", "heading 2", "Normal", 1, 24, true, HEADING_COLOUR, 240, 80);
    style(styles, "Heading3", "heading 3", "Normal", 2, 22, true, HEADING_COLOUR, 200, 60);
    style(styles, "ListParagraph", "List Paragraph", "Normal", -1, 22, false, null, 0, 60);
  }

  private static void style(
      XWPFStyles styles,
      String id,
      String name,
      String basedOn,
      int outline,
      int halfPoints,
      boolean bold,
      String colour,
      int before,
      int after) {
    CTStyle style = CTStyle.Factory.newInstance();
    style.setStyleId(id);
    style.setType(STStyleType.PARAGRAPH);
    style.addNewName().setVal(name);
    if (basedOn != null) {
      style.addNewBasedOn().setVal(basedOn);
      style.addNewNext().setVal("Normal");
    }
    if (outline >= 0 || id.equals("Title")) {
      style.addNewQFormat();
      style.addNewUiPriority().setVal(BigInteger.valueOf(outline >= 0 ? 9 : 10));
    }
    CTPPrGeneral paragraph = style.addNewPPr();
    var spacing = paragraph.addNewSpacing();
    spacing.setBefore(BigInteger.valueOf(before));
    spacing.setAfter(BigInteger.valueOf(after));
    if (outline >= 0) {
      paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
      paragraph.addNewKeepNext();
    }
    CTRPr run = style.addNewRPr();
    run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
    if (bold) {
      run.addNewB();
    }
    if (colour != null) {
      run.addNewColor().setVal(colour);
    }
    styles.addStyle(new XWPFStyle(style));
  }

  /** A new list definition: bullets (•, –, ▪) or numbers (1., a., i.) over three levels. */
  private BigInteger numbering(STNumberFormat.Enum format) {
    XWPFNumbering numbering =
        doc.getNumbering() != null ? doc.getNumbering() : doc.createNumbering();
    CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
    definition.setAbstractNumId(BigInteger.valueOf(numbering.getAbstractNums().size()));
    boolean bullet = format == STNumberFormat.BULLET;
    String[] bulletText = {"\u2022", "\u2013", "\u25AA"};
    STNumberFormat.Enum[] numberFormats = {
      STNumberFormat.DECIMAL, STNumberFormat.LOWER_LETTER, STNumberFormat.LOWER_ROMAN
    };
    for (int level = 0; level < 3; level++) {
      CTLvl lvl = definition.addNewLvl();
      lvl.setIlvl(BigInteger.valueOf(level));
      lvl.addNewStart().setVal(BigInteger.ONE);
      lvl.addNewNumFmt().setVal(bullet ? STNumberFormat.BULLET : numberFormats[level]);
      lvl.addNewLvlText().setVal(bullet ? bulletText[level] : "%" + (level + 1) + ".");
      var indent = lvl.addNewPPr().addNewInd();
      indent.setLeft(BigInteger.valueOf((long) INDENT * (level + 1)));
      indent.setHanging(BigInteger.valueOf(HANGING));
    }
    BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(definition));
    return numbering.addNum(abstractId);
  }

  private void properties(Paper paper) {
    POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
    Date when = Date.from(Instant.parse(paper.provenance().timestamp()));
    core.setTitle(paper.title());
    core.setCreator(paper.author());
    core.setLastModifiedByUser(paper.author());
    core.setCreated(Optional.of(when));
    core.setModified(Optional.of(when));
    core.setSubjectProperty(
        paper instanceof EntityPaper entity
            ? entity.kindTitle()
            : paper instanceof EscalationReport
                ? "Escalation report"
                : paper instanceof MeetingPack ? "Meeting pack" : "Briefing paper");
    if (!paper.provenance().commit().isEmpty()) {
      core.setIdentifier("commit " + paper.provenance().commit());
    }
  }
}
