package scot.pmo.render.paper;

import scot.pmo.model.Entity;
import scot.pmo.render.markdown.KeptRenderings;
import scot.pmo.render.markdown.LinkTargets;
import scot.pmo.render.markdown.MarkdownRenderer;

/**
 * Makes the {@link Markup} of each piece of content Markdown a paper shows, with links pointed
 * where a paper's go ({@link PaperLinks}); where it is given renderings kept from the build before,
 * a text whose file and links are unchanged is not rendered again.
 */
final class PaperMarkup {

  /** What a text's Markup is made from, beyond its links. */
  private record Key(String path, String text) {}

  private final MarkdownRenderer markdown;
  private final LinkTargets links;
  private final KeptRenderings<Markup> kept;

  PaperMarkup(MarkdownRenderer markdown, LinkTargets links, KeptRenderings<Markup> kept) {
    this.markdown = markdown;
    this.links = links;
    this.kept = kept;
  }

  /** Content Markdown from {@code source}'s file, in every form a paper needs. */
  Markup of(String text, Entity source) {
    String path = source.path();
    return kept.get(
        new Key(path, text),
        markdown,
        links,
        targets -> {
          String md = markdown.normalise(text, path, targets);
          return new Markup(md, markdown.toHtml(md), markdown.toInlineHtml(md));
        });
  }
}
