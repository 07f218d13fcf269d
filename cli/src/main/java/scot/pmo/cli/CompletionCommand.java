package scot.pmo.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pmo completion}: a completion script for bash and zsh, from picocli's generator. */
@Command(
    name = "completion",
    description = "Print a shell completion script for bash and zsh.",
    footer = {
      "%nTo use it in the current shell:",
      "  source <(pmo completion)",
      "To install it for every new shell, add that line to ~/.bashrc or ~/.zshrc.",
      "In zsh, run 'autoload -U +X bashcompinit && bashcompinit' first."
    })
final class CompletionCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    String script = AutoComplete.bash("pmo", spec.root().commandLine());
    spec.commandLine().getOut().print(script);
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
