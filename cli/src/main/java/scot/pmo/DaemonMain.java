package scot.pmo;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import scot.pmo.cli.Execution;
import scot.pmo.cli.ExitCodes;
import scot.pmo.cli.daemon.Commands;
import scot.pmo.cli.daemon.Daemon;

/**
 * Starts a daemon that runs pmo's command line: {@code DaemonClientMain} starts it, never a user.
 */
public final class DaemonMain {

  /** pmo's command line, for the daemon to run. */
  static final Commands COMMANDS =
      new Commands() {
        @Override
        public Optional<String> subcommand(String... args) {
          return Execution.subcommand(args);
        }

        @Override
        public int execute(String[] args, PrintWriter out, PrintWriter err) {
          return Execution.execute(args, Optional.of(out), Optional.of(err));
        }

        @Override
        public boolean bug(int exitCode) {
          return exitCode == ExitCodes.INTERNAL;
        }
      };

  private DaemonMain() {}

  public static void main(String[] args) throws IOException {
    Daemon.serve(args, COMMANDS);
  }
}
