package scot.pmo.render.site;

import java.util.Optional;
import scot.pmo.model.Config;

/**
 * The stylesheet {@code assets/theme.css}, which gives the site the colours {@code pmo.yaml} sets:
 * linked after {@code assets/site.css}, so that its rules win, since the pages' Content Security
 * Policy allows no inline style.
 */
final class Theme {

  private static final String COLOUR = "#[0-9A-Fa-f]{6}";

  private Theme() {}

  /** Whether the site needs the stylesheet: {@code pmo.yaml} sets a colour. */
  static boolean wanted(Config.Colours colours) {
    return colours.any();
  }

  /**
   * The stylesheet. The link colour is the one site.css draws links, tags and buttons in; once the
   * header has a colour of its own, the title and the navigation take the header's text colour (the
   * stylesheet's when none is given), which validation has checked against the header's background.
   */
  static String css(Config.Colours colours) {
    StringBuilder out = new StringBuilder();
    out.append("/* The colours of pmo.yaml (site.colours), written by pmo build. */\n");
    valid(colours.link())
        .ifPresent(link -> out.append("\n:root { --blue: ").append(link).append("; }\n"));
    valid(colours.headerBackground())
        .ifPresent(
            background ->
                out.append("\n.site-header { background: ").append(background).append("; }\n"));
    if (colours.headerBackground().isPresent() || colours.headerText().isPresent()) {
      String text = colours.effectiveHeaderText();
      if (text.matches(COLOUR)) {
        out.append("\n.site-header__title,\n")
            .append(".site-header__title:visited,\n")
            .append(".site-header__title:hover,\n")
            .append(".site-nav__link,\n")
            .append(".site-nav__link:visited,\n")
            .append(".site-nav__link:hover,\n")
            .append(".site-nav__link[aria-current=\"page\"] { color: ")
            .append(text)
            .append("; }\n")
            .append("\n.site-nav__link[aria-current=\"page\"] { border-bottom-color: ")
            .append(text)
            .append("; }\n");
      }
    }
    return out.toString();
  }

  /** A colour only in the form the schema allows, which is all that reaches a stylesheet. */
  private static Optional<String> valid(Optional<String> colour) {
    return colour.filter(c -> c.matches(COLOUR));
  }
}
