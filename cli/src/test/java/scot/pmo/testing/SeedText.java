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

  /**
   * How alike two texts are, word for word and in order: twice the length of their longest common
   * subsequence of words over the two lengths together (1 for the same words, 0 for none shared),
   * after {@link #normalised}. A seed whose text was pulled out of a PDF or a web page keeps its
   * page furniture and stray spacing; this measures how much of the seed a paper says, in the
   * seed's order, without failing at the first difference as {@link #firstDifference} does.
   */
  public static double similarity(List<String> expected, List<String> actual) {
    List<String> a = normalised(expected);
    List<String> b = normalised(actual);
    if (a.isEmpty() && b.isEmpty()) {
      return 1;
    }
    int[] previous = new int[b.size() + 1];
    int[] current = new int[b.size() + 1];
    for (String word : a) {
      for (int j = 0; j < b.size(); j++) {
        current[j + 1] =
            word.equals(b.get(j)) ? previous[j] + 1 : Math.max(previous[j + 1], current[j]);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return 2.0 * previous[b.size()] / (a.size() + b.size());
  }

  private static final Pattern EDGE_PUNCTUATION =
      Pattern.compile("^[\\p{Punct}“”‘’–—•·…²]+|[\\p{Punct}“”‘’–—•·…²]+$");

  /**
   * Words compared without case and without the punctuation at their ends, hyphenated words as
   * their parts: the seeds' text spaces hyphens ("place - based") where the content does not, and
   * capitalises headings the content writes in sentence case.
   */
  public static List<String> normalised(List<String> words) {
    List<String> out = new ArrayList<>();
    for (String word : words) {
      for (String part : word.split("-")) {
        String w = EDGE_PUNCTUATION.matcher(part).replaceAll("").toLowerCase(java.util.Locale.ROOT);
        if (!w.isEmpty()) {
          out.add(w);
        }
      }
    }
    return out;
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
