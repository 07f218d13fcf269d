package scot.pmo.link;

import scot.pmo.model.Words;

/** Case-study themes: tags such as {@code place-based-working}, shown as "Place based working". */
public final class Themes {

  private Themes() {}

  /** A programme has a few themes, each on thousands of cards: each title is made once. */
  private static final java.util.Map<String, String> TITLES =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** The tag as a title: hyphens become spaces, except before a digit ("covid-19"). */
  public static String title(String tag) {
    String known = TITLES.get(tag);
    if (known != null) {
      return known;
    }
    String words = tag.replaceAll("-(?![0-9])", " ");
    String title = Words.capitalise(words);
    if (TITLES.size() < 10_000) { // bounded, whatever the content
      TITLES.put(tag, title);
    }
    return title;
  }
}
