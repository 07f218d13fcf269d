package scot.pmo.render.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.misc.CharPredicate;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes a document of flexmark's core nodes as HTML, byte for byte as the {@code HtmlRenderer} of
 * {@link MarkdownRenderer} does, in a fraction of its time.
 *
 * <p>Each method follows the handler of the same node in flexmark's {@code CoreNodeRenderer}, or
 * for tables in its {@code TableNodeRenderer}, with the options fixed as {@link MarkdownRenderer}
 * sets them: raw HTML escaped, no header ids, no source positions, {@code href} and {@code src}
 * kept only where {@link SafeLinks} allows them, no column spans or captions, and a cell's
 * alignment as a class. A node of any other class, which flexmark might render differently, makes
 * {@link #write} give up, so that the caller can let flexmark render the document.
 */
final class CoreHtmlWriter {

  /** flexmark's default {@code SUPPRESSED_LINKS}: such links render as their text alone. */
  private static final Pattern SUPPRESSED_LINKS = Pattern.compile("javascript:.*");

  private static final CharPredicate LANGUAGE_DELIMITERS = CharPredicate.anyOf(" \t");

  private final HtmlLines html = new HtmlLines();
  private final Document document;
  private final ListOptions listOptions;

  /** Addresses that replace those of some links, which then lose their titles. */
  private final Map<Link, String> hrefs;

  private boolean unknownNode;

  private CoreHtmlWriter(Document document, ListOptions listOptions, Map<Link, String> hrefs) {
    this.document = document;
    this.listOptions = listOptions;
    this.hrefs = hrefs;
  }

  /**
   * The HTML of {@code document}, its lists read with {@code listOptions}, or null if it holds a
   * node that this writer does not know.
   */
  static String write(Document document, ListOptions listOptions) {
    return write(document, listOptions, Map.of());
  }

  /**
   * As {@link #write(Document, ListOptions)}, with each link in {@code hrefs} written with the
   * address given there and no title, as if the document had been changed so.
   */
  static String write(Document document, ListOptions listOptions, Map<Link, String> hrefs) {
    CoreHtmlWriter writer = new CoreHtmlWriter(document, listOptions, hrefs);
    writer.children(document);
    return writer.unknownNode ? null : writer.html.finish();
  }

  private void children(Node parent) {
    for (Node child = parent.getFirstChild();
        child != null && !unknownNode;
        child = child.getNext()) {
      node(child);
    }
  }

  /** Renders by exact class, as flexmark looks its handlers up. */
  private void node(Node node) {
    Class<?> type = node.getClass();
    if (type == Text.class) {
      text(node.getChars());
    } else if (type == SoftLineBreak.class) {
      html.raw("\n");
    } else if (type == Paragraph.class) {
      paragraph((Paragraph) node);
    } else if (type == Emphasis.class) {
      wrapped("<em>", node, "</em>");
    } else if (type == StrongEmphasis.class) {
      wrapped("<strong>", node, "</strong>");
    } else if (type == Link.class) {
      link((Link) node);
    } else if (type == BulletListItem.class || type == OrderedListItem.class) {
      listItem((ListItem) node);
    } else if (type == Code.class) {
      html.raw("<code>")
          .text(Escaping.collapseWhitespace(((Code) node).getText(), true))
          .raw("</code>");
    } else if (type == BulletList.class) {
      list("ul", node, "<ul>");
    } else if (type == OrderedList.class) {
      orderedList((OrderedList) node);
    } else if (type == Heading.class) {
      String tag = "h" + ((Heading) node).getLevel();
      html.line().raw("<" + tag + ">");
      children(node);
      html.raw("</" + tag + ">").line();
    } else if (type == HardLineBreak.class) {
      html.raw("<br />\n");
    } else if (type == TextBase.class) {
      children(node);
    } else if (type == HtmlEntity.class) {
      html.text(node.getChars().unescape());
    } else if (type == BlockQuote.class) {
      html.line().raw("<blockquote>").line();
      children(node);
      html.line().raw("</blockquote>").line();
    } else if (type == ThematicBreak.class) {
      html.line().raw("<hr />").line();
    } else if (type == FencedCodeBlock.class) {
      fencedCode((FencedCodeBlock) node);
    } else if (type == IndentedCodeBlock.class) {
      code(
          null,
          ((IndentedCodeBlock) node).getContentChars().trimTailBlankLines().normalizeEndWithEOL());
    } else if (type == HtmlBlock.class) {
      htmlBlock((HtmlBlock) node);
    } else if (type == HtmlInline.class
        || type == HtmlInlineComment.class
        || type == HtmlCommentBlock.class) {
      // flexmark writes a comment block as it writes inline HTML: no paragraph, no line break
      html.text(node.getChars().normalizeEOL());
    } else if (type == AutoLink.class) {
      autoLink((AutoLink) node);
    } else if (type == MailLink.class) {
      mailLink((MailLink) node);
    } else if (type == LinkRef.class) {
      linkRef((LinkRef) node);
    } else if (type == Image.class) {
      image((Image) node);
    } else if (type == ImageRef.class) {
      imageRef((ImageRef) node);
    } else if (type == Reference.class || type == TableSeparator.class) {
      // a reference definition renders nothing, nor does a table's delimiter row
    } else if (type == TableCell.class) {
      tableCell((TableCell) node);
    } else if (type == TableRow.class) {
      html.line().raw("<tr>");
      children(node);
      html.raw("</tr>").line();
    } else if (type == TableBody.class) {
      tableSection("tbody", node);
    } else if (type == TableHead.class) {
      tableSection("thead", node);
    } else if (type == TableBlock.class) {
      html.line().raw("<table>").line();
      children(node);
      html.line().raw("</table>").line();
    } else {
      unknownNode = true;
    }
  }

  /** The head or body of a table: its closing tag follows the last row with no line of its own. */
  private void tableSection(String tag, Node node) {
    html.line().raw("<" + tag + ">");
    children(node);
    html.raw("</" + tag + ">").line();
  }

  private void tableCell(TableCell node) {
    String tag = node.isHeader() ? "th" : "td";
    html.raw("<" + tag);
    TableCell.Alignment alignment = node.getAlignment();
    if (alignment != null) {
      html.raw(" class=\"" + MarkdownRenderer.alignmentClass(alignment) + "\"");
    }
    html.raw(">");
    children(node);
    html.raw("</" + tag + ">");
  }

  private void wrapped(String open, Node node, String close) {
    html.raw(open);
    children(node);
    html.raw(close);
  }

  /** A paragraph is wrapped in {@code <p>} unless it is the first of an item of a tight list. */
  private void paragraph(Paragraph node) {
    if (!node.hasChildren()) {
      return;
    }
    if (node.getParent() instanceof ListItem item
        && item.isParagraphWrappingDisabled(node, listOptions, document)) {
      children(node);
    } else {
      html.line().raw("<p>");
      children(node);
      html.raw("</p>").line();
    }
  }

  private void orderedList(OrderedList node) {
    int start = node.getStartNumber();
    list(
        "ol",
        node,
        listOptions.isOrderedListManualStart() && start != 1
            ? "<ol start=\"" + start + "\">"
            : "<ol>");
  }

  private void list(String tag, Node node, String openTag) {
    html.line().raw(openTag).line();
    children(node);
    html.line().raw("</" + tag + ">").line();
  }

  /** Tight and loose items are written alike; only their paragraphs differ. */
  private void listItem(ListItem node) {
    html.line().raw("<li>");
    BasedSequence suffix = node.getMarkerSuffix();
    if (suffix.isNotNull()) {
      html.text(suffix.unescape());
    }
    children(node);
    html.raw("</li>").line();
  }

  private void fencedCode(FencedCodeBlock node) {
    BasedSequence info = node.getInfo();
    String language =
        info.isNotNull() && !info.isBlank()
            ? node.getInfoDelimitedByAny(LANGUAGE_DELIMITERS).unescape()
            : null;
    code(language == null ? null : "language-" + language, node.getContentChars().normalizeEOL());
  }

  private void code(String languageClass, String content) {
    html.line().raw("<pre>").openPre().raw("<code");
    if (languageClass != null && !languageClass.isEmpty()) {
      html.raw(" class=\"").attributeValue(languageClass).raw("\"");
    }
    html.raw(">").text(content).raw("</code></pre>").closePre().line();
  }

  /** Raw HTML is escaped: an HTML block becomes its text in a paragraph, less its last line end. */
  private void htmlBlock(HtmlBlock node) {
    html.line();
    if (node.hasChildren()) {
      children(node);
    } else {
      String text = node.getContentChars().normalizeEOL();
      if (text.endsWith("\n")) {
        text = text.substring(0, text.length() - 1);
      }
      html.line().raw("<p>").text(text).raw("</p>").line();
    }
    html.line();
  }

  private void link(Link node) {
    String pointed = hrefs.isEmpty() ? null : hrefs.get(node);
    if (pointed != null) {
      // As flexmark renders a link whose address was set to a plain URL and title removed.
      if (isSuppressed(pointed)) {
        children(node);
        return;
      }
      openLink(pointed, null);
      children(node);
      html.raw("</a>");
      return;
    }
    if (isSuppressed(node.getUrl())) {
      children(node);
      return;
    }
    BasedSequence title = node.getTitle();
    openLink(node.getUrl().unescape(), title.isNotNull() ? title.unescape() : null);
    children(node);
    html.raw("</a>");
  }

  private void linkRef(LinkRef node) {
    Reference reference = reference(node);
    if (unknownNode) {
      return;
    }
    if (reference == null) {
      // flexmark writes an undefined reference as the text it was written as
      if (!node.hasChildren()) {
        html.text(node.getChars().unescape());
      } else {
        html.text(node.getChars().prefixOf(node.getChildChars()).unescape());
        children(node);
        html.text(node.getChars().suffixOf(node.getChildChars()).unescape());
      }
      return;
    }
    String url = reference.getUrl().unescape();
    if (isSuppressed(url)) {
      children(node);
      return;
    }
    BasedSequence title = reference.getTitle();
    openLink(url, title.isNotNull() ? title.unescape() : null);
    children(node);
    html.raw("</a>");
  }

  /**
   * The definition of a reference the parser found defined, or null if it found none. A defined
   * reference that cannot be found is left to flexmark, which fails on it.
   */
  private Reference reference(RefNode node) {
    if (!node.isDefined()) {
      return null;
    }
    Reference reference = node.getReferenceNode(document);
    unknownNode |= reference == null;
    return reference;
  }

  private void openLink(String href, String title) {
    html.raw("<a");
    hrefAttribute("href", href);
    if (title != null) {
      attribute("title", title);
    }
    html.raw(">");
  }

  private void autoLink(AutoLink node) {
    String text = node.getText().toString();
    if (isSuppressed(node.getUrl())) {
      html.text(text);
      return;
    }
    html.raw("<a");
    hrefAttribute("href", text.startsWith("www.") ? "http://" + text : text);
    html.raw(">").text(text).raw("</a>");
  }

  private void mailLink(MailLink node) {
    String text = node.getText().unescape();
    if (isSuppressed(node.getUrl())) {
      html.text(text);
      return;
    }
    html.raw("<a");
    hrefAttribute("href", "mailto:" + text);
    html.raw(">").text(text).raw("</a>");
  }

  private void image(Image node) {
    if (isSuppressed(node.getUrl())) {
      return;
    }
    String url = node.getUrl().unescape();
    if (!node.getUrlContent().isEmpty()) {
      // encoded as flexmark encodes it, '=' and '&' kept
      url +=
          Escaping.percentEncodeUrl(node.getUrlContent())
              .replace("+", "%2B")
              .replace("%3D", "=")
              .replace("%26", "&amp;");
    }
    BasedSequence title = node.getTitle();
    img(url, node, title.isNotNull() ? title.unescape() : null);
  }

  private void imageRef(ImageRef node) {
    Reference reference = reference(node);
    if (unknownNode) {
      return;
    }
    if (reference == null) {
      html.text(node.getChars().unescape());
      return;
    }
    String url = reference.getUrl().unescape();
    if (isSuppressed(url)) {
      return;
    }
    BasedSequence title = reference.getTitle();
    img(url, node, title.isNotNull() ? title.unescape() : null);
  }

  private void img(String src, Node node, String title) {
    html.raw("<img");
    hrefAttribute("src", src);
    attribute("alt", new TextCollectingVisitor().collectAndGetText(node));
    if (title != null) {
      attribute("title", title);
    }
    html.raw(" />");
  }

  /** An address attribute, left out where MarkdownRenderer's attribute provider removes it. */
  private void hrefAttribute(String name, String url) {
    if (MarkdownRenderer.isAllowedAddress(url)) {
      attribute(name, url);
    }
  }

  private void attribute(String name, String value) {
    html.raw(" " + name + "=\"").attributeValue(value).raw("\"");
  }

  private static boolean isSuppressed(CharSequence url) {
    return url.length() >= "javascript:".length()
        && url.charAt(0) == 'j'
        && SUPPRESSED_LINKS.matcher(url).matches();
  }

  /**
   * Text as flexmark writes it, unescaped and with line ends normalised; copied straight from the
   * source where there is nothing to change, which is most of the time.
   */
  private void text(BasedSequence chars) {
    if (chars instanceof SubSequence && chars.getBase() instanceof String source) {
      int from = chars.getStartOffset();
      int to = chars.getEndOffset();
      if (isPlain(source, from, to)) {
        html.text(source, from, to);
        return;
      }
    }
    html.text(Escaping.normalizeEOL(chars.unescape()));
  }

  /**
   * Whether source text has no escape, reference or carriage return, nor a NUL, which flexmark's
   * sequences read as U+FFFD.
   */
  private static boolean isPlain(String source, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = source.charAt(i);
      if (c == '\\' || c == '&' || c == '\r' || c == '\0') {
        return false;
      }
    }
    return true;
  }
}
