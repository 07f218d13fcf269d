package scot.pmo.publish;

import scot.pmo.model.HintedException;

/** The output folder cannot be replaced: it is not ours, it overlaps the sources, or it is busy. */
public final class OutputRefusedException extends HintedException {

  private static final long serialVersionUID = 1L;

  public OutputRefusedException(String message, String hint) {
    super(Category.ENVIRONMENT, message, hint);
  }
}
