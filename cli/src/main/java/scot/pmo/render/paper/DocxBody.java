package scot.pmo.render.paper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import scot.pmo.render.Escape;

/**
 * The body of a Word document as {@link DocxWriter} walks a paper: its paragraphs and tables, in
 * order, and the addresses its links lead to. A paragraph's properties can still change after its
 * text is written (the last item of a list gets more space after it), so the body is written out as
 * WordprocessingML only at the end ({@link #writeTo}).
 */
final class DocxBody {

  /** A paragraph or a table. */
  sealed interface Block permits Para, Table {
    void writeTo(StringBuilder out);
  }

  private final List<Block> blocks = new ArrayList<>();

  /** The relationship id of each external address a link leads to, in the order first linked. */
  private final Map<String, String> links = new LinkedHashMap<>();

  /** A new paragraph at the end of the body, inside {@code quotes} block quotes. */
  Para paragraph(int quotes) {
    Para p = new Para(quotes);
    blocks.add(p);
    return p;
  }

  /** A new table of {@code columns} columns at the end of the body. */
  Table table(int columns) {
    Table table = new Table(columns);
    blocks.add(table);
    return table;
  }

  /** The body's last paragraph outside tables, if any. */
  Optional<Para> lastParagraph() {
    for (int i = blocks.size() - 1; i >= 0; i--) {
      if (blocks.get(i) instanceof Para p) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** The relationship id by which the document names the external address {@code url}. */
  String relationship(String url) {
    return links.computeIfAbsent(url, u -> "rId" + (DocxPackage.FIRST_LINK_ID + links.size()));
  }

  /** The external addresses linked, each with its relationship id. */
  Map<String, String> links() {
    return links;
  }

  void writeTo(StringBuilder out) {
    for (Block block : blocks) {
      block.writeTo(out);
    }
  }

  /**
   * A paragraph: its style and layout, and its runs of text. Adjacent text of the same formatting
   * goes into one run, as Word itself would write it.
   */
  static final class Para implements Block {
    private static final int BOLD = 1;
    private static final int ITALIC = 2;

    private final int quotes;
    String style;

    /** Left indentation in twips, or -1 for the style's. */
    int left = -1;

    /** Space after in twips, or -1 for the style's. */
    int spacingAfter = -1;

    /** Whether the paragraph is a horizontal rule: a border beneath it. */
    boolean rule;

    /** "left", "center" or "right", or null for the style's. */
    String align;

    private int numId;
    private int level;
    private int bookmarkId;
    private String bookmarkName;
    private final StringBuilder runs = new StringBuilder();
    private final StringBuilder pending = new StringBuilder();
    private int pendingFormat;

    Para(int quotes) {
      this.quotes = quotes;
    }

    /** Makes this paragraph an item of list {@code numId} at {@code level}. */
    void numbered(int numId, int level) {
      this.numId = numId;
      this.level = level;
    }

    /** Puts the paragraph's text inside a bookmark, which links within the document can name. */
    void bookmark(int id, String name) {
      this.bookmarkId = id;
      this.bookmarkName = name;
    }

    void text(String text, boolean bold, boolean italic) {
      if (text.isEmpty()) {
        return;
      }
      int format = (bold ? BOLD : 0) | (italic ? ITALIC : 0);
      if (pending.length() > 0 && format != pendingFormat) {
        flush();
      }
      pending.append(text);
      pendingFormat = format;
    }

    void lineBreak() {
      flush();
      runs.append("<w:r><w:br/></w:r>");
    }

    /** A link to a bookmark of this document. */
    void internalLink(String bookmark, String text, boolean bold, boolean italic) {
      flush();
      runs.append("<w:hyperlink w:anchor=\"").append(Escape.xml(bookmark)).append("\">");
      run(runs, text, (bold ? BOLD : 0) | (italic ? ITALIC : 0), true);
      runs.append("</w:hyperlink>");
    }

    /** A link to an external address, named by its relationship id. */
    void externalLink(String relationshipId, String text, boolean bold, boolean italic) {
      flush();
      runs.append("<w:hyperlink r:id=\"").append(relationshipId).append("\">");
      run(runs, text, (bold ? BOLD : 0) | (italic ? ITALIC : 0), true);
      runs.append("</w:hyperlink>");
    }

    private void flush() {
      if (pending.length() > 0) {
        run(runs, pending.toString(), pendingFormat, false);
        pending.setLength(0);
      }
    }

    /** One run; its properties in the order the schema gives them (b, i, color, u). */
    private static void run(StringBuilder out, String text, int format, boolean link) {
      if (text.isEmpty()) {
        return;
      }
      out.append("<w:r>");
      if (format != 0 || link) {
        out.append("<w:rPr>");
        if ((format & BOLD) != 0) {
          out.append("<w:b/>");
        }
        if ((format & ITALIC) != 0) {
          out.append("<w:i/>");
        }
        if (link) {
          out.append("<w:color w:val=\"")
              .append(DocxPackage.LINK_COLOUR)
              .append("\"/><w:u w:val=\"single\"/>");
        }
        out.append("</w:rPr>");
      }
      out.append("<w:t xml:space=\"preserve\">").append(Escape.xml(text)).append("</w:t></w:r>");
    }

    /** The paragraph, its properties in the order the schema gives them. */
    @Override
    public void writeTo(StringBuilder out) {
      flush();
      StringBuilder properties = new StringBuilder();
      if (style != null) {
        properties.append("<w:pStyle w:val=\"").append(style).append("\"/>");
      }
      if (numId > 0) {
        properties
            .append("<w:numPr><w:ilvl w:val=\"")
            .append(level)
            .append("\"/><w:numId w:val=\"")
            .append(numId)
            .append("\"/></w:numPr>");
      }
      if (rule) {
        properties.append(
            "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"auto\"/></w:pBdr>");
      }
      if (spacingAfter >= 0) {
        properties.append("<w:spacing w:after=\"").append(spacingAfter).append("\"/>");
      }
      indentation(properties);
      if (align != null) {
        properties.append("<w:jc w:val=\"").append(align).append("\"/>");
      }
      out.append("<w:p>");
      if (properties.length() > 0) {
        out.append("<w:pPr>").append(properties).append("</w:pPr>");
      }
      if (bookmarkName != null) {
        out.append("<w:bookmarkStart w:id=\"")
            .append(bookmarkId)
            .append("\" w:name=\"")
            .append(bookmarkName)
            .append("\"/>");
      }
      out.append(runs);
      if (bookmarkName != null) {
        out.append("<w:bookmarkEnd w:id=\"").append(bookmarkId).append("\"/>");
      }
      out.append("</w:p>");
    }

    /**
     * A list item takes its indentation from its list's level; a block quote adds a step to it, and
     * to any other paragraph's, for each quote it is in.
     */
    private void indentation(StringBuilder out) {
      int quoted = DocxPackage.INDENT * quotes;
      if (numId > 0) {
        if (quoted > 0) {
          out.append("<w:ind w:left=\"")
              .append(DocxPackage.INDENT * (level + 1) + quoted)
              .append("\" w:hanging=\"")
              .append(DocxPackage.HANGING)
              .append("\"/>");
        }
        return;
      }
      int total = Math.max(left, 0) + quoted;
      if (total > 0) {
        out.append("<w:ind w:left=\"").append(total).append("\"/>");
      }
    }
  }

  /**
   * A table across the width of the text, with borders: each row's cells, header rows shaded and
   * repeated at the top of each page the table runs onto.
   */
  static final class Table implements Block {
    private static final String BORDER =
        " w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>";

    private final int columns;
    private final List<Boolean> headers = new ArrayList<>();
    private final List<List<Para>> rows = new ArrayList<>();

    Table(int columns) {
      this.columns = columns;
    }

    /** A new row, to which its cells' paragraphs are added; a row short of cells is filled. */
    List<Para> row(boolean header) {
      List<Para> cells = new ArrayList<>();
      headers.add(header);
      rows.add(cells);
      return cells;
    }

    @Override
    public void writeTo(StringBuilder out) {
      int width = DocxPackage.TEXT_WIDTH / columns;
      out.append("<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblBorders>");
      for (String side : new String[] {"top", "left", "bottom", "right", "insideH", "insideV"}) {
        out.append("<w:").append(side).append(BORDER);
      }
      out.append("</w:tblBorders></w:tblPr><w:tblGrid>");
      for (int c = 0; c < columns; c++) {
        out.append("<w:gridCol w:w=\"").append(width).append("\"/>");
      }
      out.append("</w:tblGrid>");
      for (int r = 0; r < rows.size(); r++) {
        boolean header = headers.get(r);
        out.append("<w:tr>");
        if (header) {
          out.append("<w:trPr><w:tblHeader/></w:trPr>");
        }
        List<Para> cells = rows.get(r);
        for (int c = 0; c < columns; c++) {
          out.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(width).append("\" w:type=\"dxa\"/>");
          if (header) {
            out.append("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"")
                .append(DocxPackage.HEADER_SHADING)
                .append("\"/>");
          }
          out.append("</w:tcPr>");
          if (c < cells.size()) {
            cells.get(c).writeTo(out);
          } else {
            out.append("<w:p><w:pPr><w:spacing w:after=\"0\"/></w:pPr></w:p>");
          }
          out.append("</w:tc>");
        }
        out.append("</w:tr>");
      }
      out.append("</w:tbl>");
    }
  }
}
