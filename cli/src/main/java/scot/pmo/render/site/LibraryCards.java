package scot.pmo.render.site;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import scot.pmo.render.site.Pages.Card;
import scot.pmo.render.site.Pages.RenderedCard;
import scot.pmo.render.template.Templates;

/**
 * The case-study cards of the library and its filter pages, each rendered by its partial once and
 * reused: a case study's card appears on the library and on a filter page for each of its
 * themes, councils and anchors, and a preview that renames one case study re-renders the others'
 * cards from here. The partial is given the card alone, so its output depends on nothing else.
 */
final class LibraryCards {

  /** The partial, under {@code templates/}. */
  static final String PARTIAL = SiteBuilder.TEMPLATES + "/partials/library-card.html.mustache";

  private final Templates templates;
  private final Map<Card, RenderedCard> rendered = new ConcurrentHashMap<>();

  LibraryCards(Templates templates) {
    this.templates = templates;
  }

  RenderedCard of(Card card) {
    RenderedCard known = rendered.get(card);
    if (known == null) {
      String html = templates.render(PARTIAL, card);
      known = new RenderedCard(html.endsWith("\n") ? html.substring(0, html.length() - 1) : html);
      rendered.put(card, known);
    }
    return known;
  }

  /**
   * The cache for the next model of a preview: kept while it holds a few cards per case study,
   * emptied when renamed and edited cards have piled up.
   */
  LibraryCards next(int caseStudies) {
    if (rendered.size() > 4 * Math.max(caseStudies, 100)) {
      rendered.clear();
    }
    return this;
  }
}
