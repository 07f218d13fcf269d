package scot.pmo.render.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.html.MutableAttributes;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import scot.pmo.markdown.MarkdownLimits;
import scot.pmo.markdown.MarkdownSyntax;
import scot.pmo.markdown.ParsedBody;

/**
 * Renders content Markdown for papers, with one flexmark parser and renderer built once.
 *
 * <p>Content Markdown first becomes <em>paper Markdown</em> ({@link #normalise}): each link is
 * resolved by a {@link LinkTargets} to a web address or to its plain text, reference definitions
 * and images are dropped, and raw HTML is escaped so that it shows as text. Paper Markdown is what
 * the Markdown papers hold, what the Word writer reads, and what {@link #toHtml} renders; the HTML
 * renderer escapes raw HTML again and drops any {@code href} outside the allow-list, so that no
 * path lets script into a paper.
 *
 * <p>One renderer may be shared by every page and paper of a run, on any number of threads: it
 * holds only flexmark's parser and renderer, which are safe to share, and its options, and keeps
 * nothing from one call to the next. Building one builds the parser, so share it rather than
 * building one per use. A document it parses belongs to the caller.
 */
public final class MarkdownRenderer {

  /** Markdown larger than this is not parsed, which bounds the parser's worst cases. */
  public static final int MAX_CHARS = MarkdownLimits.MAX_CHARS;

  private final Parser parser;

  /** flexmark's renderer, for a document with a node that {@link CoreHtmlWriter} does not know. */
  private final HtmlRenderer renderer;

  private final ListOptions listOptions;
  private final boolean flexmarkOnly;

  public MarkdownRenderer() {
    this(false);
  }

  /** A renderer that writes all HTML with flexmark's renderer, as this class once did. */
  static MarkdownRenderer withFlexmarkHtml() {
    return new MarkdownRenderer(true);
  }

  private MarkdownRenderer(boolean flexmarkOnly) {
    this.flexmarkOnly = flexmarkOnly;
    MutableDataSet options = MarkdownSyntax.options();
    options.set(HtmlRenderer.ESCAPE_HTML, true);
    options.set(HtmlRenderer.SOFT_BREAK, "\n");
    options.set(HtmlRenderer.HARD_BREAK, "<br />\n");
    this.parser = Parser.builder(options).build();
    this.renderer =
        HtmlRenderer.builder(options)
            .attributeProviderFactory(
                new IndependentAttributeProviderFactory() {
                  @Override
                  public AttributeProvider apply(LinkResolverContext context) {
                    return MarkdownRenderer::attributes;
                  }
                })
            .build();
    this.listOptions = ListOptions.get(options);
  }

  /** Whether {@code other} writes the same HTML as this renderer for the same input. */
  public boolean sameOutputAs(MarkdownRenderer other) {
    return flexmarkOnly == other.flexmarkOnly;
  }

  /**
   * Content Markdown from the file {@code fromPath} as paper Markdown: links resolved by {@code
   * links}, raw HTML escaped, reference definitions and images reduced to text.
   */
  public String normalise(String markdown, String fromPath, LinkTargets links) {
    if (markdown.length() > MAX_CHARS) {
      throw new IllegalArgumentException(
          "Markdown text of "
              + markdown.length()
              + " characters is longer than the limit of "
              + MAX_CHARS);
    }
    Document document = parse(markdown);
    Rewrite rewrite = new Rewrite(document, fromPath, links);
    String out = rewrite.emit(document).strip();
    // Dropping or escaping a node can join the text around it into a construct the first parse
    // did not see: '[x](<!---->javascript:...)' is no link until the comment goes. So the result
    // is normalised again, keeping only allowed links, until nothing more changes.
    for (int pass = 0; rewrite.dirty; pass++) {
      if (pass == MAX_PASSES || MarkdownLimits.composedProblem(out).isPresent()) {
        return escapeText(markdown.strip());
      }
      Document again = parseChecked(out);
      rewrite =
          new Rewrite(
              again,
              fromPath,
              (url, from) -> Optional.of(url.strip()).filter(SafeLinks::isAllowed));
      out = rewrite.emit(again).strip();
    }
    return out;
  }

  /** Passes of {@link #normalise} after which text that still changes is shown as plain text. */
  private static final int MAX_PASSES = 4;

  /**
   * Content Markdown from {@code fromPath} as block HTML: the same as {@code
   * toHtml(normalise(markdown, fromPath, links))}, but parsed once where that is sure to give the
   * same result. That is when the only nodes normalising would change are inline links whose target
   * resolves to an address made of plain URL characters: then the parsed links are pointed at their
   * targets (and lose their titles, as normalised links do) and rendered, instead of the Markdown
   * being written out and parsed again. Anything else (images, raw HTML, references, links that
   * become text) takes the long way. Parsing was most of the time of a large site.
   */
  public String toHtml(String markdown, String fromPath, LinkTargets links) {
    if (!indented(markdown)) {
      String text = markdown.strip();
      Document document = parse(text);
      Map<Link, String> hrefs = pointLinks(document, fromPath, links);
      if (hrefs != null) {
        return html(document, text, hrefs).strip();
      }
    }
    return toHtml(normalise(markdown, fromPath, links));
  }

