package scot.pmo.render.template;

import scot.pmo.model.HintedException;

/**
 * A template that cannot be used: a field it names does not exist, a section is not closed, a
 * partial is missing. Names the template file (relative to the repository) and the line.
 */
public final class TemplateException extends HintedException {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;

  public TemplateException(String file, int line, String message, String hint) {
    super(Category.CONTENT, file + (line > 0 ? ":" + line : "") + ": " + message, hint);
    this.file = file;
    this.line = line;
  }

  /**
   * The template file, relative to the repository root, e.g.
   * templates/paper/briefing.html.mustache.
   */
  public String file() {
    return file;
  }

  /** The 1-based line, or 0 when unknown. */
  public int line() {
    return line;
  }
}
