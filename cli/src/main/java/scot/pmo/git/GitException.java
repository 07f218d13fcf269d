package scot.pmo.git;

/** Git could not give what was asked: no repository, an unknown revision, an unreadable one. */
public final class GitException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why git could not answer. */
  public enum Reason {
    /** No git repository holds the content. */
    NO_REPOSITORY,
    /** A revision named on the command line does not exist here. */
    UNKNOWN_REVISION,
    /** The repository exists but could not be read. */
    UNREADABLE
  }

  private final Reason reason;
  private final String hint;

  public GitException(Reason reason, String message, String hint) {
    super(message);
    this.reason = reason;
    this.hint = hint;
  }

  public GitException(Reason reason, String message, String hint, Throwable cause) {
    super(message, cause);
    this.reason = reason;
    this.hint = hint;
  }

  public Reason reason() {
    return reason;
  }

  /** How to fix it, for the user. */
  public String hint() {
    return hint;
  }
}
