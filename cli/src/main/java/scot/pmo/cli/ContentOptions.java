package scot.pmo.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import scot.pmo.workflow.WorkflowContext;

/**
 * What every command that reads content shares, made into a {@link WorkflowContext} in this one
 * place: the repository ({@code --repo}), the loader's limits ({@code --max-*}), {@code --verbose},
 * and {@code --quiet} for the notes a command prints, so that every command handles them alike.
 */
public final class ContentOptions {

  @Mixin LimitsMixin limits;

  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  /** The context the command's workflows run in. */
  WorkflowContext context() {
    WorkflowContext context = new WorkflowContext(root().repo(), limits.limits(), root()::detail);
    root().ran(context);
    return context;
  }

  /**
   * Prints a note of what the command did ("wrote …", "Built …") on standard output, unless {@code
   * --quiet}: then a command prints only problems and the output it was asked for.
   */
  void note(String message) {
    if (!root().quiet) {
      command.commandLine().getOut().println(message);
      command.commandLine().getOut().flush();
    }
  }

  private PmoCommand root() {
    return (PmoCommand) command.root().userObject();
  }
}
