package scot.pmo.validate;

import com.vladsch.flexmark.util.sequence.Escaping;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import scot.pmo.concurrent.Parallel;
import scot.pmo.markdown.MarkdownLinks;
import scot.pmo.model.Catalogue;
import scot.pmo.model.Diagnostic;
import scot.pmo.model.Diagnostics;
import scot.pmo.model.Entity;

/**
 * Checks the links in Markdown bodies and Markdown fields: relative links must reach a file inside
 * the repository, web links must use a safe scheme, and a link must go somewhere.
 */
public final class LinkValidator implements FileValidator {

  private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
  private static final Pattern INVISIBLE =
      Pattern.compile("[\\p{Cntrl}\\p{Z}\\s\\u200B-\\u200D\\uFEFF]");

  private final Path repo;

  public LinkValidator(Path repo) {
    this.repo = repo.toAbsolutePath().normalize();
  }

  @Override
  public void validate(Catalogue catalogue, List<Entity> entities, Diagnostics diagnostics) {
    Parallel.forEach(
        entities,
        entity -> {
          try {
            MarkdownLinks.of(catalogue, entity).forEach(link -> check(entity, link, diagnostics));
          } catch (MarkdownLinks.TooComplex e) {
            diagnostics.add(
                Diagnostic.error(
                    "markdown-limit",
                    new scot.pmo.model.SourceRef(entity.path(), entity.bodyLine(), 1),
                    "the Markdown is too complex to render safely: a link or its title runs on for"
                        + " thousands of characters",
                    "close the link's brackets and quotes; real documents stay far within these"
                        + " limits"));
          }
        });
  }

  private void check(Entity entity, MarkdownLinks.Found link, Diagnostics out) {
    String url = link.url().trim();
    if (url.isEmpty() || url.equals("#")) {
      out.add(
          Diagnostic.warning(
              "placeholder-link",
              link.at(),
              "this link goes nowhere ('" + url + "')",
              "link to the entity's file, e.g. ../references/think-piece.md, or to a web address;"
                  + " or remove the link and keep the text"));
      return;
    }
    if (url.matches("^[A-Za-z]:[\\\\/].*")) {
      out.add(
          Diagnostic.error(
              "absolute-link",
              link.at(),
              "the link '" + url + "' is a path on one computer's drive",
              "link to a file in the repository with a relative path, or to a web address"));
      return;
    }
    // As a browser would read it: entities and escapes decoded, invisible characters dropped,
    // so that '&#106;avascript:' and 'java<TAB>script:' are seen for what they are.
    Matcher scheme = SCHEME.matcher(INVISIBLE.matcher(Escaping.unescapeString(url)).replaceAll(""));
    // And as any reader might, decoding more than the parser does: entities without their ';'
    // ('jav&#x61script:') and percent-escapes ('%6Aavascript:'), again until nothing changes.
    Matcher loose = SCHEME.matcher(looselyDecoded(url));
    Optional<String> refused =
        Stream.of(scheme, loose)
            .filter(Matcher::find)
            .map(m -> m.group(1).toLowerCase(Locale.ROOT))
            .filter(name -> !name.equals("https") && !name.equals("http") && !name.equals("mailto"))
            .findFirst();
    if (refused.isPresent()) {
      out.add(
          Diagnostic.error(
              "unsafe-link",
              link.at(),
              "links may not use the '" + refused.get() + ":' scheme",
              "use an https:// address, a mailto: address or a relative path to a file"));
      return;
    }
    if (scheme.reset().find()) {
      return;
    }
    if (url.startsWith("/") || url.startsWith("\\")) {
      out.add(
          Diagnostic.error(
              "absolute-link",
              link.at(),
              "the link '" + url + "' is an absolute path",
              "write the path relative to this file, e.g. ../people/jane-doe.yaml"));
      return;
    }
    Optional<String> target = link.target(entity.path());
    if (target.isEmpty()) {
      return; // an anchor within the page
    }
    Path file = repo.resolve(target.get()).normalize();
    if (target.get().startsWith("..") || !file.startsWith(repo)) {
      out.add(
          Diagnostic.error(
              "link-outside-repository",
              link.at(),
              "the link '" + url + "' leads outside the repository",
              "link only to files in the repository, or use a web address"));
    } else if (!Files.exists(file)) {
      out.add(
          Diagnostic.error(
              "broken-link",
              link.at(),
              "the link '" + url + "' leads to " + target.get() + ", which does not exist",
              "check the file name and folder; links are relative to " + entity.path()));
    }
  }

  private static final Pattern NUMERIC_ENTITY =
      Pattern.compile("&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));?");
  private static final Pattern PERCENT = Pattern.compile("%([0-9a-fA-F]{2})");

  /** {@code url} with every reading a lenient reader could make of its characters made. */
  private static String looselyDecoded(String url) {
    String text = url;
    for (int pass = 0; pass < 4; pass++) {
      String next = Escaping.unescapeString(text);
      next =
          NUMERIC_ENTITY
              .matcher(next)
              .replaceAll(
                  m -> {
                    int code =
                        m.group(1) != null
                            ? Integer.parseInt(m.group(1), 16)
                            : Integer.parseInt(m.group(2));
                    return Character.isValidCodePoint(code) && code != 0
                        ? Matcher.quoteReplacement(Character.toString(code))
                        : "";
                  });
      next =
          PERCENT
              .matcher(next)
              .replaceAll(
                  m ->
                      Matcher.quoteReplacement(
                          Character.toString(Integer.parseInt(m.group(1), 16))));
      next = INVISIBLE.matcher(next).replaceAll("");
      if (next.equals(text)) {
        break;
      }
      text = next;
    }
    return text;
  }
}