  /**
   * An entity's body as block HTML, as {@link #toHtml(String, String, LinkTargets)} gives it, from
   * the parse that validation made of it: the document is read, never changed.
   */
  public String toHtml(ParsedBody body, String markdown, String fromPath, LinkTargets links) {
    if (!indented(markdown)) {
      Map<Link, String> hrefs = pointLinks(body.document(), fromPath, links);
      if (hrefs != null) {
        return html(body.document(), body.text(), hrefs).strip();
      }
    }
    return toHtml(normalise(markdown, fromPath, links));
  }

  /** Whether the first line with text is indented: such Markdown takes the long way. */
  private static boolean indented(String markdown) {
    String text = markdown.strip();
    int first = markdown.indexOf(text.isEmpty() ? "" : text.substring(0, 1));
    return first > 0 && markdown.charAt(first - 1) != '\n';
  }

  /**
   * {@code document}, parsed from {@code text}, as HTML with each link in {@code hrefs} pointed at
   * its target and without its title, as a normalised link is. Where flexmark must render it, a new
   * parse of the text is pointed instead, so that the document stays as it was.
   */
  private String html(Document document, String text, Map<Link, String> hrefs) {
    String html = flexmarkOnly ? null : CoreHtmlWriter.write(document, listOptions, hrefs);
    if (html != null) {
      return html;
    }
    Document copy = parse(text);
    List<Link> original = links(document);
    List<Link> copied = links(copy);
    for (int i = 0; i < copied.size(); i++) {
      copied.get(i).setUrl(BasedSequence.of(hrefs.get(original.get(i))));
      copied.get(i).setTitle(BasedSequence.NULL);
    }
    return renderer.render(copy);
  }

