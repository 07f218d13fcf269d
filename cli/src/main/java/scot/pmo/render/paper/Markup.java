package scot.pmo.render.paper;

/**
 * A piece of prose in every form a paper needs: paper Markdown (links resolved, raw HTML escaped),
 * block HTML, and inline HTML (one paragraph without its {@code <p>}, for list items).
 *
 * @param md paper Markdown
 * @param html block HTML
 * @param inline inline HTML
 */
public record Markup(String md, String html, String inline) {

  /** The Markdown indented to continue a list item, for {@code - {{{listItem}}}}. */
  public String listItem() {
    return md.replace("\n", "\n  ");
  }
}
