package scot.pmo.render.site;

import java.util.Optional;
import scot.pmo.link.GraphSelection;

/**
 * Draws part of the programme graph as an inline SVG picture for the interdependency map, or
 * nothing. Without a picture the map page shows only its accessible alternatives: the matrix table
 * and the list of dependencies.
 */
@FunctionalInterface
public interface GraphPicture {

  /**
   * The SVG markup, with {@code title} and {@code description} as its text alternative, or empty to
   * show no picture.
   */
  Optional<String> render(GraphSelection selection, String title, String description);

  /** No picture. */
  static GraphPicture none() {
    return (selection, title, description) -> Optional.empty();
  }
}
