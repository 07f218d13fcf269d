package scot.pmo.render.paper;

import java.util.Locale;
import java.util.Set;

/**
 * The anchor a paper's section is linked to from its contents list: its heading in lower case, each
 * run of other characters than letters and digits a hyphen ("Overall Approach" is {@code
 * overall-approach}), numbered from 2 when a heading comes again. The papers' templates write it,
 * and the Word document bookmarks the heading it names.
 */
final class SectionAnchors {

  private SectionAnchors() {}

  /** The anchor of {@code heading}, not one of {@code taken}, which it is then added to. */
  static String next(String heading, Set<String> taken) {
    String base =
        heading.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    String anchor = base.isEmpty() ? "section" : base;
    for (int n = 2; !taken.add(anchor); n++) {
      anchor = (base.isEmpty() ? "section" : base) + "-" + n;
    }
    return anchor;
  }
}
