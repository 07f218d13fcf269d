package scot.pmo.concurrent;

/**
 * Counts the work of a stage as it is done, for a progress bar: a stage says how many items it has,
 * and each item, on whichever core did it, says when it is done. Whether and how that is shown is
 * the command line's affair; {@link #NONE} shows nothing.
 */
@FunctionalInterface
public interface Meter {

  /** A meter that counts nothing, for runs that show no progress. */
  Meter NONE = (what, total) -> () -> {};

  /** A stage of {@code total} items, called {@code what} ("Papers", "Pages"), begins. */
  Counter start(String what, int total);

  /** One stage's count; {@link #done} may be called from any thread. */
  @FunctionalInterface
  interface Counter {
    /** One more item is done. */
    void done();
  }
}
