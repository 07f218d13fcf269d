package scot.pmo.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import scot.pmo.BriefOutcome;
import scot.pmo.BriefRequest;
import scot.pmo.Pipeline;
import scot.pmo.model.Suggestions;
import scot.pmo.publish.OutputFolderException;
import scot.pmo.publish.report.Report;
import scot.pmo.publish.report.ReportFormat;
import scot.pmo.render.paper.PaperFormat;

/** {@code pmo brief}: writes briefing papers, after the content validates. */
@Command(
    name = "brief",
    mixinStandardHelpOptions = true,
    description = "Write projects' briefing papers (HTML, PDF, Word, Markdown) into site/papers/.",
    footer = {
      "%nExamples:",
      "  pmo brief active-communities",
      "  pmo brief --all --format html,pdf,docx,md",
      "  pmo brief crerar-implementation --format docx --out /tmp/papers"
    })
final class BriefCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @ParentCommand PmoCommand root;
  @Mixin LimitsMixin limits;

  @Parameters(paramLabel = "PROJECT-ID", arity = "0..*", description = "Projects to brief.")
  List<String> projects = new ArrayList<>();

  @Option(names = "--all", description = "Every project's briefing paper.")
  boolean all;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", split = ",", defaultValue = "html",
      description = "html, pdf, docx, md, or all; several separated by commas (default: html).")
  List<String> formats;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR",
      description = "Folder to write into (default: site/papers under the repository).")
  Path out;

  @Override
  public Integer call() {
    if (projects.isEmpty() && !all) {
      throw new ParameterException(spec.commandLine(), "name one or more projects, or give --all");
    }
    Pipeline pipeline = new Pipeline(root.repo(), limits.limits());
    Path folder = out != null ? out : pipeline.repo().resolve(BriefRequest.DEFAULT_OUT);
    BriefOutcome outcome;
    try {
      outcome = pipeline.brief(new BriefRequest(projects, all, false, formats(), folder,
          LocalDate.now(Pipeline.ZONE), null));
    } catch (OutputFolderException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    if (outcome.validation().diagnostics().hasErrors()) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("pmo: the content has errors, so no paper was written:");
      ReportFormat.TEXT.write(Report.of(outcome.validation(), pipeline.repo(), false), err);
      return ExitCodes.CONTENT;
    }
    if (!outcome.unknownProjects().isEmpty()) {
      String id = outcome.unknownProjects().get(0);
      throw new ParameterException(spec.commandLine(), "'" + id + "' is not a project; "
          + Suggestions.didYouMean(id, outcome.projectIds()) + "the projects are: "
          + String.join(", ", outcome.projectIds()));
    }
    PrintWriter stdout = spec.commandLine().getOut();
    outcome.written().forEach(path -> stdout.println("wrote " + path));
    stdout.flush();
    return ExitCodes.OK;
  }

  private List<PaperFormat> formats() {
    List<PaperFormat> list = new ArrayList<>();
    for (String name : formats) {
      if (name.strip().equalsIgnoreCase("all")) {
        return List.of(PaperFormat.values());
      }
      try {
        PaperFormat format = PaperFormat.of(name);
        if (!list.contains(format)) {
          list.add(format);
        }
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
    }
    return list;
  }
}