  /** The links of a document, in document order. */
  private static List<Link> links(Document document) {
    List<Link> found = new ArrayList<>();
    ArrayDeque<Node> stack = new ArrayDeque<>();
    stack.push(document);
    while (!stack.isEmpty()) {
      Node node = stack.pop();
      if (node instanceof Link link) {
        found.add(link);
      }
      for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
        stack.push(child);
      }
    }
    return found;
  }

  /**
   * The target of every link of {@code document}, if every node that normalising would change is a
   * link with a plain target; null if not. The document is not changed.
   */
  private static Map<Link, String> pointLinks(
      Document document, String fromPath, LinkTargets links) {
    Map<Link, String> hrefs = new IdentityHashMap<>();
    ArrayDeque<Node> stack = new ArrayDeque<>();
    stack.push(document);
    while (!stack.isEmpty()) {
      Node node = stack.pop();
      if (node instanceof Link link) {
        Optional<String> href =
            links
                .href(Escaping.unescapeString(link.getUrl().toString()), fromPath)
                .filter(SafeLinks::isAllowed);
        if (href.isEmpty() || !isPlainUrl(href.get())) {
          return null;
        }
        hrefs.put(link, href.get());
      } else if (node instanceof LinkRef
          || node instanceof Image
          || node instanceof ImageRef
          || node instanceof AutoLink
          || node instanceof MailLink
          || node instanceof Reference
          || node instanceof HtmlCommentBlock
          || node instanceof HtmlInlineComment
          || node instanceof HtmlInline
          || node instanceof HtmlBlock) {
        return null;
      }
      for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
        stack.push(child);
      }
    }
    return hrefs;
  }

  /** Whether a link target reads the same written inside {@code <...>} and parsed back. */
  private static boolean isPlainUrl(String href) {
    for (int i = 0; i < href.length(); i++) {
      char c = href.charAt(i);
      boolean plain =
          c >= 'a' && c <= 'z'
              || c >= 'A' && c <= 'Z'
              || c >= '0' && c <= '9'
              || "/._~:?#=%+-@!$,;".indexOf(c) >= 0;
      if (!plain) {
        return false;
      }
    }
    return !href.isEmpty();
  }

  /**
   * Paper Markdown as block HTML: paragraphs, lists, emphasis and safe links. Paper Markdown that
   * normalising made too deep to parse safely (a dropped comment or image can leave a line's
   * indentation at its start) is shown as escaped plain text instead.
   */
  public String toHtml(String paperMarkdown) {
    if (MarkdownLimits.composedProblem(paperMarkdown).isPresent()) {
      return "<p>" + plainText(paperMarkdown) + "</p>";
    }
    return html(parseChecked(paperMarkdown)).strip();
  }

  /** Paper Markdown of one paragraph as inline HTML, without the {@code <p>}; else as blocks. */
  public String toInlineHtml(String paperMarkdown) {
    if (MarkdownLimits.composedProblem(paperMarkdown).isPresent()) {
      return plainText(paperMarkdown);
    }
    Document document = parseChecked(paperMarkdown);
    Node first = document.getFirstChild();
    if (first instanceof Paragraph && first.getNext() == null) {
      String html = html(document).strip();
      if (html.startsWith("<p>") && html.endsWith("</p>")) {
        return html.substring(3, html.length() - 4);
      }
      return html;
    }
    return html(document).strip();
  }

  /**
   * A parsed document as HTML: written directly where it holds only nodes that {@link
   * CoreHtmlWriter} knows, which gives the same bytes as flexmark's renderer in much less time, and
   * by flexmark's renderer otherwise.
   */
  String html(Document document) {
    String html = flexmarkOnly ? null : CoreHtmlWriter.write(document, listOptions);
    return html != null ? html : renderer.render(document);
  }

  /**
   * Parses Markdown, refusing input nested or bracketed beyond {@link MarkdownLimits}: the loader
   * refuses such content with a diagnostic, so this only guards other callers.
   */
  public Document parse(String markdown) {
    MarkdownLimits.composedProblem(markdown)
        .ifPresent(
            why -> {
              throw new IllegalArgumentException("Markdown text cannot be rendered safely: " + why);
            });
    return parseChecked(markdown);
  }

  /**
   * Paper Markdown parsed, its limits checked once. Each part of a paper is within the limits, but
   * two fields joined into one paragraph may not be: such Markdown is parsed as {@link
   * #plainParagraphs}, as {@link #toHtml} shows it as plain text, rather than refused.
   */
  public Document parsePaper(String paperMarkdown) {
    return MarkdownLimits.composedProblem(paperMarkdown).isEmpty()
        ? parseChecked(paperMarkdown)
        : parse(plainParagraphs(paperMarkdown));
  }

  /** Parses Markdown already found within {@link MarkdownLimits}. */
  private Document parseChecked(String markdown) {
    try {
      return parser.parse(markdown);
    } catch (StackOverflowError e) {
      // The link-title pattern recurses per character; validation reports such text first.
      throw new IllegalArgumentException("Markdown text is too complex to parse safely");
    }
  }

  /**
   * Drops any {@code href} or {@code src} outside the allow-list, and writes a table cell's
   * alignment as a class: flexmark's {@code align} attribute is obsolete HTML, and a {@code style}
   * attribute is refused by the site's content security policy.
   */
  private static void attributes(Node node, AttributablePart part, MutableAttributes attributes) {
    for (String name : new String[] {"href", "src"}) {
      if (attributes.contains(name) && !isAllowedAddress(attributes.getValue(name))) {
        attributes.remove(name);
      }
    }
    if (node instanceof TableCell cell && cell.getAlignment() != null) {
      attributes.remove("align");
      attributes.addValue("class", alignmentClass(cell.getAlignment()));
    }
  }

  /** The class that aligns a table cell's text; the stylesheets of the site and papers set it. */
  static String alignmentClass(TableCell.Alignment alignment) {
    return switch (alignment) {
      case LEFT -> "align-left";
      case CENTER -> "align-centre";
      case RIGHT -> "align-right";
    };
  }

  /** Whether an {@code href} or {@code src} value, as the renderer would write it, may stay. */
  static boolean isAllowedAddress(String value) {
    // The renderer writes character references as they were written, and a browser decodes
    // them: '&#106;avascript:' must be checked as 'javascript:'.
    return SafeLinks.isAllowed(Escaping.unescapeHtml(value));
  }

  /** Re-emits a document's source, substituting the nodes that a paper must not keep. */
  private static final class Rewrite {
    private final Document document;
    private final String fromPath;
    private final LinkTargets links;

    /** Whether a node was dropped or escaped, rather than copied or re-linked. */
    boolean dirty;

    Rewrite(Document document, String fromPath, LinkTargets links) {
      this.document = document;
      this.fromPath = fromPath;
      this.links = links;
    }

    String emit(Node node) {
      if (node instanceof Link link) {
        return linked(link.getText(), link.getUrl(), node);
      }
      if (node instanceof LinkRef ref) {
        if (!ref.isDefined()) {
          return copy(node, node.getStartOffset(), node.getEndOffset());
        }
        Reference target = ref.getReferenceNode(document);
        BasedSequence text = ref.getText().isNull() ? ref.getReference() : ref.getText();
        return target == null ? asText(node, text.toString()) : linked(text, target.getUrl(), node);
      }
      if (node instanceof Image image) {
        dirty = true;
        return asText(node, image.getText().toString());
      }
      if (node instanceof ImageRef image) {
        dirty = true;
        return asText(
            node,
            (image.getText().isNull() || image.getText().isEmpty()
                    ? image.getReference()
                    : image.getText())
                .toString());
      }
      if (node instanceof AutoLink || node instanceof MailLink) {
        String url =
            Escaping.unescapeString(
                ((com.vladsch.flexmark.ast.DelimitedLinkNode) node).getText().toString());
        String href = node instanceof MailLink ? "mailto:" + url : url;
        if (SafeLinks.isSafe(href)) {
          return "<" + url + ">";
        }
        dirty = true;
        return escapeText(url);
      }
      if (node instanceof Reference
          || node instanceof HtmlCommentBlock
          || node instanceof HtmlInlineComment) {
        dirty = true;
        return "";
      }
      if (node instanceof HtmlInline || node instanceof HtmlBlock) {
        dirty = true;
        // Escaped as text, Markdown included: inside an HTML block nothing was parsed as a link,
        // so nothing in it may become one once the block is plain text.
        return escapeText(node.getChars().toString().replace("&", "&amp;").replace("<", "&lt;"));
      }
      return copy(node, node.getStartOffset(), node.getEndOffset());
    }

    /** The source from {@code start} to {@code end}, with each child inside it emitted. */
    private String copy(Node node, int start, int end) {
      StringBuilder out = new StringBuilder();
      int at = start;
      for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
        int childStart = child.getStartOffset();
        int childEnd = child.getEndOffset();
        if (childStart < at || childEnd > end) {
          continue; // outside the range: a link's destination or a synthetic node
        }
        out.append(source(at, childStart));
        out.append(emit(child));
        at = childEnd;
      }
      out.append(source(at, end));
      return out.toString();
    }

    private String linked(BasedSequence text, BasedSequence url, Node node) {
      String inner = copy(node, text.getStartOffset(), text.getEndOffset());
      Optional<String> href =
          links
              .href(Escaping.unescapeString(url.toString()), fromPath)
              .filter(SafeLinks::isAllowed);
      if (href.isEmpty()) {
        dirty = true;
        return asText(node, inner);
      }
      return "[" + inner + "](<" + encode(href.get()) + ">)";
    }

    /**
     * Text that stood inside a link or image, as it stands once they are gone: in a table cell a
     * pipe there belonged to the link and must not become a cell's end.
     */
    private static String asText(Node node, String text) {
      if (text.indexOf('|') < 0 || !inTableCell(node)) {
        return text;
      }
      StringBuilder out = new StringBuilder(text.length() + 8);
      boolean escaped = false;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '|' && !escaped) {
          out.append('\\');
        }
        escaped = c == '\\' && !escaped;
        out.append(c);
      }
      return out.toString();
    }

    private static boolean inTableCell(Node node) {
      for (Node up = node.getParent(); up != null; up = up.getParent()) {
        if (up instanceof TableCell) {
          return true;
        }
      }
      return false;
    }

    private String source(int start, int end) {
      return start >= end ? "" : document.getChars().baseSubSequence(start, end).toString();
    }
  }

  /**
   * Content Markdown from {@code fromPath} as inline HTML: {@code toInlineHtml(normalise(markdown,
   * fromPath, links))}, without parsing text that is plainly text ({@link PlainText}).
   */
  public String toInlineHtml(String markdown, String fromPath, LinkTargets links) {
    return PlainText.inlineHtml(markdown)
        .orElseGet(() -> toInlineHtml(normalise(markdown, fromPath, links)));
  }

  private static String plainText(String text) {
    return text.strip()
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  /**
   * Markdown as plain text, one paragraph per line, with no structure left for a parser to nest:
   * every line stripped, each ASCII punctuation character escaped, a blank line between lines.
   */
  public static String plainParagraphs(String markdown) {
    StringBuilder out = new StringBuilder(markdown.length() * 2);
    for (String line : markdown.split("\n")) {
      String text = line.strip();
      if (text.isEmpty()) {
        continue;
      }
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c > ' ' && c < 127 && !Character.isLetterOrDigit(c)) {
          out.append('\\');
        }
        out.append(c);
      }
      out.append("\n\n");
    }
    return out.toString();
  }

  /** Escapes characters that would make plain text read as Markdown. */
  public static String escapeText(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("\\`*_[]<>#|~".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  private static String encode(String href) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < href.length(); i++) {
      char c = href.charAt(i);
      // '|' too, which would end a table cell on a parser that splits rows first, as GitHub's
      if (c == '<' || c == '>' || c == ' ' || c == '\\' || c == '|' || Character.isISOControl(c)) {
        out.append('%').append(String.format("%02X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
