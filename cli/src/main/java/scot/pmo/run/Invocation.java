package scot.pmo.run;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The environment variables and terminal of the run in progress, and when it began. The only place
 * in pmo that reads environment variables or asks whether output is a terminal: a daemon serves
 * many runs from one process, each with the environment and terminal of the command that asked for
 * it, so nothing else may read the process's own.
 */
public final class Invocation {

  /** The width assumed for a terminal that does not say. */
  public static final int DEFAULT_COLUMNS = 80;

  private static final boolean PROCESS_TERMINAL = System.console() != null;

  private static final Invocation PROCESS =
      new Invocation(
          System.getenv(), PROCESS_TERMINAL, Invocation::askTerminal, System.nanoTime(), false);

  private static volatile Invocation current = PROCESS;

  private final Map<String, String> env;
  private final boolean terminal;
  private final Supplier<OptionalInt> columns;
  private volatile OptionalInt knownColumns;
  private final long started;
  private final boolean daemon;

  private Invocation(
      Map<String, String> env,
      boolean terminal,
      Supplier<OptionalInt> columns,
      long started,
      boolean daemon) {
    this.env = Map.copyOf(env);
    this.terminal = terminal;
    this.columns = columns;
    this.started = started;
    this.daemon = daemon;
  }

  /** This process's own: its environment, its terminal, and the moment pmo's code began. */
  public static Invocation ofThisProcess() {
    return PROCESS;
  }

  /**
   * A run that a client of the daemon asked for, started now, with the client's environment and
   * terminal ({@code columns} empty when its output is not a terminal).
   */
  public static Invocation fromClient(
      Map<String, String> env, boolean terminal, OptionalInt columns) {
    return new Invocation(env, terminal, () -> columns, System.nanoTime(), true);
  }

  /** The run in progress. */
  public static Invocation current() {
    return current;
  }

  /**
   * Runs {@code work} as {@code invocation}, then restores this process's own. A daemon runs one
   * command at a time, so one invocation holds for every thread while it runs.
   */
  public static <T> T during(Invocation invocation, Supplier<T> work) {
    current = invocation;
    try {
      return work.get();
    } finally {
      current = PROCESS;
    }
  }

  /** The environment variable {@code name}, or null when it is not set. */
  public String env(String name) {
    return env.get(name);
  }

  /** Every environment variable, as a child process of this run should inherit them. */
  public Map<String, String> environment() {
    return env;
  }

  /** Whether output goes to a terminal (the console, rather than a pipe or a file). */
  public boolean terminal() {
    return terminal;
  }

  /**
   * The console to ask questions at: this process's own, when the run is and it has one; never in a
   * daemon, whose runs cannot be answered.
   */
  public java.io.Console console() {
    return daemon ? null : System.console();
  }

  /**
   * The terminal's width in columns when output goes to one ({@code PMO_COLUMNS}, {@code COLUMNS},
   * or the terminal's own answer); empty when it is a pipe or a file, whose readers (scripts, CI
   * logs) want whole lines.
   */
  public OptionalInt columns() {
    OptionalInt known = knownColumns;
    if (known == null) {
      known = columns.get();
      knownColumns = known;
    }
    return known;
  }

  /** When the run began ({@link System#nanoTime}): the start of pmo's code, or of the request. */
  public long started() {
    return started;
  }

  /** Whether this run is served by a daemon: a JVM that runs command after command. */
  public boolean inDaemon() {
    return daemon;
  }

  private static OptionalInt askTerminal() {
    if (!PROCESS_TERMINAL) {
      return OptionalInt.empty();
    }
    for (String variable : new String[] {"PMO_COLUMNS", "COLUMNS"}) {
      OptionalInt given = parseColumns(System.getenv(variable));
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
      return parts.length == 2 ? parseColumns(parts[1]) : OptionalInt.empty();
    } catch (IOException e) {
      return OptionalInt.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return OptionalInt.empty();
    }
  }

  /** A width of 20 to 9999 columns; anything else is taken as unknown. */
  static OptionalInt parseColumns(String value) {
    if (value == null || !value.trim().matches("[0-9]{1,4}")) {
      return OptionalInt.empty();
    }
    int n = Integer.parseInt(value.trim());
    return n >= 20 ? OptionalInt.of(n) : OptionalInt.empty();
  }
}
