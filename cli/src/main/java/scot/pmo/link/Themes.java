package scot.pmo.link;

/** Case-study themes: tags such as {@code place-based-working}, shown as "Place based working". */
public final class Themes {

  private Themes() {}

  /** The tag as a title: hyphens become spaces, except before a digit ("covid-19"). */
  public static String title(String tag) {
    String words = tag.replaceAll("-(?![0-9])", " ");
    return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
