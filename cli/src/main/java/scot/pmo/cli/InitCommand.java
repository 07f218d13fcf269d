package scot.pmo.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import scot.pmo.publish.report.Report;
import scot.pmo.publish.report.ReportFormat;
import scot.pmo.workflow.InitWorkflow;

/** {@code pmo init [DIR]}: a new programme repository that validates and builds at once. */
@Command(
    name = "init",
    description = "Start a new programme repository, with one example entity of each kind.",
    footer = {
      "%nNever overwrites a file. Examples:",
      "  pmo init my-programme --name \"Digital Services Programme\" --org \"Anytown Council\"",
      "  cd my-programme && git init && pmo build"
    })
final class InitCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "DIR",
      description = "The folder to start it in (default: the current folder).")
  Path folder = Path.of("");

  @Option(
      names = "--name",
      paramLabel = "NAME",
      description = "The programme's name (default: from the folder's name).")
  String name;

  @Option(
      names = "--org",
      paramLabel = "NAME",
      description = "The organisation that publishes it (default: \"Programme office\").")
  String organisation = "Programme office";

  @Option(
      names = "--force",
      description = "Also start in a folder that is not empty, writing only the files it lacks.")
  boolean force;

  @Override
  public Integer call() {
    Path root = folder.toAbsolutePath().normalize();
    String title = name != null && !name.isBlank() ? name : fromFolder(root);
    InitWorkflow.Outcome outcome = InitWorkflow.init(root, title, organisation, force);
    PrintWriter out = spec.commandLine().getOut();
    PmoCommand pmo = (PmoCommand) spec.root().userObject();
    if (!pmo.quiet) {
      if (pmo.verbose) {
        outcome.started().written().forEach(p -> out.println("wrote " + root.relativize(p)));
      }
      outcome
          .started()
          .kept()
          .forEach(p -> out.println("kept " + root.relativize(p) + " (already there)"));
      out.println(
          "Started "
              + title
              + " in "
              + root
              + ": "
              + outcome.started().written().size()
              + " files, with pmo.yaml, an example of each kind of entity in content/, the"
              + " schemas for editors, and a CI workflow. Next:");
      if (!root.equals(Path.of("").toAbsolutePath().normalize())) {
        out.println("  cd " + root);
      }
      out.println("  git init && git add . && git commit -m \"Start the programme\"");
      out.println("  pmo build        # the site and papers, into site/");
      out.println("  pmo serve        # a preview that follows your edits");
      out.println("The README.md it wrote says how to edit the content.");
    }
    out.flush();
    // The examples always validate; a folder that held content of its own before may not.
    if (outcome.validation().diagnostics().fails(false)) {
      ReportFormat.TEXT.write(
          Report.of(outcome.validation(), root, false),
          spec.commandLine().getErr(),
          Terminal.colour());
    }
    return outcome.validation().diagnostics().hasErrors() ? ExitCodes.CONTENT : ExitCodes.OK;
  }

  /** "My programme" from a folder called my-programme. */
  private static String fromFolder(Path root) {
    Path file = root.getFileName();
    String words = file == null ? "" : file.toString().replaceAll("[-_.]+", " ").trim();
    if (words.isEmpty()) {
      return "New programme";
    }
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
