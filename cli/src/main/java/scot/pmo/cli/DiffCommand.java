package scot.pmo.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import scot.pmo.diff.ProgrammeDiff;
import scot.pmo.publish.diff.DiffFormat;
import scot.pmo.workflow.DiffWorkflow;

/** {@code pmo diff FROM [TO]}: what a change does to the programme. */
@Command(
    name = "diff",
    description = {
      "Say what a change does to the programme, between two git revisions.",
      "Lists entities added, removed, renamed and changed, people joining and leaving roles,"
          + " interdependencies opened, escalated and resolved, and the problems the change"
          + " introduces or fixes.",
      "Exits 0 when the diff is made, even if the content has errors (the diff reports them);"
          + " 2 for an unknown revision; 3 without a git repository."
    },
    footer = {
      "%nExamples:",
      "  pmo diff HEAD~1          the last commit, and changes not yet committed",
      "  pmo diff main HEAD       what this branch does",
      "  pmo diff origin/main --format markdown >> \"$GITHUB_STEP_SUMMARY\""
    })
final class DiffCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin ContentOptions content;

  @Parameters(
      index = "0",
      paramLabel = "FROM",
      description = "The revision to compare from: a branch, tag, commit id or HEAD~N.")
  String from;

  @Parameters(
      index = "1",
      arity = "0..1",
      paramLabel = "TO",
      description = "The revision to compare to (default: the working tree, as it is now).")
  String to;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text, markdown or json (default: ${DEFAULT-VALUE}).")
  DiffFormat format;

  @Override
  public Integer call() {
    ProgrammeDiff diff = new DiffWorkflow(content.context()).diff(from, Optional.ofNullable(to));
    format.write(diff, spec.commandLine().getOut());
    return ExitCodes.OK;
  }
}
