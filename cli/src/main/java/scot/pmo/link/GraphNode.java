package scot.pmo.link;

/**
 * A node of the programme graph: an entity, or a theme that case studies share.
 *
 * @param id the entity id, or {@code theme:<tag>} for a theme
 * @param kind the entity's kind label, or {@code theme}
 * @param title what people call it
 * @param path the source file, or {@code ""} for a theme
 */
public record GraphNode(String id, String kind, String title, String path) {

  public static final String THEME = "theme";

  public boolean isTheme() {
    return kind.equals(THEME);
  }
}
