package scot.pmo.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import scot.pmo.workflow.WorkflowContext;

/**
 * What every command that reads content shares, made into a {@link WorkflowContext} in this one
 * place: the repository ({@code --repo}), the loader's limits ({@code --max-*}) and {@code
 * --verbose}, so that every command handles them alike.
 */
public final class ContentOptions {

  @Mixin LimitsMixin limits;

  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  /** The context the command's workflows run in. */
  WorkflowContext context() {
    PmoCommand root = (PmoCommand) command.root().userObject();
    return new WorkflowContext(root.repo(), limits.limits(), root::detail);
  }
}
