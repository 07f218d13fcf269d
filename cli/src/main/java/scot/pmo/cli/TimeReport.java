package scot.pmo.cli;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.RuntimeMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import scot.pmo.run.Invocation;
import scot.pmo.workflow.StageTimes;

/**
 * The table {@code --verbose} ends a run with: where the time went, from the moment the JVM
 * started, so that the share of Java's own start-up, of each stage and of the JIT compiler and the
 * garbage collector (on threads of their own) can be read off one run.
 */
final class TimeReport {

  private TimeReport() {}

  /**
   * The lines of the table, for the stages that ran inside no other, with {@code parsed} the moment
   * the command line had been read.
   */
  static List<String> lines(long parsed, List<StageTimes.Stage> stages) {
    RuntimeMXBean runtime = ManagementFactory.getRuntimeMXBean();
    Invocation run = Invocation.current();
    long ownCode = (System.nanoTime() - run.started()) / 1_000_000;
    long sinceStart = run.inDaemon() ? ownCode : runtime.getUptime();
    long startUp = Math.max(0, sinceStart - ownCode);
    List<String[]> rows = new ArrayList<>();
    long reading = (parsed - run.started()) / 1_000_000;
    if (!run.inDaemon()) {
      rows.add(new String[] {"Java's own start-up", ms(startUp)});
    }
    rows.add(new String[] {"reading the command line", ms(reading)});
    long inStages = reading;
    for (StageTimes.Stage stage : stages) {
      rows.add(new String[] {stage.name(), ms(stage.millis())});
      inStages += stage.millis();
    }
    rows.add(
        new String[] {
          "the rest: output, and waiting for threads", ms(Math.max(0, ownCode - inStages))
        });
    int width = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0);
    int numbers = rows.stream().mapToInt(r -> r[1].length()).max().orElse(0);
    List<String> lines = new ArrayList<>();
    lines.add(
        "where the time went: "
            + ms(sinceStart)
            + (run.inDaemon()
                ? " since the daemon took the command (in a JVM running for "
                    + ms(runtime.getUptime())
                    + ", Java "
                : " since the JVM started (Java ")
            + runtime.getSpecVersion()
            + ", "
            + classData(runtime.getInputArguments())
            + ")");
    for (String[] row : rows) {
      lines.add(
          "  "
              + row[0]
              + " ".repeat(width - row[0].length() + 2)
              + " ".repeat(numbers - row[1].length())
              + row[1]);
    }
    lines.add(
        (run.inDaemon()
                ? "  in the daemon since it started, on threads of their own: "
                : "  meanwhile, on threads of their own: ")
            + background());
    return lines;
  }

  private static String background() {
    long gcTime = 0;
    long gcCount = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      gcTime += Math.max(0, gc.getCollectionTime());
      gcCount += Math.max(0, gc.getCollectionCount());
    }
    var compiler = ManagementFactory.getCompilationMXBean();
    String jit =
        compiler != null && compiler.isCompilationTimeMonitoringSupported()
            ? "the JIT compiler " + ms(compiler.getTotalCompilationTime()) + ", "
            : "";
    return jit
        + "garbage collection "
        + ms(gcTime)
        + " in "
        + gcCount
        + (gcCount == 1 ? " collection" : " collections")
        + "; "
        + String.format(
            Locale.UK, "%,d", ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount())
        + " classes loaded";
  }

  /** Which archive of loaded classes the launcher gave the JVM, as its options say. */
  static String classData(List<String> options) {
    for (String option : options) {
      if (option.startsWith("-XX:AOTCache=")) {
        return "an ahead-of-time cache";
      }
    }
    for (String option : options) {
      if (option.startsWith("-XX:SharedArchiveFile=")) {
        return "a class-data sharing archive of pmo's classes";
      }
      if (option.equals("-Xshare:off")) {
        return "no class-data sharing";
      }
    }
    return "the JDK's default class-data sharing at most";
  }

  private static String ms(long millis) {
    return String.format(Locale.UK, "%,d ms", millis);
  }
}
