package scot.pmo.cli;

import java.util.OptionalInt;
import scot.pmo.run.Invocation;

/** What the command line knows of the terminal it prints to, if it prints to one. */
final class Terminal {

  /** The width assumed for a terminal that does not say. */
  static final int DEFAULT_COLUMNS = Invocation.DEFAULT_COLUMNS;

  private Terminal() {}

  /**
   * Whether text output may be coloured: only on a terminal, never when NO_COLOR is set
   * (no-color.org) or the terminal is dumb. On Windows only in a terminal known to read colour
   * codes (Windows Terminal, ConEmu, or one that names itself in TERM, as Git Bash does): the older
   * console prints them as they are.
   */
  static boolean colour() {
    Invocation run = Invocation.current();
    return run.terminal()
        && run.env("NO_COLOR") == null
        && !"dumb".equals(run.env("TERM"))
        && (!System.getProperty("os.name", "").startsWith("Windows")
            || run.env("WT_SESSION") != null
            || "ON".equals(run.env("ConEmuANSI"))
            || run.env("TERM") != null);
  }

  /** Whether progress may be drawn in place: output to a terminal that is not dumb. */
  static boolean redrawable() {
    Invocation run = Invocation.current();
    return run.terminal() && !"dumb".equals(run.env("TERM"));
  }

  /**
   * The terminal's width in columns when standard output is a terminal; empty when it is a pipe or
   * a file, whose readers (scripts, CI logs) want whole lines.
   */
  static OptionalInt columns() {
    return Invocation.current().columns();
  }
}
