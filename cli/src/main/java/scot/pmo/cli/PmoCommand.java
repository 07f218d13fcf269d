package scot.pmo.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import scot.pmo.run.Invocation;
import scot.pmo.workflow.StageTimes;
import scot.pmo.workflow.WorkflowContext;

/** The root command, {@code pmo}: global options and the list of subcommands. */
@Command(
    name = "pmo",
    mixinStandardHelpOptions = true,
    // Every subcommand takes --help and --version too.
    scope = ScopeType.INHERIT,
    versionProvider = VersionProvider.class,
    description =
        "Keep a multi-organisation programme as code: validate it, cross-link it, and"
            + " publish briefing papers and a website from content/.",
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
      "  pmo brief active-communities --format html,pdf",
      "  pmo diff HEAD~1",
      "  pmo --repo ../programme validate --format github"
    })
public final class PmoCommand implements Runnable {

  /** The contexts the command's workflows ran in, whose stages the table lists. */
  private final List<WorkflowContext> contexts = new ArrayList<>();

  /** When the command line had been read and the command was about to run. */
  private long parsed = Invocation.current().started();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--stacktrace",
      scope = ScopeType.INHERIT,
      description = "Print the stack trace of an internal error.")
  boolean stacktrace;

  @Option(
      names = {"-q", "--quiet"},
      scope = ScopeType.INHERIT,
      description = "Print only problems and requested output, no progress or notes.")
  boolean quiet;

  @Option(
      names = {"-v", "--verbose"},
      scope = ScopeType.INHERIT,
      description = "Also print what each stage did and how long it took.")
  boolean verbose;

  @CommandLine.Mixin RepoMixin repo;

  /** Prints a note or progress message on standard error, unless --quiet. */
  void info(String message) {
    if (!quiet) {
      spec.commandLine().getErr().println(message);
      spec.commandLine().getErr().flush();
    }
  }

  /** Prints a detail on standard error, only with --verbose. */
  void detail(String message) {
    if (verbose && !quiet) {
      spec.commandLine().getErr().println("pmo: " + message);
      spec.commandLine().getErr().flush();
    }
  }

  /** Keeps {@code context}, whose stages {@code --verbose}'s table lists at the end of the run. */
  void ran(WorkflowContext context) {
    contexts.add(context);
  }

  /** With {@code --verbose}, the table of where the run's time went, once the command is done. */
  private void reportTimes() {
    if (!verbose || quiet || contexts.isEmpty()) {
      return;
    }
    List<StageTimes.Stage> stages = new ArrayList<>();
    contexts.stream()
        .map(WorkflowContext::times)
        .distinct()
        .forEach(times -> stages.addAll(times.outermost()));
    TimeReport.lines(parsed, stages).forEach(this::detail);
  }

  /** The repository the command works on. */
  Path repo() {
    return repo.resolve();
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The subcommands, by name, in the order the help lists them. */
  private static final Map<String, Class<?>> SUBCOMMANDS = new LinkedHashMap<>();

  static {
    SUBCOMMANDS.put("init", InitCommand.class);
    SUBCOMMANDS.put("validate", ValidateCommand.class);
    SUBCOMMANDS.put("build", BuildCommand.class);
    SUBCOMMANDS.put("serve", ServeCommand.class);
    SUBCOMMANDS.put("list", ListCommand.class);
    SUBCOMMANDS.put("actions", ActionsCommand.class);
    SUBCOMMANDS.put("graph", GraphCommand.class);
    SUBCOMMANDS.put("show", ShowCommand.class);
    SUBCOMMANDS.put("export", ExportCommand.class);
    SUBCOMMANDS.put("completion", CompletionCommand.class);
    SUBCOMMANDS.put("new", NewCommand.class);
    SUBCOMMANDS.put("import", ImportCommand.class);
    SUBCOMMANDS.put("brief", BriefCommand.class);
    SUBCOMMANDS.put("diff", DiffCommand.class);
    SUBCOMMANDS.put("templates", TemplatesCommand.class);
    SUBCOMMANDS.put("daemon", DaemonCommand.class);
    SUBCOMMANDS.put("help", CommandLine.HelpCommand.class);
  }

  /** Builds the command line with its error handling and every subcommand, ready to execute. */
  public static CommandLine create() {
    return create(SUBCOMMANDS.keySet());
  }

  /**
   * Builds the command line for running {@code args}: with only the subcommands the arguments name,
   * when they name one and it is not {@code help} or {@code completion} (which need all). Picocli
   * reads every subcommand's annotations when it is added, which was half of the start-up of a
   * command; the command line parses and runs the same either way.
   */
  public static CommandLine forArguments(String... args) {
    Set<String> named = named(args);
    if (named.contains("help") || named.contains("completion")) {
      return create();
    }
    return named.isEmpty() ? listing() : create(named);
  }

  /** The subcommands that {@code args} name, before any {@code --}, in their order. */
  static Set<String> named(String... args) {
    Set<String> named = new LinkedHashSet<>();
    for (String arg : args) {
      if (arg.equals("--")) {
        break;
      }
      if (SUBCOMMANDS.containsKey(arg)) {
        named.add(arg);
      }
    }
    return named;
  }

  /**
   * The command line with each subcommand as its name and description alone: all that {@code pmo
   * --help}, {@code pmo --version} or a mistyped command needs, without reading every subcommand's
   * options.
   */
  static CommandLine listing() {
    CommandLine cmd = create(Set.of());
    SUBCOMMANDS.forEach(
        (name, type) -> {
          Command command = type.getAnnotation(Command.class);
          CommandLine.Model.CommandSpec spec = CommandLine.Model.CommandSpec.create().name(name);
          spec.usageMessage().header(command.header()).description(command.description());
          cmd.addSubcommand(name, new CommandLine(spec));
        });
    return cmd;
  }

  private static CommandLine create(Set<String> names) {
    PmoCommand root = new PmoCommand();
    CommandLine cmd = new CommandLine(root);
    cmd.setExecutionStrategy(
        parsed -> {
          root.parsed = System.nanoTime();
          try {
            return new CommandLine.RunLast().execute(parsed);
          } finally {
            root.reportTimes();
          }
        });
    SUBCOMMANDS.forEach(
        (name, type) -> {
          if (names.contains(name)) {
            cmd.addSubcommand(name, type);
          }
        });
    // The help is coloured as pmo's own output is, so that the text printed without picocli
    // (QuickHelp) is the one picocli would print.
    cmd.setColorScheme(
        CommandLine.Help.defaultColorScheme(
            Terminal.colour() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
    cmd.setExecutionExceptionHandler(new ErrorHandler());
    cmd.setParameterExceptionHandler(new UsageErrors());
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    return cmd;
  }
}
