package scot.pmo.model;

/**
 * A problem that stops a run and that the user can put right: what is wrong, how to fix it, and
 * what kind of problem it is, so that the command line can give it the right exit code.
 */
public class HintedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Whose problem it is, which decides the exit code. */
  public enum Category {
    /** The command line asked for something that cannot be done. */
    USAGE,
    /** Content or templates are wrong. */
    CONTENT,
    /** Outside the content and the tool: files, folders, git. */
    ENVIRONMENT
  }

  private final Category category;
  private final String hint;

  public HintedException(Category category, String message, String hint) {
    super(message);
    this.category = category;
    this.hint = hint;
  }

  public HintedException(Category category, String message, String hint, Throwable cause) {
    super(message, cause);
    this.category = category;
    this.hint = hint;
  }

  public Category category() {
    return category;
  }

  /** How to put it right, or null when the message says so already. */
  public String hint() {
    return hint;
  }
}
