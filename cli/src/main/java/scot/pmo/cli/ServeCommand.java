package scot.pmo.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import scot.pmo.workflow.PreviewWorkflow;

/** {@code pmo serve}: a local preview of the site that rebuilds and reloads on every change. */
@Command(
    name = "serve",
    description =
        "Preview the site on 127.0.0.1: it rebuilds when content/ or templates/"
            + " change, and the open page reloads by itself. Being local, it shows everything:"
            + " drafts and internal content, each page marked so.",
    footer = {
      "%nExamples:",
      "  pmo serve                 then open http://127.0.0.1:8000/",
      "  pmo serve --port 8080",
      "  pmo serve --edit          forms to edit and add entities, saved into content/",
      "%nThe preview is built in a temporary folder; site/ is left alone. Stop with Ctrl-C."
    })
final class ServeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @ParentCommand PmoCommand root;
  @Mixin ContentOptions content;

  @Option(
      names = {"-p", "--port"},
      paramLabel = "N",
      defaultValue = "8000",
      description = "The port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 for any free port).")
  int port;

  @Option(
      names = "--edit",
      description =
          "Add 'Edit this page' and 'New' to the pages: forms that check what is typed as pmo"
              + " validate does, and save into the content files, changing only the lines of"
              + " changed values.")
  boolean edit;

  @Override
  public Integer call() throws IOException {
    if (port < 0 || port > 65535) {
      throw new ParameterException(spec.commandLine(), "--port must be from 0 to 65535");
    }
    PrintWriter log = spec.commandLine().getErr();
    PreviewWorkflow session;
    try {
      session = new PreviewWorkflow(content.context(), port, log, edit);
    } catch (java.net.BindException e) {
      throw new EnvironmentException(
          "port " + port + " on 127.0.0.1 is in use",
          "stop what is using it, or choose another with --port");
    }
    Thread main = Thread.currentThread();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  main.interrupt();
                  try {
                    session.close();
                  } catch (IOException e) {
                    // the temporary folder is left for the system to clear
                  }
                }));
    spec.commandLine()
        .getOut()
        .printf("Serving the site on http://127.0.0.1:%d/" + " (Ctrl-C to stop)%n", session.port());
    spec.commandLine().getOut().flush();
    session.watch();
    session.close();
    return ExitCodes.OK;
  }
}
