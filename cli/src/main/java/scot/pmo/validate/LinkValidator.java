package scot.pmo.validate;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
import scot.pmo.model.Catalogue;
import scot.pmo.model.Diagnostic;
import scot.pmo.model.Diagnostics;
import scot.pmo.model.Entity;
import scot.pmo.model.FieldPath;
import scot.pmo.model.SourceRef;

/**
 * Checks the links in Markdown bodies and Markdown fields: relative links must reach a file inside
 * the repository, web links must use a safe scheme, and a link must go somewhere.
 */
public final class LinkValidator implements Validator {

  private static final Parser PARSER = Parser.builder().build();
  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

  private final Path repo;

  public LinkValidator(Path repo) {
    this.repo = repo.toAbsolutePath().normalize();
  }

  @Override
  public void validate(Catalogue catalogue, Diagnostics diagnostics) {
    catalogue.all().parallelStream().forEach(entity -> {
      if (!entity.body().isBlank()) {
        Document document = PARSER.parse(entity.body());
        visit(document, node -> {
          int line = node.getLineNumber();
          int column = node.getStartOffset() - entity.body().lastIndexOf('\n', node.getStartOffset() - 1);
          check(entity, url(node), new SourceRef(entity.path(), entity.bodyLine() + line, column),
              diagnostics);
        });
      }
      for (FieldPath field : entity.kind().markdownFields()) {
        field.forEachText(entity.data(), (pointer, text) -> {
          if (text.indexOf('[') >= 0) {
            visit(PARSER.parse(text), node ->
                check(entity, url(node), entity.positions().value(pointer), diagnostics));
          }
        });
      }
    });
  }

  private void check(Entity entity, String url, SourceRef at, Diagnostics out) {
    String trimmed = url.trim();
    if (trimmed.isEmpty() || trimmed.equals("#")) {
      out.add(Diagnostic.warning(
          "placeholder-link",
          at,
          "this link goes nowhere ('" + trimmed + "')",
          "link to the entity's file, e.g. ../references/think-piece.md, or to a web address;"
              + " or remove the link and keep the text"));
      return;
    }
    if (trimmed.startsWith("#")) {
      return;
    }
    if (SCHEME.matcher(trimmed).find()) {
      String scheme = trimmed.substring(0, trimmed.indexOf(':')).toLowerCase(Locale.ROOT);
      if (!scheme.equals("https") && !scheme.equals("http") && !scheme.equals("mailto")) {
        out.add(Diagnostic.error(
            "unsafe-link",
            at,
            "links may not use the '" + scheme + ":' scheme",
            "use an https:// address, a mailto: address or a relative path to a file"));
      }
      return;
    }
    if (trimmed.startsWith("/") || trimmed.startsWith("\\")) {
      out.add(Diagnostic.error(
          "absolute-link",
          at,
          "the link '" + trimmed + "' is an absolute path",
          "write the path relative to this file, e.g. ../people/monica-patterson.yaml"));
      return;
    }
    String path = trimmed.replaceAll("[?#].*$", "");
    String decoded;
    try {
      decoded = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      decoded = path;
    }
    Path from = repo.resolve(entity.path()).getParent();
    Path target = from.resolve(decoded).normalize();
    if (!target.startsWith(repo)) {
      out.add(Diagnostic.error(
          "link-outside-repository",
          at,
          "the link '" + trimmed + "' leads outside the repository",
          "link only to files in the repository, or use a web address"));
    } else if (!Files.exists(target)) {
      out.add(Diagnostic.error(
          "broken-link",
          at,
          "the link '" + trimmed + "' leads to " + repo.relativize(target).toString()
              .replace('\\', '/') + ", which does not exist",
          "check the file name and folder; links are relative to " + entity.path()));
    }
  }

  private static String url(Node node) {
    if (node instanceof Link link) {
      return link.getUrl().toString();
    }
    if (node instanceof Image image) {
      return image.getUrl().toString();
    }
    return ((Reference) node).getUrl().toString();
  }

  private static void visit(Node node, java.util.function.Consumer<Node> onLink) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Link || child instanceof Image || child instanceof Reference) {
        onLink.accept(child);
      }
      visit(child, onLink);
    }
  }
}
