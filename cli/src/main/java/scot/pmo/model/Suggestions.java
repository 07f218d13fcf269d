package scot.pmo.model;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.text.similarity.DamerauLevenshteinDistance;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Finds the known names a misspelt one was meant to be, for "did you mean" hints: only names a
 * typing slip away, so that no suggestion is given rather than a wrong one.
 *
 * <p>A name is close when it is within a few edits (Damerau–Levenshtein: a letter added, dropped,
 * changed, or two neighbours swapped), fewer the shorter the name, and no word of it differs by
 * more than its own length allows ({@code escalated_on} is not {@code escalated_to}, nor {@code
 * phase-1} {@code phase-2}), and numbers in it stay as written. A name that the misspelt one
 * extends ({@code relationship}, {@code relation}), or that it shortens at a word break ({@code
 * further}, {@code further_reading}), is close too. Ties go to the likelier name by Jaro–Winkler,
 * which weighs the first letters most, and only then to the alphabet.
 */
public final class Suggestions {

  private static final DamerauLevenshteinDistance EDITS = new DamerauLevenshteinDistance();
  private static final JaroWinklerSimilarity LIKENESS = new JaroWinklerSimilarity();
  private static final Pattern NUMBER = Pattern.compile("\\d+");

  /** The shortest name that counts when another extends it, or it shortens another. */
  private static final int SHORTEST_STEM = 4;

  private Suggestions() {}

  /** Up to {@code max} candidates close to {@code wrong}, closest first. */
  public static List<String> closest(String wrong, Collection<String> candidates, int max) {
    return closest(wrong, candidates, Set.of(), max);
  }

  /**
   * Up to {@code max} candidates close to {@code wrong}: those in {@code preferred} first (such as
   * required fields that are missing, which a misspelt field most likely is), then the closest.
   */
  public static List<String> closest(
      String wrong, Collection<String> candidates, Collection<String> preferred, int max) {
    String w = normal(wrong);
    return candidates.stream()
        .distinct()
        .filter(c -> isClose(w, normal(c)))
        .sorted(
            Comparator.comparing((String c) -> !preferred.contains(c))
                .thenComparingInt(c -> edits(w, normal(c)))
                .thenComparing(c -> -LIKENESS.apply(w, normal(c)))
                .thenComparing(Comparator.naturalOrder()))
        .limit(max)
        .toList();
  }

  /**
   * Up to {@code max} ids close to {@code wrong}: those {@link #closest} finds, then ids that hold
   * every word of it ({@code east-lothian} for {@code east-lothian-council}), or whose words it
   * holds ({@code active-communities-project} for {@code active-communities}), as long as no more
   * than {@code max} do (a lone {@code council} names no council in particular).
   */
  public static List<String> closestIds(String wrong, Collection<String> ids, int max) {
    List<String> close = closest(wrong, ids, max);
    if (!close.isEmpty()) {
      return close;
    }
    List<String> words = words(normal(wrong));
    List<String> holding =
        ids.stream()
            .distinct()
            .filter(
                id -> {
                  List<String> theirs = words(normal(id));
                  return inOrder(words, theirs) && String.join("", words).length() >= SHORTEST_STEM
                      || theirs.size() > 1 && inOrder(theirs, words);
                })
            .sorted(
                Comparator.comparingInt((String id) -> Math.abs(id.length() - wrong.length()))
                    .thenComparing(Comparator.naturalOrder()))
            .toList();
    return holding.size() <= max ? holding : List.of();
  }

  /** "did you mean 'x'? " for the closest candidate, or {@code ""} when none is close. */
  public static String didYouMean(String wrong, Collection<String> candidates) {
    List<String> best = closest(wrong, candidates, 1);
    return best.isEmpty() ? "" : "did you mean '" + best.get(0) + "'? ";
  }

  /**
   * "did you mean 'x'? " (or "'x' or 'y'") for the ids {@link #closestIds} finds, or {@code ""}
   * when none is close.
   */
  public static String didYouMeanId(String wrong, Collection<String> ids) {
    List<String> best = closestIds(wrong, ids, 3);
    return best.isEmpty()
        ? ""
        : "did you mean "
            + best.stream().map(id -> "'" + id + "'").collect(Collectors.joining(" or "))
            + "? ";
  }

  /** Whether {@code candidate} is a slip away from {@code wrong}, ignoring case. */
  public static boolean isClose(String wrong, String candidate) {
    String w = normal(wrong);
    String c = normal(candidate);
    if (w.equals(c)) {
      return true;
    }
    if (!numbers(w).isEmpty() && !numbers(w).equals(numbers(c))) {
      return false; // a number is never a slip: workstream-4 is not workstream-1, nor 2021-10
      // 2021-12
    }
    if (c.length() >= SHORTEST_STEM + 1 && w.startsWith(c)
        || w.length() >= SHORTEST_STEM && startsAtWordBreak(c, w)) {
      return true;
    }
    if (edits(w, c) > allowedEdits(w.length())) {
      return false;
    }
    List<String> ws = words(w);
    List<String> cs = words(c);
    if (ws.size() > 1 && ws.size() == cs.size()) {
      for (int i = 0; i < ws.size(); i++) {
        boolean number = ws.get(i).chars().allMatch(Character::isDigit);
        if (!number && edits(ws.get(i), cs.get(i)) > allowedEdits(ws.get(i).length())) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Edit distance, counting a swap of two neighbouring letters as one edit (Damerau–Levenshtein).
   */
  public static int levenshtein(String a, String b) {
    return EDITS.apply(a, b);
  }

  /** How many edits a name of {@code length} letters may be from the one it was meant to be. */
  private static int allowedEdits(int length) {
    if (length <= 2) {
      return 0;
    }
    if (length <= 4) {
      return 1;
    }
    return length <= 7 ? 2 : 3;
  }

  private static int edits(String a, String b) {
    return EDITS.apply(a, b);
  }

  /** Whether {@code whole} starts with {@code part} and goes on with a new word. */
  private static boolean startsAtWordBreak(String whole, String part) {
    return whole.length() > part.length()
        && whole.startsWith(part)
        && isSeparator(whole.charAt(part.length()));
  }

  /** Whether {@code part} appears in {@code whole}, word after word, in order. */
  private static boolean inOrder(List<String> part, List<String> whole) {
    int next = 0;
    for (String word : part) {
      int found = whole.subList(next, whole.size()).indexOf(word);
      if (found < 0) {
        return false;
      }
      next += found + 1;
    }
    return !part.isEmpty() && part.size() < whole.size();
  }

  /** The numbers in a name, in order, without leading zeros: [2021, 9] for is-board-2021-09. */
  private static List<BigInteger> numbers(String name) {
    return NUMBER.matcher(name).results().map(m -> new BigInteger(m.group())).toList();
  }

  private static List<String> words(String name) {
    return Arrays.stream(name.split("[-_\\s]+")).filter(w -> !w.isEmpty()).toList();
  }

  private static boolean isSeparator(char c) {
    return c == '-' || c == '_' || Character.isWhitespace(c);
  }

  /** Lower case, with the separators people use for one another ('-', '_', ' ') made one. */
  private static String normal(String name) {
    return Arrays.stream(name.toLowerCase(Locale.ROOT).trim().split("[-_\\s]+"))
        .collect(Collectors.joining("-"));
  }
}
