package scot.pmo.publish;

/** The output folder cannot be replaced: it is not ours, it overlaps the sources, or it is busy. */
public final class OutputRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String hint;

  public OutputRefusedException(String message, String hint) {
    super(message);
    this.hint = hint;
  }

  /** How to put it right. */
  public String hint() {
    return hint;
  }
}
