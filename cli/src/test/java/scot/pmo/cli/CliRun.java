package scot.pmo.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * One in-process run of the {@code pmo} command line: its exit code and what it printed, with
 * line endings normalised to {@code \n}.
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

  /** Starts a fluent assertion on {@code run}. */
  public static CliRunAssert assertThat(CliRun run) {
    return new CliRunAssert(run);
  }

  static String normalise(String text) {
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }
}
