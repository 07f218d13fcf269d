package scot.pmo.publish;

/** An output folder that generation may not write to, such as one inside content/. */
public final class OutputFolderException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public OutputFolderException(String message) {
    super(message);
  }
}
