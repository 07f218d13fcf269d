package scot.pmo.render.site;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import scot.pmo.model.Entity;
import scot.pmo.render.site.Pages.Card;
import scot.pmo.render.site.Pages.RenderedCard;
import scot.pmo.render.template.Templates;

/**
 * The case-study cards of the library and its filter pages, each rendered by its partial once and
 * reused: a case study's card appears on the library and on a filter page for each of its themes,
 * organisations and anchors, and a preview that renames one case study re-renders the others' cards
 * from here. The partial is given the card alone, so its output depends on nothing else.
 */
final class LibraryCards {

  /** The partial, under {@code templates/}. */
  static final String PARTIAL = SiteBuilder.TEMPLATES + "/partials/library-card.html.mustache";

  private final Templates templates;
  private final Map<Card, RenderedCard> rendered = new ConcurrentHashMap<>();

  /**
   * The card of each case study at each depth of page, by the entity loaded (not its value): a file
   * that changes is loaded as a new entity, so its card is made again.
   */
  private final Map<Placed, RenderedCard> placed = new ConcurrentHashMap<>();

  /** A case study on pages at one depth, the entity compared by identity. */
  private record Placed(Entity study, String root) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Placed p && p.study == study && p.root.equals(root);
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(study) * 31 + root.hashCode();
    }
  }

  LibraryCards(Templates templates) {
    this.templates = templates;
  }

  /**
   * The card of {@code study} on pages under {@code root}, made by {@code card} the first time: the
   * data of a card comes from the case study itself, those of its organisations the library's
   * organisation filter lists, and the files its summary links to.
   */
  RenderedCard of(Entity study, String root, Supplier<Card> card) {
    Placed key = new Placed(study, root);
    RenderedCard known = placed.get(key);
    if (known == null) {
      known = of(card.get());
      placed.put(key, known);
    }
    return known;
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
   * The cache for the next model of a preview, after a change that no other case study's card
   * reads: kept while it holds a few cards per case study, emptied when renamed and edited cards
   * have piled up.
   */
  LibraryCards next(int caseStudies) {
    if (rendered.size() > 4 * Math.max(caseStudies, 100)) {
      rendered.clear();
    }
    if (placed.size() > 4 * Math.max(caseStudies, 100)) {
      placed.clear();
    }
    return this;
  }

  /**
   * The cache for the next model of a preview when an organisation changed (its type may have put
   * it into the library's organisation filter or out of it) or a file came or went (a summary's
   * link may lead elsewhere): the cards by entity are made again; those by value stay right.
   */
  LibraryCards nextAfterChangeOfOthers(int caseStudies) {
    placed.clear();
    return next(caseStudies);
  }
}
