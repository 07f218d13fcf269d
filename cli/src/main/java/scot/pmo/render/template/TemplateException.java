package scot.pmo.render.template;

/**
 * A template that cannot be used: a field it names does not exist, a section is not closed, a
 * partial is missing. Names the template file (relative to the repository) and the line.
 */
public final class TemplateException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final String hint;

  public TemplateException(String file, int line, String message, String hint) {
    super(file + (line > 0 ? ":" + line : "") + ": " + message);
    this.file = file;
    this.line = line;
    this.hint = hint;
  }

  /** The template file, relative to the repository root, e.g. templates/paper/briefing.html.mustache. */
  public String file() {
    return file;
  }

  /** The 1-based line, or 0 when unknown. */
  public int line() {
    return line;
  }

  /** How to fix it. */
  public String hint() {
    return hint;
  }
}
