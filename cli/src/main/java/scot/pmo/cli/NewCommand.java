package scot.pmo.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import scot.pmo.author.FieldSpec;
import scot.pmo.model.Diagnostic;
import scot.pmo.model.Kind;
import scot.pmo.publish.report.Report;
import scot.pmo.publish.report.ReportFormat;
import scot.pmo.run.Invocation;
import scot.pmo.workflow.NewWorkflow;
import scot.pmo.workflow.WorkflowContext;

/** {@code pmo new KIND ID}: a new entity from its archetype in templates/new/. */
@Command(
    name = "new",
    description =
        "Create a new entity from its archetype in templates/new/; asks for the"
            + " required fields on a terminal.",
    footer = {
      "%nExamples:",
      "  pmo new project procurement-reform",
      "  pmo new person jane-doe --set name=\"Jane Doe\" --set organisation=example-org \\",
      "      --set seniority=director",
      "  pmo new meeting board-2025-03 --set title=\"Programme Board\" --set type=board"
          + " --set date=2025-03-12"
    })
final class NewCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin ContentOptions content;

  @Parameters(
      index = "0",
      paramLabel = "KIND",
      description = "The kind, e.g. project.",
      converter = KindConverter.class)
  Kind kind;

  @Parameters(index = "1", paramLabel = "ID", description = "The new id, e.g. procurement-reform.")
  String id;

  @Option(
      names = "--set",
      paramLabel = "FIELD=VALUE",
      description = "A field's value (repeatable); lists as comma-separated values.")
  Map<String, String> values = new LinkedHashMap<>();

  @Override
  public Integer call() {
    WorkflowContext context = content.context();
    PrintWriter out = spec.commandLine().getOut();
    Console console = Invocation.current().console();
    NewWorkflow.Created created =
        new NewWorkflow(context)
            .create(
                kind,
                id,
                values,
                (field, choices, problem) -> ask(console, out, field, choices, problem),
                LocalDate.now());
    String path = created.path();
    List<Diagnostic> problems = created.problems();
    if (!created.written()) {
      ReportFormat.TEXT.write(new Report(problems, List.of(path), context.repo(), false), out);
      out.println("Nothing was written: " + path + " would not validate. Fix the values above.");
      return ExitCodes.CONTENT;
    }
    content.note("pmo: wrote " + path);
    if (problems.isEmpty()) {
      content.note("It validates. Fill in the rest in your editor.");
      return ExitCodes.OK;
    }
    ReportFormat.TEXT.write(new Report(problems, List.of(path), context.repo(), false), out);
    out.println("It validates, with the warnings above to look at in " + path + ".");
    return ExitCodes.OK;
  }

  private static Optional<String> ask(
      Console console, PrintWriter out, FieldSpec field, String choices, String problem) {
    if (console == null) {
      return Optional.empty();
    }
    if (!problem.isEmpty()) {
      out.println("  " + problem);
      out.flush();
    }
    String form = field.list() ? " (comma-separated)" : "";
    String line =
        console.readLine("%s%s%s — %s%n> ", field.name(), choices, form, field.description());
    return Optional.ofNullable(line).map(String::trim);
  }
}
