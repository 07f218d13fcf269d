package scot.pmo.render.site;

import java.util.List;
import java.util.Map;
import scot.pmo.render.KeptFromLastBuild;

/**
 * The search index's words of each entity page, kept from one build to the next, so that a build
 * after an edit reads again only the pages whose text changed: an edit changes the text of a few
 * pages, and reading every page's words was a sixth of the samples in a profile of such a build at
 * 10,000 entities (kept, they took about a twentieth off its processor time).
 *
 * <p>A page's words are a function of its fragments, the HTML and text it is made of, in order. So
 * they are reused only for a page whose fragments are equal, one by one, to those they were read
 * from. Comparing two strings is much quicker than reading their words, and a body kept by {@link
 * scot.pmo.render.markdown.KeptRenderings} is the very same string, which compares at once.
 *
 * <p>Each build keeps only the pages it used ({@link KeptFromLastBuild}).
 */
public final class KeptWords extends KeptFromLastBuild<KeptWords.Kept> {

  record Kept(List<SearchWords.Fragment> fragments, String words) {}

  private static final KeptWords NONE = new KeptWords(false, Map.of());

  private KeptWords(boolean keeps, Map<Object, Kept> before) {
    super(keeps, before);
  }

  /** Reads every page's words, and keeps none: for a process that builds once. */
  public static KeptWords none() {
    return NONE;
  }

  /** Keeps the words this build reads, for {@link #next}; it starts with none. */
  public static KeptWords keeping() {
    return new KeptWords(true, Map.of());
  }

  /** For the next build: the pages' words this one read or reused, and no others. */
  public KeptWords next() {
    return keeps() ? new KeptWords(true, thisBuilds()) : none();
  }

  /** The words of the page at {@code page}, given as {@code words}: reused if its text is equal. */
  String words(String page, SearchWords words) {
    if (!keeps()) {
      return words.words();
    }
    List<SearchWords.Fragment> fragments = words.fragments();
    Kept kept = before(page);
    if (kept != null && kept.fragments().equals(fragments)) {
      reuse(page, kept);
      return kept.words();
    }
    String read = words.words();
    made(page, new Kept(fragments, read));
    return read;
  }
}
