package scot.pmo.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Optional;
import picocli.CommandLine;

/** One run of a pmo command line, to its exit code: in a process of its own, or in a daemon. */
public final class Execution {

  private Execution() {}

  /**
   * Runs {@code args}, printing on {@code out} and {@code err} (picocli's own writers, on standard
   * output and error, when empty), and returns the exit code.
   */
  public static int execute(String[] args, Optional<PrintWriter> out, Optional<PrintWriter> err) {
    try {
      CommandLine cmd = PmoCommand.forArguments(args);
      out.ifPresent(cmd::setOut);
      err.ifPresent(cmd::setErr);
      return cmd.execute(args);
    } catch (StackOverflowError | OutOfMemoryError e) {
      // Otherwise the JVM would exit with 1, which means "content errors" to a CI.
      PrintWriter to = err.orElseGet(() -> new PrintWriter(System.err, true));
      to.println("pmo: internal error: " + e);
      to.println(
          "  this is a bug in pmo (content should end in a diagnostic first);"
              + " please report it with the content that caused it");
      if (Arrays.asList(args).contains("--stacktrace")) {
        e.printStackTrace(to);
      }
      to.flush();
      return ExitCodes.INTERNAL;
    }
  }

  /**
   * The subcommand that {@code args} run: the first argument that names one, as {@link
   * PmoCommand#forArguments} reads them; empty for the root alone.
   */
  public static Optional<String> subcommand(String... args) {
    return PmoCommand.named(args).stream().findFirst();
  }
}
