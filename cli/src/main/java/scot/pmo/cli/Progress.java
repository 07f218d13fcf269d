package scot.pmo.cli;

import java.io.PrintWriter;

/**
 * A one-line progress message for long work, rewritten in place on a terminal; nothing at all when
 * output is not a terminal (CI logs) or with --quiet.
 */
final class Progress implements AutoCloseable {

  private final PrintWriter err;
  private final boolean shown;
  private final long start = System.nanoTime();

  Progress(PrintWriter err, boolean quiet) {
    this.err = err;
    this.shown = !quiet && System.console() != null && !"dumb".equals(System.getenv("TERM"));
  }

  /** Replaces the line with {@code what}, and the seconds elapsed so far. */
  void step(String what) {
    if (shown) {
      err.printf("\r\u001B[K%s (%.1f s)", what, (System.nanoTime() - start) / 1e9);
      err.flush();
    }
  }

  @Override
  public void close() {
    clear();
  }

  /** Clears the line, before other output. */
  void clear() {
    if (shown) {
      err.print("\r\u001B[K");
      err.flush();
    }
  }
}
