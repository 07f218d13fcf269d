package scot.pmo.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;
import scot.pmo.concurrent.Meter;

/**
 * What a long command is doing, on one line of a terminal rewritten in place: the stage, and for a
 * stage that counts its items a bar ("Papers ████████░░░░ 12/40"). Nothing at all when output is
 * not a terminal (CI logs, pipes) or with --quiet, and nothing in the first second, so that quick
 * runs print no flicker.
 */
final class Progress implements AutoCloseable, Meter {

  /** How long a run goes before its progress is shown. */
  private static final long QUIET_NANOS = 1_000_000_000L;

  /** How often the line is redrawn at most. */
  private static final long REDRAW_NANOS = 100_000_000L;

  private final PrintWriter err;
  private final boolean shown;
  private final int columns;
  private final long start = System.nanoTime();
  private long drawn;

  Progress(PrintWriter err, boolean quiet) {
    this.err = err;
    this.shown = !quiet && Terminal.redrawable();
    this.columns = shown ? Terminal.columns().orElse(Terminal.DEFAULT_COLUMNS) : 0;
  }

  /** Replaces the line with {@code what}, and the seconds elapsed so far. */
  synchronized void step(String what) {
    draw(what, true);
  }

  @Override
  public Counter start(String what, int total) {
    AtomicInteger done = new AtomicInteger();
    return () -> {
      int n = done.incrementAndGet();
      synchronized (this) {
        draw(bar(what, n, total, columns), n == total);
      }
    };
  }

  /** "Pages ██████░░░░ 60/100", as wide as the terminal allows. */
  static String bar(String what, int done, int total, int columns) {
    String count = " " + done + "/" + total;
    int width = Math.max(10, Math.min(40, columns - what.length() - count.length() - 12));
    int full = total == 0 ? width : (int) ((long) width * done / total);
    return what + " " + "█".repeat(full) + "░".repeat(width - full) + count;
  }

  private void draw(String line, boolean always) {
    long now = System.nanoTime();
    if (!shown || now - start < QUIET_NANOS || !always && now - drawn < REDRAW_NANOS) {
      return;
    }
    drawn = now;
    err.printf("\r\u001B[K%s (%.1f s)", line, (now - start) / 1e9);
    err.flush();
  }

  @Override
  public void close() {
    clear();
  }

  /** Clears the line, before other output. */
  synchronized void clear() {
    if (shown && drawn != 0) {
      err.print("\r\u001B[K");
      err.flush();
    }
  }
}
