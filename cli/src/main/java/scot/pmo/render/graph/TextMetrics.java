package scot.pmo.render.graph;

import java.util.ArrayList;
import java.util.List;

/**
 * Text measured without fonts or a display: widths from a fixed table, so that the layout is the
 * same on every machine.
 */
final class TextMetrics {

  /**
   * DejaVu Sans advance widths of ASCII 32 to 126, in thousandths of an em. It is the first font
   * the SVG asks for and wider than most sans-serifs; Verdana, the next, is within a few per cent
   * of it, which the padding around each text absorbs.
   */
  private static final int[] ADVANCE = {
    318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337,
    636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531,
    1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787,
    603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500,
    500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612,
    635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838
  };

  private TextMetrics() {}

  /** How wide {@code text} is at {@code size}, erring wide: non-ASCII counts as a full em. */
  static double width(String text, double size) {
    double em = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      em += cp >= 32 && cp < 127 ? ADVANCE[cp - 32] / 1000.0 : 1.0;
      i += Character.charCount(cp);
    }
    return em * size;
  }

  /**
   * Breaks {@code text} into lines no wider than {@code max}, at spaces where it can, and cuts it
   * to {@code maxLines} with an ellipsis.
   */
  static List<String> wrap(String text, double max, double size, int maxLines) {
    List<String> lines = new ArrayList<>();
    String line = "";
    for (String word : text.strip().split("\\s+")) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (width(candidate, size) <= max) {
        line = candidate;
        continue;
      }
      if (!line.isEmpty()) {
        lines.add(line);
      }
      // A word wider than a line on its own is broken where it overflows.
      while (width(word, size) > max) {
        int cut = Math.max(fit(word, 0, max, size), word.offsetByCodePoints(0, 1));
        lines.add(word.substring(0, cut));
        word = word.substring(cut);
      }
      line = word;
    }
    lines.add(line);
    if (lines.size() <= maxLines) {
      return lines;
    }
    List<String> kept = new ArrayList<>(lines.subList(0, maxLines - 1));
    kept.add(ellipsis(String.join(" ", lines.subList(maxLines - 1, lines.size())), max, size));
    return kept;
  }

  /** {@code text} if it fits in {@code max}, else its longest start that fits with an ellipsis. */
  static String ellipsis(String text, double max, double size) {
    if (width(text, size) <= max) {
      return text;
    }
    int cut = fit(text, width("…", size), max, size);
    return text.substring(0, cut).stripTrailing() + "…";
  }

  /** {@code text} cut to {@code max} characters, the last an ellipsis. */
  static String shorten(String text, int max) {
    return text.codePointCount(0, text.length()) <= max
        ? text
        : text.substring(0, text.offsetByCodePoints(0, max - 1)).stripTrailing() + "…";
  }

  /** How many chars of {@code text} fit after {@code used} within {@code max}. */
  private static int fit(String text, double used, double max, double size) {
    int end = 0;
    while (end < text.length()) {
      int next = text.offsetByCodePoints(end, 1);
      if (used + width(text.substring(0, next), size) > max) {
        break;
      }
      end = next;
    }
    return end;
  }
}
