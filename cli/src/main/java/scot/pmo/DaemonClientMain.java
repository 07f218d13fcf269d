package scot.pmo;

import java.util.Optional;
import java.util.OptionalInt;
import scot.pmo.cli.Execution;
import scot.pmo.cli.daemon.DaemonClient;

/**
 * What the launcher runs when the folder's daemon may answer the command ({@code DaemonClientMain
 * --java=JAVA [--jvm=OPTION]... --jar=JAR -- ARGS...}): the daemon's answer, or else the command
 * run here, in this process, as {@link Main} would.
 */
public final class DaemonClientMain {

  private DaemonClientMain() {}

  public static void main(String[] argv) {
    OptionalInt code =
        DaemonClient.Launch.parse(argv)
            .map(launch -> DaemonClient.run(launch, DaemonMain.class.getName()))
            .orElse(OptionalInt.empty());
    System.exit(
        code.orElseGet(
            () ->
                Execution.execute(
                    DaemonClient.arguments(argv), Optional.empty(), Optional.empty())));
  }
}
