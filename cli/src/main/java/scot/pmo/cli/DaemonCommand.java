package scot.pmo.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import scot.pmo.cli.daemon.DaemonControl;

/** {@code pmo daemon status|stop}: the background processes that answer commands sooner. */
@Command(
    name = "daemon",
    header = "Show or stop the daemons that answer commands sooner.",
    description = {
      "A daemon is a pmo kept running in the background, one for each folder you run pmo in, that"
          + " answers validate, build, list, actions, graph, show, export, brief and diff there"
          + " without starting Java again. The first such command in a folder starts one; it"
          + " stops after 20 minutes unused (PMO_DAEMON_IDLE, in minutes), or when pmo is"
          + " rebuilt or upgraded.",
      "",
      "PMO_DAEMON=0 runs every command in a process of its own; PMO_DAEMON=1 uses a daemon even"
          + " where pmo would not (with CI set, where each run is on a new machine)."
    })
final class DaemonCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  enum Action {
    status,
    stop
  }

  @Parameters(
      paramLabel = "ACTION",
      description = "status: list the running daemons; stop: stop them all.")
  Action action;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<String> said;
    try {
      said = action == Action.stop ? DaemonControl.stop() : DaemonControl.status();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (said.isEmpty()) {
      out.println("No pmo daemon is running.");
    } else if (action == Action.stop) {
      said.forEach(line -> out.println("Stopped " + line));
    } else {
      said.forEach(out::println);
    }
    out.flush();
    return ExitCodes.OK;
  }
}
