package scot.pmo.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Finds the known names closest to a misspelt one, for "did you mean" hints. */
public final class Suggestions {

  private Suggestions() {}

  /** Up to {@code max} candidates close to {@code wrong}, closest first. */
  public static List<String> closest(String wrong, Collection<String> candidates, int max) {
    String w = wrong.toLowerCase(Locale.ROOT);
    int allowed = Math.max(2, w.length() / 3);
    return candidates.stream()
        .map(c -> new Scored(c, score(w, c.toLowerCase(Locale.ROOT))))
        .filter(s -> s.distance <= allowed)
        .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
        .limit(max)
        .map(Scored::name)
        .toList();
  }

  /** "did you mean 'x'? " for the closest candidate, or {@code ""} when none is close. */
  public static String didYouMean(String wrong, Collection<String> candidates) {
    List<String> best = closest(wrong, candidates, 1);
    return best.isEmpty() ? "" : "did you mean '" + best.get(0) + "'? ";
  }

  private record Scored(String name, int distance) {}

  private static int score(String a, String b) {
    if (a.length() >= 4 && b.contains(a) || b.length() >= 4 && a.contains(b)) {
      return Math.min(levenshtein(a, b), 1);
    }
    return levenshtein(a, b);
  }

  /** Edit distance, counting a swap of two neighbouring letters as one edit. */
  public static int levenshtein(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
