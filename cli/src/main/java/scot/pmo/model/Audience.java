package scot.pmo.model;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Who a build is for, and so what of the content it may show. An entity with {@code draft: true} is
 * shown to no one but the author's own preview; one with {@code visibility: internal} only to the
 * programme team's internal build. People's contact details are internal by nature, whatever their
 * entity's visibility.
 */
public enum Audience {
  /** The published site and papers: no drafts, nothing internal, no contact details. */
  PUBLIC,
  /** The programme team's own build: internal entities and contact details, but no drafts. */
  INTERNAL,
  /** {@code pmo serve}, on the author's own machine: everything, drafts with their banner. */
  PREVIEW;

  /**
   * The fields of each kind that are contact details: internal by nature, so that an address or
   * number given for the team's use never reaches the public site.
   */
  public static final Map<Kind, List<String>> CONTACT_DETAILS =
      Map.of(Kind.PERSON, List.of("email", "telephone"));

  /** The name as {@code --audience} takes it: {@code public}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The audience of a {@code --audience} value; empty for one that is not public or internal. */
  public static Optional<Audience> ofBuild(String label) {
    return switch (label.strip().toLowerCase(Locale.ROOT)) {
      case "public" -> Optional.of(PUBLIC);
      case "internal" -> Optional.of(INTERNAL);
      default -> Optional.empty();
    };
  }

  /** Whether this audience may see {@code entity}. */
  public boolean sees(Entity entity) {
    return switch (this) {
      case PUBLIC -> !isDraft(entity) && !isInternal(entity);
      case INTERNAL -> !isDraft(entity);
      case PREVIEW -> true;
    };
  }

  /** Whether this audience may see people's contact details. */
  public boolean seesContactDetails() {
    return this != PUBLIC;
  }

  /** Whether {@code entity} says {@code draft: true}. */
  public static boolean isDraft(Entity entity) {
    return entity.text("draft").map(d -> d.strip().equals("true")).orElse(false);
  }

  /** Whether {@code entity} says {@code visibility: internal}. */
  public static boolean isInternal(Entity entity) {
    return entity.text("visibility").map(v -> v.strip().equals("internal")).orElse(false);
  }
}
