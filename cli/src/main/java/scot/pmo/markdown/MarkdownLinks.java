package scot.pmo.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import scot.pmo.model.Catalogue;
import scot.pmo.model.Entity;
import scot.pmo.model.FieldPath;
import scot.pmo.model.SourceRef;

/** Finds the links in an entity's Markdown: its body and its Markdown fields. */
public final class MarkdownLinks {

  /**
   * One link as written.
   *
   * @param url the destination as written
   * @param at where the link stands
   */
  public record Found(String url, SourceRef at) {

    /** Whether the destination names a scheme, such as {@code https:} or {@code mailto:}. */
    public boolean hasScheme() {
      return SCHEME.matcher(url.trim()).find();
    }

    /**
     * The repository-relative path a relative link leads to, normalised; empty for web links,
     * in-page anchors and placeholders. The path may lead outside the repository: callers check.
     */
    public Optional<String> target(String fromPath) {
      String trimmed = url.trim();
      if (trimmed.isEmpty()
          || trimmed.startsWith("#")
          || hasScheme()
          || trimmed.startsWith("/")
          || trimmed.startsWith("\\")) {
        return Optional.empty();
      }
      String path = trimmed.replaceAll("[?#].*$", "");
      String decoded;
      try {
        decoded = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        decoded = path;
      }
      Path from = Path.of(fromPath).getParent();
      Path target = (from == null ? Path.of(decoded) : from.resolve(decoded)).normalize();
      return Optional.of(target.toString().replace('\\', '/'));
    }
  }

  /** Markdown the parser could not read without overflowing its stack. */
  public static final class TooComplex extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooComplex() {
      super("the parser ran out of stack", null, false, false);
    }
  }

  private static final Parser PARSER = MarkdownSyntax.parser();

  /**
   * Parses Markdown. The parser's link-title pattern recurses once per character, so a few thousand
   * characters of one unclosed title overflow the stack; that is caught here, once, rather than
   * ending the run.
   */
  private static Document parse(String markdown) {
    try {
      return PARSER.parse(markdown);
    } catch (StackOverflowError e) {
      throw new TooComplex();
    }
  }

  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

  private static final Catalogue.Key<List<Found>> KEY =
      new Catalogue.Key<>(
          "markdown links",
          (catalogue, entity) -> of(entity, () -> ParsedBody.of(catalogue, entity)));

  private MarkdownLinks() {}

  /**
   * Every link in the entity's body and Markdown fields, in file order, found once for the
   * catalogue: validation and the graph both need them, and parsing is the cost.
   *
   * @throws TooComplex if the parser cannot read one of them
   */
  public static List<Found> of(Catalogue catalogue, Entity entity) {
    return catalogue.derived(entity, KEY);
  }

  /**
   * Every link in the entity's body and Markdown fields, in file order.
   *
   * @throws TooComplex if the parser cannot read one of them
   */
  public static List<Found> of(Entity entity) {
    return of(entity, () -> ParsedBody.of(entity));
  }

  private static List<Found> of(Entity entity, Supplier<ParsedBody> parsedBody) {
    List<Found> found = new ArrayList<>();
    // Bodies past MarkdownLimits were emptied by the loader. Every link, image and reference
    // definition starts with '[', and every autolink with '<': a body with neither needs no parse.
    String body = entity.body();
    if (!body.isBlank() && (body.indexOf('[') >= 0 || body.indexOf('<') >= 0)) {
      ParsedBody parsed = parsedBody.get();
      String text = parsed.text();
      visit(
          parsed.document(),
          node -> {
            int line = parsed.linesBefore() + node.getLineNumber();
            int column = node.getStartOffset() - text.lastIndexOf('\n', node.getStartOffset() - 1);
            found.add(
                new Found(
                    url(node), new SourceRef(entity.path(), entity.bodyLine() + line, column)));
          });
    }
    for (FieldPath field : entity.kind().markdownFields()) {
      field.forEachText(
          entity.data(),
          (pointer, text) -> {
            if (text.indexOf('[') >= 0 && MarkdownLimits.problem(text).isEmpty()) {
              visit(
                  parse(text),
                  node -> found.add(new Found(url(node), entity.positions().value(pointer))));
            }
          });
    }
    return List.copyOf(found);
  }

  private static String url(Node node) {
    if (node instanceof Link link) {
      return link.getUrl().toString();
    }
    if (node instanceof Image image) {
      return image.getUrl().toString();
    }
    if (node instanceof AutoLink auto) {
      return auto.getText().toString();
    }
    return ((Reference) node).getUrl().toString();
  }

  /** Visits every link depth-first without recursion, so deep nesting cannot overflow. */
  private static void visit(Node root, Consumer<Node> onLink) {
    java.util.ArrayDeque<Node> stack = new java.util.ArrayDeque<>();
    for (Node child = root.getLastChild(); child != null; child = child.getPrevious()) {
      stack.push(child);
    }
    while (!stack.isEmpty()) {
      Node node = stack.pop();
      if (node instanceof Link
          || node instanceof Image
          || node instanceof Reference
          || node instanceof AutoLink) {
        onLink.accept(node);
      }
      for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
        stack.push(child);
      }
    }
  }
}
