package scot.pmo.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import scot.pmo.model.Suggestions;
import scot.pmo.publish.listing.ActionListing;
import scot.pmo.workflow.ActionsWorkflow;
import scot.pmo.workflow.WorkflowContext;

/** {@code pmo actions}: every action of meetings and RAID records, and which are overdue. */
@Command(
    name = "actions",
    description =
        "List the actions agreed at meetings and in RAID records' responses: who owns each, when"
            + " it is due, and whether it is overdue.",
    footer = {
      "%nExamples:",
      "  pmo actions",
      "  pmo actions --overdue",
      "  pmo actions --overdue --on 2024-03-31     overdue by that day",
      "  pmo actions --format csv > actions.csv"
    })
final class ActionsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin ContentOptions content;

  @Option(names = "--overdue", description = "Only the open actions whose due date has passed.")
  boolean overdue;

  @Option(
      names = "--owner",
      paramLabel = "PERSON-ID",
      description = "Only the actions this person owns.")
  String owner;

  @Option(
      names = "--on",
      paramLabel = "YYYY-MM-DD",
      description = "The day an action is overdue on (default: today, in pmo.yaml's time zone).")
  LocalDate on;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      description = "text, csv or json (default: ${DEFAULT-VALUE}).",
      defaultValue = "text")
  ActionListing.Format format;

  @Override
  public Integer call() {
    WorkflowContext context = content.context();
    ActionsWorkflow workflow = new ActionsWorkflow(context);
    LocalDate day = on != null ? on : workflow.today();
    ActionsWorkflow.Outcome outcome =
        workflow.list(new ActionsWorkflow.Request(overdue, Optional.ofNullable(owner), day));
    PrintWriter err = spec.commandLine().getErr();
    if (ContentErrors.stop(outcome.validation(), context.repo(), err)) {
      return ExitCodes.CONTENT;
    }
    if (outcome.unknownOwner().isPresent()) {
      String id = outcome.unknownOwner().get();
      throw new ParameterException(
          spec.commandLine(),
          "--owner '"
              + id
              + "' is not a person; "
              + Suggestions.didYouMeanId(id, outcome.people())
              + (outcome.people().isEmpty()
                  ? "the content has no people"
                  : outcome.people().size() > 20
                      ? "'pmo list person' lists the people"
                      : "the people are: " + String.join(", ", outcome.people())));
    }
    if (outcome.actions().isEmpty()
        && format == ActionListing.Format.text
        && (overdue || owner != null)) {
      // Say which filter left nothing, rather than that there are no actions at all.
      spec.commandLine()
          .getOut()
          .println(
              "No actions"
                  + (overdue ? " overdue on " + day : "")
                  + (owner != null ? " owned by " + owner : "")
                  + ".");
      return ExitCodes.OK;
    }
    ActionListing.write(
        outcome.actions(), day, format, Terminal.columns(), spec.commandLine().getOut());
    return ExitCodes.OK;
  }
}
