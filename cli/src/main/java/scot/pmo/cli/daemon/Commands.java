package scot.pmo.cli.daemon;

import java.io.PrintWriter;
import java.util.Optional;

/**
 * pmo's command line as the daemon runs it. The entry points ({@code scot.pmo.DaemonMain}, {@code
 * scot.pmo.DaemonClientMain}) hand it over: the command line's package lists {@code pmo daemon}
 * among its commands, so the daemon's may not reach back into it.
 */
public interface Commands {

  /** The subcommand that {@code args} run, as the command line reads them; empty for none. */
  Optional<String> subcommand(String... args);

  /** Runs {@code args}, printing on {@code out} and {@code err}; the exit code. */
  int execute(String[] args, PrintWriter out, PrintWriter err);

  /** Whether {@code exitCode} says pmo met a bug, after which its state is not to be trusted. */
  boolean bug(int exitCode);
}
