package scot.pmo.cli;

/** A problem outside the content and the tool: a missing folder, an unreadable file. */
public final class EnvironmentException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String hint;

  public EnvironmentException(String message, String hint) {
    super(message);
    this.hint = hint;
  }

  public String hint() {
    return hint;
  }
}
