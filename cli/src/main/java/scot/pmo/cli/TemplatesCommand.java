package scot.pmo.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import scot.pmo.model.Diagnostic;
import scot.pmo.publish.report.Report;
import scot.pmo.publish.report.ReportFormat;
import scot.pmo.render.template.TemplateSet;
import scot.pmo.workflow.TemplatesWorkflow;

/**
 * {@code pmo templates list|copy}: pmo's built-in templates, which the repository overrides, and
 * copies to change.
 */
@Command(
    name = "templates",
    description = "List the built-in templates and the repository's overrides, or copy one.",
    subcommands = {TemplatesCommand.ListTemplates.class, TemplatesCommand.CopyTemplates.class},
    footer = {
      "%nA file under templates/ with the path of a built-in template replaces it; every other",
      "template stays pmo's own. Examples:",
      "  pmo templates list",
      "  pmo templates copy paper/paper.css",
      "  pmo templates copy site/assets/"
    })
final class TemplatesCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The repository's own template files, as paths from its root. */
  private static List<String> ownFiles(List<TemplateSet.Entry> entries) {
    return entries.stream()
        .filter(e -> e.origin() != TemplateSet.Origin.BUILT_IN)
        .map(e -> TemplateSet.FOLDER + "/" + e.name())
        .toList();
  }

  private static Path repo(CommandSpec spec) {
    return ((PmoCommand) spec.root().userObject()).repo.resolve();
  }

  @Command(name = "list", description = "List every template and where it comes from.")
  static final class ListTemplates implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      TemplatesWorkflow workflow = new TemplatesWorkflow(repo(spec));
      List<TemplateSet.Entry> entries = workflow.list();
      int width = entries.stream().mapToInt(e -> e.name().length()).max().orElse(0);
      PrintWriter out = spec.commandLine().getOut();
      for (TemplateSet.Entry e : entries) {
        out.printf("%-" + width + "s  %s%n", e.name(), e.origin().words());
      }
      out.flush();
      List<Diagnostic> problems = workflow.problems();
      if (!problems.isEmpty()) {
        // The same report as pmo validate gives, so a misspelt override reads the same anywhere.
        Path repo = repo(spec);
        ReportFormat.TEXT.write(
            new Report(problems, ownFiles(entries), repo, false),
            spec.commandLine().getErr(),
            Terminal.colour());
      }
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "copy",
      description =
          "Copy built-in templates into templates/ to change them there; never overwrites.")
  static final class CopyTemplates implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(
        arity = "1..*",
        paramLabel = "NAME",
        description = "A template (paper/paper.css) or a folder of them (site/assets/).")
    List<String> names;

    @Override
    public Integer call() {
      Path repo = repo(spec);
      TemplatesWorkflow.Copied copied = new TemplatesWorkflow(repo).copy(names);
      PrintWriter out = spec.commandLine().getOut();
      copied.written().forEach(p -> out.println("wrote " + repo.relativize(p)));
      copied
          .kept()
          .forEach(n -> out.println("kept " + TemplateSet.FOLDER + "/" + n + " (already there)"));
      out.flush();
      return ExitCodes.OK;
    }
  }
}
