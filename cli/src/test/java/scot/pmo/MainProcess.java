package scot.pmo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@link Main} run as a whole process, as a shell runs it: its exit code and what it printed. For
 * tests of what only a process shows (the exit code itself, output flushed at exit, a fixed date
 * given through the environment).
 */
public final class MainProcess {

  /** How long one run may take. */
  private static final long TIMEOUT_SECONDS = 120;

  /** What a finished process left behind. */
  public record Finished(int exitCode, String out, String err) {}

  private MainProcess() {}

  /**
   * Runs {@code pmo args} in {@code dir} with {@code env} added to this process's environment; its
   * standard output and error are kept in files under {@code dir}'s parent, never in {@code dir}.
   */
  public static Finished run(Path dir, Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command =
        new ArrayList<>(
            List.of(
                java.toString(),
                "-XX:TieredStopAtLevel=1",
                "-Xshare:auto",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile("pmo-out", ".txt");
    Path err = Files.createTempFile("pmo-err", ".txt");
    try {
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(dir.toFile())
              .redirectOutput(out.toFile())
              .redirectError(err.toFile());
      builder.environment().putAll(env);
      Process process = builder.start();
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("pmo did not finish within " + TIMEOUT_SECONDS + " s: " + command);
      }
      return new Finished(process.exitValue(), Files.readString(out), Files.readString(err));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
