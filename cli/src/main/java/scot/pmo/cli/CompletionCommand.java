package scot.pmo.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import scot.pmo.model.Kind;

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
    script = positionals(script, "show", "$(pmo list --format ids 2>/dev/null)");
    script = positionals(script, "brief", "$(pmo list project --format ids 2>/dev/null)");
    script =
        positionals(
            script,
            "diff",
            "$(git for-each-ref --format='%(refname:short)' 2>/dev/null; echo HEAD; echo HEAD~1)");
    String kinds =
        "$(printf '%s\\n' "
            + String.join(" ", java.util.Arrays.stream(Kind.values()).map(Kind::label).toList())
            + ")";
    for (String command : new String[] {"new", "list", "export"}) {
      script = positionals(script, command, kinds);
    }
    spec.commandLine().getOut().print(script);
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }

  /**
   * Completes the positional arguments of one subcommand with {@code words}: entity ids, kinds or
   * git revisions, which picocli's generator cannot know.
   */
  private static String positionals(String script, String command, String words) {
    String start = "function _picocli_pmo_" + command + "() {";
    int from = script.indexOf(start);
    if (from < 0) {
      return script;
    }
    int to = script.indexOf("\n}\n", from);
    String body =
        script
            .substring(from, to)
            .replace(
                "local positionals=\"\"",
                "local positionals=\"" + words.replace("\"", "\\\"") + "\"");
    return script.substring(0, from) + body + script.substring(to);
  }
}
