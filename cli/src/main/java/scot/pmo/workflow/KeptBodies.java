package scot.pmo.workflow;

import scot.pmo.render.site.RenderedBodies;
import scot.pmo.run.Invocation;

/**
 * The entities' bodies as HTML that a daemon's last site build rendered, for its next build to take
 * over where they are unchanged ({@link RenderedBodies}). A process that runs one command keeps
 * none, so as not to hold every body's HTML for nothing.
 */
final class KeptBodies {

  private static RenderedBodies kept = RenderedBodies.keeping();

  private KeptBodies() {}

  /**
   * The bodies the last build left, for one build to use; another build meanwhile starts afresh.
   */
  static synchronized RenderedBodies take() {
    if (!Invocation.current().inDaemon()) {
      return RenderedBodies.none();
    }
    RenderedBodies taken = kept;
    kept = RenderedBodies.keeping();
    return taken;
  }

  /** Keeps what a build that completed used, for the next. */
  static synchronized void keep(RenderedBodies used) {
    if (used != RenderedBodies.none()) {
      kept = used.next();
    }
  }
}
