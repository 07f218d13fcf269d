package scot.pmo.render.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import scot.pmo.model.Entity;
import scot.pmo.render.markdown.LinkTargets;
import scot.pmo.render.markdown.MarkdownRenderer;

/**
 * Each entity's Markdown body as HTML, kept from one build of the site to the next, so that a build
 * after an edit renders again only the bodies whose inputs changed. At 10,000 entities the bodies
 * were a sixth of such a build's processor time, and an edit changes one of them.
 *
 * <p>A body's HTML is a function of the entity (its text and its file), the depth of its page
 * (links are relative), the renderer, and where each of its links leads. So a body is reused only
 * for the very entity it was made from (the same object: entities are immutable, and the daemon
 * keeps those of unchanged files), on a page at the same depth, by a renderer of the same output,
 * and only if every link it looked up still leads where it led: a renamed, added or deleted page it
 * links to makes it render again.
 *
 * <p>Each build takes over what the build before it used and keeps what it uses itself ({@link
 * #next}), so the bodies of deleted entities are not kept for long. Safe for the page threads of
 * one build to share.
 */
public final class RenderedBodies {

  /** One link looked up while rendering a body, and where it led. */
  private record Lookup(String url, String from, Optional<String> href) {}

  private record Kept(
      Entity entity, String root, MarkdownRenderer renderer, List<Lookup> lookups, String html) {}

  private static final RenderedBodies NONE = new RenderedBodies(false, Map.of());

  private final boolean keeps;
  private final Map<String, Kept> before;
  private final Map<String, Kept> now = new ConcurrentHashMap<>();
  private final AtomicInteger reused = new AtomicInteger();

  private RenderedBodies(boolean keeps, Map<String, Kept> before) {
    this.keeps = keeps;
    this.before = before;
  }

  /** Renders every body, and keeps none: for a process that builds once. */
  public static RenderedBodies none() {
    return NONE;
  }

  /** Keeps the bodies this build renders, for {@link #next}; it starts with none. */
  public static RenderedBodies keeping() {
    return new RenderedBodies(true, Map.of());
  }

  /** For the next build: the bodies this one rendered or reused, and no others. */
  public RenderedBodies next() {
    return keeps ? new RenderedBodies(true, Map.copyOf(now)) : NONE;
  }

  /** Whether this keeps bodies for the next build at all. */
  boolean keeps() {
    return keeps;
  }

  /** How many bodies this build took from the build before. */
  int reused() {
    return reused.get();
  }

  /** How many bodies this build rendered or reused. */
  int used() {
    return now.size();
  }

  /**
   * The HTML of {@code e}'s body on its page {@code page}: reused if nothing it was made from has
   * changed, else made by {@code render} with the link targets it is given.
   */
  String html(
      Entity e,
      String page,
      MarkdownRenderer renderer,
      LinkTargets links,
      Function<LinkTargets, String> render) {
    if (!keeps) {
      return render.apply(links);
    }
    String root = SitePaths.root(page);
    Kept kept = before.get(e.path());
    if (kept != null
        && kept.entity() == e
        && kept.root().equals(root)
        && kept.renderer().sameOutputAs(renderer)
        && leadWhereTheyLed(kept.lookups(), links)) {
      now.put(e.path(), kept);
      reused.incrementAndGet();
      return kept.html();
    }
    // One body is rendered on one thread, so its lookups need no lock.
    List<Lookup> lookups = new ArrayList<>();
    String html =
        render.apply(
            (url, from) -> {
              Optional<String> href = links.href(url, from);
              lookups.add(new Lookup(url, from, href));
              return href;
            });
    now.put(e.path(), new Kept(e, root, renderer, List.copyOf(lookups), html));
    return html;
  }

  private static boolean leadWhereTheyLed(List<Lookup> lookups, LinkTargets links) {
    for (Lookup lookup : lookups) {
      if (!links.href(lookup.url(), lookup.from()).equals(lookup.href())) {
        return false;
      }
    }
    return true;
  }
}
