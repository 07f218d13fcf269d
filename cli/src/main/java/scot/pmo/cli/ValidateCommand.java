package scot.pmo.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import scot.pmo.publish.report.Report;
import scot.pmo.publish.report.ReportFormat;
import scot.pmo.validate.Validation;
import scot.pmo.workflow.ValidateWorkflow;
import scot.pmo.workflow.WorkflowContext;

/** {@code pmo validate}: checks all content and reports every problem. */
@Command(
    name = "validate",
    description =
        "Check all content: schemas, ids, references, dates, roles, links, interdependencies,"
            + " and the working rules of the RAID log and actions.",
    footer = {
      "%nExamples:",
      "  pmo validate",
      "  pmo validate --format github        annotations for a pull request",
      "  pmo validate --format sarif > pmo.sarif",
      "  pmo validate --strict               warnings fail the check too",
      "  pmo validate --on 2024-03-31        reviews and actions overdue on that day"
    })
final class ValidateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin ContentOptions content;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      description = "text, json, github, sarif or junit (default: ${DEFAULT-VALUE}).",
      defaultValue = "text",
      converter = FormatConverter.class)
  ReportFormat format;

  @Option(
      names = "--strict",
      description = "Fail on warnings as well as errors, and warn of entities without sources.")
  boolean strict;

  @Option(
      names = "--on",
      paramLabel = "YYYY-MM-DD",
      description =
          "Check reviews and actions as of this day rather than today (in pmo.yaml's time"
              + " zone).")
  LocalDate on;

  @Override
  public Integer call() {
    WorkflowContext context = content.context();
    if (on != null) {
      context.checkOn(on);
    }
    context.checkStrictly(strict);
    Validation validation = new ValidateWorkflow(context).validate();
    Report report = Report.of(validation, context.repo(), strict);
    PrintWriter out = spec.commandLine().getOut();
    format.write(report, out, Terminal.colour());
    return validation.diagnostics().fails(strict) ? ExitCodes.CONTENT : ExitCodes.OK;
  }

  /** Accepts format names in any case. */
  static final class FormatConverter implements picocli.CommandLine.ITypeConverter<ReportFormat> {
    @Override
    public ReportFormat convert(String value) {
      try {
        return ReportFormat.valueOf(value.toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(
            "'" + value + "' is not a format: use text, json, github, sarif or junit");
      }
    }
  }
}
