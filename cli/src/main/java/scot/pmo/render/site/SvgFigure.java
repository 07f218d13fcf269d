package scot.pmo.render.site;

import scot.pmo.render.Escape;

/**
 * The opening of an inline SVG figure that assistive technology reads as one image: {@code
 * role="img"}, labelled by its own {@code <title>} and {@code <desc>}, sized in pixels with a
 * matching view box. The heat map and the milestone chart open this way.
 */
final class SvgFigure {

  private SvgFigure() {}

  /**
   * The {@code <svg>} start tag, title and description.
   *
   * @param cssClass the class of the {@code <svg>} element
   * @param width its width and the view box's, in pixels
   * @param height its height and the view box's
   * @param id the prefix of the title's and description's ids, unique on the page
   * @param attributes further attributes, written as given (already escaped), or ""
   * @param title the image's name
   * @param desc what it shows, in words
   */
  static String open(
      String cssClass,
      int width,
      int height,
      String id,
      String attributes,
      String title,
      String desc) {
    String titleId = id + "-title";
    String descId = id + "-desc";
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\""
        + cssClass
        + "\" width=\""
        + width
        + "\" height=\""
        + height
        + "\" viewBox=\"0 0 "
        + width
        + " "
        + height
        + "\" role=\"img\" aria-labelledby=\""
        + titleId
        + " "
        + descId
        + "\" font-family=\"Arial, Helvetica, sans-serif\""
        + attributes
        + ">\n<title id=\""
        + titleId
        + "\">"
        + Escape.html(title)
        + "</title>\n<desc id=\""
        + descId
        + "\">"
        + Escape.html(desc)
        + "</desc>\n";
  }
}
