package scot.pmo.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * One in-process run of the {@code pmo} command line: its exit code and what it printed, with line
 * endings normalised to {@code \n}.
 *
 * @param exitCode the code the command returned
 * @param out what it printed on standard output
 * @param err what it printed on standard error
 */
public record CliRun(int exitCode, String out, String err) {

  /** Runs {@code pmo} with {@code args}, as {@link scot.pmo.Main} would, but without exiting. */
  public static CliRun run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cmd = PmoCommand.create();
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    int code = cmd.execute(args);
    return new CliRun(code, normalise(out.toString()), normalise(err.toString()));
  }

  /** Runs {@code pmo --repo REPO} with {@code args}. */
  public static CliRun run(Path repo, String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--repo";
    all[1] = repo.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return run(all);
  }

  /** Starts a fluent assertion on {@code run}. */
  public static CliRunAssert assertThat(CliRun run) {
    return new CliRunAssert(run);
  }

  static String normalise(String text) {
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }
}
