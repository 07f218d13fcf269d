package scot.pmo.model;

import java.util.List;

/** Small changes to words that every stage's sentences and headings need. */
public final class Words {

  private Words() {}

  /**
   * The text with its first character in upper case, as {@link Character#toUpperCase(char)} gives
   * it: one character for one, whatever the locale ("ß" stays "ß").
   */
  public static String capitalise(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** Names in a sentence: "A", "A and B", "A, B and C"; "" for none. */
  public static String list(List<String> names) {
    if (names.size() <= 1) {
      return names.isEmpty() ? "" : names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1))
        + " and "
        + names.get(names.size() - 1);
  }
}
