package scot.pmo.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** Runs the command line in-process, as picocli's testing advice has it, and keeps the output. */
record CliRun(int exitCode, String out, String err) {

  static CliRun run(Path repo, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cmd = PmoCommand.create();
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    List<String> all = new ArrayList<>(List.of("--repo", repo.toString()));
    all.addAll(List.of(args));
    int code = cmd.execute(all.toArray(String[]::new));
    return new CliRun(code, normalise(out.toString()), normalise(err.toString()));
  }

  private static String normalise(String text) {
    return text.replace("\r\n", "\n");
  }
}
