package scot.pmo.markdown;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import scot.pmo.model.Catalogue;
import scot.pmo.model.Entity;

/**
 * An entity's Markdown body, parsed once for a catalogue: validation finds its links in it and the
 * site renders it, where each used to parse the text again (the parse was a tenth of a large
 * build). Holders must not change the document: it is shared, and may be read on several threads.
 *
 * @param document the parse of {@link #text}
 * @param text the body from the start of its first line that is not blank, without the white space
 *     at its end: the same Markdown to a parser, and what the site renders
 * @param linesBefore the body's blank lines before {@code text}, to give positions in the file
 */
public record ParsedBody(Document document, String text, int linesBefore) {

  private static final Parser PARSER = MarkdownSyntax.parser();

  private static final Catalogue.Key<ParsedBody> KEY =
      new Catalogue.Key<>("parsed body", (catalogue, entity) -> of(entity));

  /** The entity's body parsed, once for the catalogue. */
  public static ParsedBody of(Catalogue catalogue, Entity entity) {
    return catalogue.derived(entity, KEY);
  }

  /**
   * The entity's body parsed. The parser's link-title pattern recurses once per character, so a few
   * thousand characters of one unclosed title overflow the stack: that is reported as {@link
   * MarkdownLinks.TooComplex}, rather than ending the run.
   */
  public static ParsedBody of(Entity entity) {
    String body = entity.body();
    int start = 0;
    int linesBefore = 0;
    for (int i = 0; i < body.length() && Character.isWhitespace(body.charAt(i)); i++) {
      if (body.charAt(i) == '\n') {
        start = i + 1;
        linesBefore++;
      }
    }
    String text = body.substring(Math.min(start, body.length())).stripTrailing();
    try {
      return new ParsedBody(PARSER.parse(text), text, linesBefore);
    } catch (StackOverflowError e) {
      throw new MarkdownLinks.TooComplex();
    }
  }
}
