package scot.pmo.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/** What the command line knows of the terminal it prints to, if it prints to one. */
final class Terminal {

  /** The width assumed for a terminal that does not say. */
  static final int DEFAULT_COLUMNS = 80;

  private Terminal() {}

  /**
   * Whether text output may be coloured: only on a terminal, never when NO_COLOR is set
   * (no-color.org) or the terminal is dumb. On Windows only in a terminal known to read colour
   * codes (Windows Terminal, ConEmu, or one that names itself in TERM, as Git Bash does): the older
   * console prints them as they are.
   */
  static boolean colour() {
    return System.console() != null
        && System.getenv("NO_COLOR") == null
        && !"dumb".equals(System.getenv("TERM"))
        && (!System.getProperty("os.name", "").startsWith("Windows")
            || System.getenv("WT_SESSION") != null
            || "ON".equals(System.getenv("ConEmuANSI"))
            || System.getenv("TERM") != null);
  }

  /**
   * The terminal's width in columns when standard output is a terminal; empty when it is a pipe or
   * a file, whose readers (scripts, CI logs) want whole lines.
   */
  static OptionalInt columns() {
    if (System.console() == null) {
      return OptionalInt.empty();
    }
    for (String variable : new String[] {"PMO_COLUMNS", "COLUMNS"}) {
      OptionalInt given = parse(System.getenv(variable));
      if (given.isPresent()) {
        return given;
      }
    }
    return OptionalInt.of(stty().orElse(DEFAULT_COLUMNS));
  }

  /** Asks the terminal itself, as {@code stty size} does; bash does not export COLUMNS. */
  private static OptionalInt stty() {
    File tty = new File("/dev/tty");
    if (!tty.canRead()) {
      return OptionalInt.empty();
    }
    try {
      Process p =
          new ProcessBuilder("stty", "size")
              .redirectInput(tty)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
      if (!p.waitFor(1, TimeUnit.SECONDS) || p.exitValue() != 0) {
        return OptionalInt.empty();
      }
      String[] parts = out.split("\\s+");
      return parts.length == 2 ? parse(parts[1]) : OptionalInt.empty();
    } catch (IOException e) {
      return OptionalInt.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return OptionalInt.empty();
    }
  }

  private static OptionalInt parse(String value) {
    if (value == null || !value.trim().matches("[0-9]{1,4}")) {
      return OptionalInt.empty();
    }
    int n = Integer.parseInt(value.trim());
    return n >= 20 ? OptionalInt.of(n) : OptionalInt.empty();
  }
}
