package scot.pmo.render.paper;

/**
 * A paper's HTML and Markdown, each written when first asked for and then kept: the HTML for the
 * HTML and PDF papers, the Markdown for the Markdown and Word papers. The formats of one paper may
 * be made on different threads at once; the second to ask waits for the first's text.
 */
public final class PaperTexts {

  private final Paper paper;
  private final PaperRenderer renderer;
  private String html;
  private String markdown;

  PaperTexts(Paper paper, PaperRenderer renderer) {
    this.paper = paper;
    this.renderer = renderer;
  }

  /** The paper the texts are of. */
  public Paper paper() {
    return paper;
  }

  synchronized String html() {
    if (html == null) {
      html = renderer.html(paper);
    }
    return html;
  }

  synchronized String markdown() {
    if (markdown == null) {
      markdown = renderer.markdown(paper);
    }
    return markdown;
  }
}
