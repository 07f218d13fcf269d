package scot.pmo.render.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import scot.pmo.render.KeptFromLastBuild;

/**
 * Renderings of content Markdown kept from one build to the next, so that a build after an edit
 * renders again only the texts whose inputs changed: at 10,000 entities, the site's bodies were a
 * sixth of such a build's processor time, and the papers' texts most of the time of their models,
 * and an edit changes one or two of them.
 *
 * <p>A rendering is a function of its key (which holds the text and what else it is made from, such
 * as the file it comes from), of the renderer, and of where each of its links leads. So one is
 * reused only for an equal key, by a renderer of the same output, and only if every link it looked
 * up still leads where it led: a renamed, added or deleted file it links to makes it render again.
 * Each lookup is asked again of the build's own link targets, so whoever notes what a build reads
 * through them still sees it read.
 *
 * <p>Each build takes over what the build before it used and keeps what it uses itself ({@link
 * #next}), so the texts of deleted files are not kept for long. Safe for the threads of one build
 * to share.
 *
 * @param <V> what a text is rendered as
 */
public final class KeptRenderings<V> extends KeptFromLastBuild<KeptRenderings.Kept<V>> {

  /** One link looked up while rendering, and where it led. */
  private record Lookup(String url, String from, Optional<String> href) {}

  record Kept<V>(MarkdownRenderer renderer, List<Lookup> lookups, V rendered) {}

  private static final KeptRenderings<?> NONE = new KeptRenderings<>(false, Map.of());

  private KeptRenderings(boolean keeps, Map<Object, Kept<V>> before) {
    super(keeps, before);
  }

  /** Renders every text, and keeps none: for a process that builds once. */
  @SuppressWarnings("unchecked")
  public static <V> KeptRenderings<V> none() {
    return (KeptRenderings<V>) NONE;
  }

  /** Keeps the texts this build renders, for {@link #next}; it starts with none. */
  public static <V> KeptRenderings<V> keeping() {
    return new KeptRenderings<>(true, Map.of());
  }

  /** For the next build: the texts this one rendered or reused, and no others. */
  public KeptRenderings<V> next() {
    return keeps() ? new KeptRenderings<>(true, thisBuilds()) : none();
  }

  /**
   * The rendering of {@code key}: reused if nothing it was made from has changed, else made by
   * {@code render} with the link targets it is given, which are {@code links}.
   */
  public V get(
      Object key, MarkdownRenderer renderer, LinkTargets links, Function<LinkTargets, V> render) {
    if (!keeps()) {
      return render.apply(links);
    }
    Kept<V> kept = before(key);
    if (kept != null
        && kept.renderer().sameOutputAs(renderer)
        && leadWhereTheyLed(kept.lookups(), links)) {
      reuse(key, kept);
      return kept.rendered();
    }
    // One text is rendered on one thread, so its lookups need no lock.
    List<Lookup> lookups = new ArrayList<>();
    V rendered =
        render.apply(
            (url, from) -> {
              Optional<String> href = links.href(url, from);
              lookups.add(new Lookup(url, from, href));
              return href;
            });
    made(key, new Kept<>(renderer, List.copyOf(lookups), rendered));
    return rendered;
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
