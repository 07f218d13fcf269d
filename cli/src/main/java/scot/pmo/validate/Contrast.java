package scot.pmo.validate;

import java.util.Locale;

/**
 * The contrast ratio of two colours as WCAG 2.2 defines it (from 1:1 to 21:1), and a colour near a
 * given one that reaches a ratio.
 */
final class Contrast {

  /** The ratio WCAG 2.2 at level AA asks of normal text (criterion 1.4.3). */
  static final double AA = 4.5;

  private Contrast() {}

  /** The contrast ratio of two colours written {@code #rrggbb}. */
  static double ratio(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  /**
   * The ratio as people read it, "4.48:1": to two places, as contrast checkers give it, but never
   * rounded up to the threshold of 4.5:1 that it falls short of.
   */
  static String describe(double ratio) {
    double shown = Math.round(ratio * 100) / 100.0;
    if (ratio < AA && shown >= AA) {
      shown = Math.floor(ratio * 100) / 100;
    }
    return String.format(Locale.ROOT, "%.2f:1", shown);
  }

  /**
   * The colour nearest {@code foreground}, on the way to black or to white (whichever can reach
   * further from {@code background}), whose ratio with {@code background} is at least {@code
   * wanted}.
   */
  static String passing(String foreground, String background, double wanted) {
    int[] from = rgb(foreground);
    boolean darker = ratio("#000000", background) >= ratio("#ffffff", background);
    int target = darker ? 0 : 255;
    for (int step = 1; step <= 100; step++) {
      int[] mixed = new int[3];
      for (int i = 0; i < 3; i++) {
        mixed[i] = (int) Math.round(from[i] + (target - from[i]) * step / 100.0);
      }
      String candidate = hex(mixed);
      if (ratio(candidate, background) >= wanted) {
        return candidate;
      }
    }
    return darker ? "#000000" : "#ffffff";
  }

  /** The relative luminance of a colour: 0 for black, 1 for white. */
  static double luminance(String colour) {
    int[] c = rgb(colour);
    return 0.2126 * linear(c[0]) + 0.7152 * linear(c[1]) + 0.0722 * linear(c[2]);
  }

  private static double linear(int channel) {
    double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  private static int[] rgb(String colour) {
    int value = Integer.parseInt(colour.substring(1), 16);
    return new int[] {(value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF};
  }

  private static String hex(int[] rgb) {
    return String.format(Locale.ROOT, "#%02x%02x%02x", rgb[0], rgb[1], rgb[2]);
  }
}
