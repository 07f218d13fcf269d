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
    Optional<DaemonClient.Launch> launch = DaemonClient.Launch.parse(argv);
    OptionalInt code = OptionalInt.empty();
    if (launch.isPresent()) {
      code = DaemonClient.run(launch.get(), DaemonMain.class.getName());
    }
    if (code.isEmpty()) {
      code =
          OptionalInt.of(
              Execution.execute(DaemonClient.arguments(argv), Optional.empty(), Optional.empty()));
    }
    System.exit(code.getAsInt());
  }
}
