package scot.pmo.model;

import java.util.List;
import java.util.Optional;

/**
 * The facets the case-study library is filtered by, and the case-study field whose ids each groups
 * by: the site's filter pages and the check that their file names cannot clash both read them here.
 * The organisation facet is named and limited to a type of organisation by {@code pmo.yaml}.
 *
 * @param facets the facets in the order the library lists them
 */
public record LibraryFacets(List<Facet> facets) {

  /** The facet of themes: pages {@code case-studies/theme/<tag>.html}. */
  public static final String THEME = "theme";

  /** The facet of anchors: pages {@code case-studies/anchor/<id>.html}. */
  public static final String ANCHOR = "anchor";

  /**
   * One facet.
   *
   * @param name its name, as it stands in a filter page's path ({@code case-studies/theme/...}) and
   *     in the card's {@code data-} attribute
   * @param field the case-study field whose values it groups by
   * @param label its heading, such as "Theme"
   * @param organisationType for the organisation facet, the type of organisation it lists; empty
   *     for all
   */
  public record Facet(String name, String field, String label, Optional<String> organisationType) {

    /** Whether this facet lists organisations, whose titles its values read as. */
    public boolean isOrganisations() {
      return field.equals("organisations");
    }
  }

  public LibraryFacets {
    facets = List.copyOf(facets);
  }

  /** The facets of a library whose organisation facet is {@code organisations}. */
  public static LibraryFacets of(Config.OrganisationFacet organisations) {
    return new LibraryFacets(
        List.of(
            new Facet(THEME, "themes", "Theme", Optional.empty()),
            new Facet(
                organisations.name(), "organisations", organisations.label(), organisations.type()),
            new Facet(ANCHOR, "anchors", "Anchor", Optional.empty())));
  }

  /** The facets {@code config} gives. */
  public static LibraryFacets of(Config config) {
    return of(config.library().organisationFacet());
  }

  /** Each facet's name, in order. */
  public List<String> names() {
    return facets.stream().map(Facet::name).toList();
  }

  /** The facet named {@code name}. */
  public Facet named(String name) {
    return facets.stream()
        .filter(f -> f.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(name));
  }

  /** The case-study field that {@code facet} groups by. */
  public String field(String facet) {
    return named(facet).field();
  }

  /** The case-study fields the facets group by. */
  public List<String> fields() {
    return facets.stream().map(Facet::field).toList();
  }
}
