package scot.pmo.git;

import scot.pmo.model.HintedException;

/** Git could not give what was asked: no repository, an unknown revision, an unreadable one. */
public final class GitException extends HintedException {

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

  public GitException(Reason reason, String message, String hint) {
    super(category(reason), message, hint);
    this.reason = reason;
  }

  public GitException(Reason reason, String message, String hint, Throwable cause) {
    super(category(reason), message, hint, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }

  /** A revision that does not exist was named on the command line: a usage error. */
  private static Category category(Reason reason) {
    return reason == Reason.UNKNOWN_REVISION ? Category.USAGE : Category.ENVIRONMENT;
  }
}
