package scot.pmo.workflow;

import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import scot.pmo.render.KeptFromLastBuild;
import scot.pmo.render.markdown.KeptRenderings;
import scot.pmo.render.paper.Markup;
import scot.pmo.render.site.KeptWords;
import scot.pmo.run.Invocation;

/**
 * What a daemon's last build rendered, for its next build to take over where its inputs are
 * unchanged: the renderings of content Markdown ({@link KeptRenderings}), the entities' bodies as
 * the site's pages show them and the texts the papers show, and the search index's words of each
 * page ({@link KeptWords}). A process that runs one command keeps none, so as not to hold them for
 * nothing.
 */
final class RenderingMemory {

  /** The site's bodies as HTML. */
  static final Slot<KeptRenderings<String>> BODIES =
      new Slot<>(KeptRenderings::keeping, KeptRenderings::none, KeptRenderings::next);

  /** The papers' texts. */
  static final Slot<KeptRenderings<Markup>> PAPER_TEXTS =
      new Slot<>(KeptRenderings::keeping, KeptRenderings::none, KeptRenderings::next);

  /** The search index's words of each entity page. */
  static final Slot<KeptWords> SEARCH_WORDS =
      new Slot<>(KeptWords::keeping, KeptWords::none, KeptWords::next);

  private RenderingMemory() {}

  /**
   * What one kind of rendering the last build left: {@code T} is what one build uses and fills,
   * made {@code fresh} or as {@code none} that keeps nothing, and handed to the next build as its
   * {@code next}.
   */
  static final class Slot<T extends KeptFromLastBuild<?>> {

    private final Supplier<T> fresh;
    private final Supplier<T> none;
    private final UnaryOperator<T> next;
    private T kept;

    Slot(Supplier<T> fresh, Supplier<T> none, UnaryOperator<T> next) {
      this.fresh = fresh;
      this.none = none;
      this.next = next;
      this.kept = fresh.get();
    }

    /** What the last build left, for one build to use; another build meanwhile starts afresh. */
    synchronized T take() {
      if (!Invocation.current().inDaemon()) {
        return none.get();
      }
      T taken = kept;
      kept = fresh.get();
      return taken;
    }

    /** Keeps what a build that completed used, for the next. */
    synchronized void keep(T used) {
      if (used.keeps()) {
        kept = next.apply(used);
      }
    }
  }
}
