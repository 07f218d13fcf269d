package scot.pmo.model;

import java.util.List;

/**
 * The facets the case-study library is filtered by, and the case-study field whose ids each groups
 * by: the site's filter pages and the check that their file names cannot clash both read them here.
 */
public final class LibraryFacets {

  /** Each facet's name, as it stands in a filter page's path ({@code case-studies/theme/...}). */
  public static final List<String> NAMES = List.of("theme", "council", "anchor");

  private LibraryFacets() {}

  /** The case-study field that {@code facet} groups by. */
  public static String field(String facet) {
    return switch (facet) {
      case "theme" -> "themes";
      case "council" -> "organisations";
      case "anchor" -> "anchors";
      default -> throw new IllegalArgumentException(facet);
    };
  }
}
