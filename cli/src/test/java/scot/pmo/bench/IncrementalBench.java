package scot.pmo.bench;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import scot.pmo.load.LoadLimits;
import scot.pmo.render.site.IncrementalSite;
import scot.pmo.workflow.PreviewWorkflow;
import scot.pmo.workflow.WorkflowContext;

/**
 * Benchmark of the preview server on a synthetic programme (benchmark code, not a test): builds the
 * site once, then changes one case study at a time and times what {@code pmo serve} does after a
 * save ({@link PreviewWorkflow#rebuild}), from reading and checking the file to the changed files
 * on disk.
 *
 * <p>Run: {@code java -cp cli/target/pmo.jar:cli/target/test-classes
 * scot.pmo.bench.IncrementalBench REPO OUT [UPDATES]}. Prints one line per kind of edit: {@code
 * edit median_ms min_ms max_ms files_written}. OUT is not used: the preview builds in a temporary
 * folder of its own.
 */
public final class IncrementalBench {

  private IncrementalBench() {}

  public static void main(String[] args) throws Exception {
    Path repo = Path.of(args[0]).toAbsolutePath().normalize();
    int updates = args.length > 2 ? Integer.parseInt(args[2]) : 9;
    long start = System.nanoTime();
    WorkflowContext context =
        new WorkflowContext(
            repo,
            LoadLimits.DEFAULT,
            Boolean.getBoolean("verbose") ? System.err::println : message -> {});
    try (PreviewWorkflow preview =
        new PreviewWorkflow(context, 0, new PrintWriter(OutputStream.nullOutputStream()))) {
      if (preview.status().version() != 1) {
        throw new IllegalStateException(
            "the synthetic content has errors: " + preview.status().problems());
      }
      System.out.printf("initial-build %d ms%n", (System.nanoTime() - start) / 1_000_000);
      Path studies = repo.resolve("content/case-studies");
      // The text of a case study (the common edit), then its title (which reaches more pages).
      report(
          "body",
          preview,
          studies,
          updates,
          text ->
              text
                  + "\nA sentence added by the "
                  + "benchmark, revision r"
                  + Long.toString(System.nanoTime(), 36)
                  + ".\n");
      report(
          "title",
          preview,
          studies,
          updates,
          text -> text.replaceFirst("(?m)^title: \"", "title: \"Renamed "));
    }
  }

  private static void report(
      String edit,
      PreviewWorkflow preview,
      Path studies,
      int updates,
      java.util.function.UnaryOperator<String> change)
      throws Exception {
    List<Path> files;
    try (var list = Files.list(studies)) {
      files = list.sorted().toList();
    }
    List<Long> micros = new ArrayList<>();
    long written = 0;
    for (int i = 1; i <= updates; i++) {
      Path file = files.get((i * 37) % files.size());
      Files.writeString(file, change.apply(Files.readString(file)));
      long start = System.nanoTime();
      IncrementalSite.Update update =
          preview
              .rebuild(Set.of(file.toAbsolutePath()))
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "the preview did not update page by page: "
                              + preview.status().problems()));
      micros.add((System.nanoTime() - start) / 1_000);
      written += update.written().size();
    }
    List<Long> sorted = micros.stream().sorted().toList();
    System.out.printf(
        "%s %.1f %.1f %.1f %d%n",
        edit,
        sorted.get(sorted.size() / 2) / 1000.0,
        sorted.get(0) / 1000.0,
        sorted.get(sorted.size() - 1) / 1000.0,
        written / updates);
  }
}
