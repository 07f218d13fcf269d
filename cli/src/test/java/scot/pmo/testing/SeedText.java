package scot.pmo.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Word-by-word comparison of a generated paper's text with a hand-written seed paper, reporting the
 * first words that differ.
 */
public final class SeedText {

  private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
  private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u200B]+");

  private SeedText() {}

  /** The words of a seed: Markdown links reduced to their text, emphasis and bullets dropped. */
  public static List<String> seedWords(String seed) {
    String text = LINK.matcher(seed).replaceAll("$1").replace("**", "");
    return words(text);
  }

  /** The words of plain text. */
  public static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String word : SPACE.split(text)) {
      if (!word.isEmpty() && !word.equals("-") && !word.equals("•")) {
        out.add(word);
      }
    }
    return out;
  }

  /**
   * The first difference between {@code expected} and {@code actual}, or null when they match;
   * {@code allowed} maps an expected word to the one the content chose instead.
   */
  public static String firstDifference(
      List<String> expected, List<String> actual, Map<String, String> allowed) {
    int n = Math.min(expected.size(), actual.size());
    for (int i = 0; i < n; i++) {
      String e = expected.get(i);
      String a = actual.get(i);
      if (!e.equals(a) && !a.equals(allowed.get(e))) {
        return "word "
            + (i + 1)
            + " differs:\n  seed:      ..."
            + context(expected, i)
            + "\n  generated: ..."
            + context(actual, i);
      }
    }
    if (expected.size() != actual.size()) {
      return "the seed has "
          + expected.size()
          + " words, the paper "
          + actual.size()
          + "; after word "
          + n
          + ":\n  seed:      ..."
          + context(expected, n)
          + "\n  generated: ..."
          + context(actual, n);
    }
    return null;
  }

  private static String context(List<String> words, int at) {
    int from = Math.max(0, at - 6);
    int to = Math.min(words.size(), at + 6);
    String[] shown = words.subList(from, to).toArray(new String[0]);
    if (at - from < shown.length) {
      shown[at - from] = ">>" + shown[at - from] + "<<";
    }
    return String.join(" ", Arrays.asList(shown)) + "...";
  }
}
