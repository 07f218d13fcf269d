package scot.pmo.cli;

import scot.pmo.model.HintedException;

/** A problem outside the content and the tool: a missing folder, an unreadable file. */
public final class EnvironmentException extends HintedException {

  private static final long serialVersionUID = 1L;

  public EnvironmentException(String message, String hint) {
    super(Category.ENVIRONMENT, message, hint);
  }
}
