package scot.pmo.cli;

/** The exit codes of every command, in one place. */
public final class ExitCodes {

  /** Everything is fine. */
  public static final int OK = 0;

  /** The content has errors (or warnings, under --strict). */
  public static final int CONTENT = 1;

  /** The command line was wrong. */
  public static final int USAGE = 2;

  /** The environment failed: a file could not be read or written, git could not be used. */
  public static final int ENVIRONMENT = 3;

  /** A bug in this tool. */
  public static final int INTERNAL = 4;

  private ExitCodes() {}
}
