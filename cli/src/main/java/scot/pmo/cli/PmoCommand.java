package scot.pmo.cli;

import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The root command, {@code pmo}: global options and the list of subcommands. */
@Command(
    name = "pmo",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Keep a multi-organisation programme as code: validate it, cross-link it, and"
        + " publish briefing papers and a website from content/.",
    subcommands = {
      ValidateCommand.class,
      BuildCommand.class,
      ListCommand.class,
      GraphCommand.class,
      ShowCommand.class,
      ExportCommand.class,
      CompletionCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:Fine.",
      "1:Content errors (warnings too, with --strict).",
      "2:Usage: the command line is wrong.",
      "3:Environment: a file or folder could not be read or written, or git failed.",
      "4:Internal error: a bug in pmo."
    },
    footer = {
      "%nExamples:",
      "  pmo validate",
      "  pmo list project",
      "  pmo build --out site",
      "  pmo --repo ../programme validate --format github"
    })
public final class PmoCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--stacktrace",
      scope = ScopeType.INHERIT,
      description = "Print the stack trace of an internal error.")
  boolean stacktrace;

  @CommandLine.Mixin RepoMixin repo;

  /** The repository the command works on. */
  Path repo() {
    return repo.resolve();
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Builds the command line with its error handling, ready to execute. */
  public static CommandLine create() {
    CommandLine cmd = new CommandLine(new PmoCommand());
    cmd.setExecutionExceptionHandler(new ErrorHandler());
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    return cmd;
  }
}
