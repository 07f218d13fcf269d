package scot.pmo.workflow;

import scot.pmo.render.markdown.KeptRenderings;
import scot.pmo.render.paper.Markup;
import scot.pmo.run.Invocation;

/**
 * The renderings of content Markdown that a daemon's last build made, for its next build to take
 * over where they are unchanged ({@link KeptRenderings}): the entities' bodies as the site's pages
 * show them, and the texts the papers show. A process that runs one command keeps none, so as not
 * to hold them for nothing.
 */
final class RenderingMemory {

  /** The site's bodies as HTML. */
  static final Slot<String> BODIES = new Slot<>();

  /** The papers' texts. */
  static final Slot<Markup> PAPER_TEXTS = new Slot<>();

  private RenderingMemory() {}

  /** What one kind of rendering the last build left. */
  static final class Slot<V> {

    private KeptRenderings<V> kept = KeptRenderings.keeping();

    /** What the last build left, for one build to use; another build meanwhile starts afresh. */
    synchronized KeptRenderings<V> take() {
      if (!Invocation.current().inDaemon()) {
        return KeptRenderings.none();
      }
      KeptRenderings<V> taken = kept;
      kept = KeptRenderings.keeping();
      return taken;
    }

    /** Keeps what a build that completed used, for the next. */
    synchronized void keep(KeptRenderings<V> used) {
      if (used.keeps()) {
        kept = used.next();
      }
    }
  }
}
