package scot.pmo.model;

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
}
