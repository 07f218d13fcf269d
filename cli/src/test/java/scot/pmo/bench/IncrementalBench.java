package scot.pmo.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import scot.pmo.Pipeline;
import scot.pmo.load.LoadLimits;
import scot.pmo.render.site.IncrementalSite;
import scot.pmo.render.site.SiteOptions;
import scot.pmo.validate.IncrementalValidation;

/**
 * Benchmark of the preview server on a synthetic programme (benchmark code, not a test): builds
 * the site once, then changes one case study at a time and times what {@code pmo serve} does
 * after a save, from validating the content again to the changed files on disk.
 *
 * <p>Run: {@code java -cp cli/target/pmo.jar:cli/target/test-classes
 * scot.pmo.bench.IncrementalBench REPO OUT [UPDATES]}. Prints one line per kind of edit:
 * {@code edit median_ms min_ms max_ms files_written}.
 */
public final class IncrementalBench {

  private IncrementalBench() {}

  public static void main(String[] args) throws Exception {
    Path repo = Path.of(args[0]);
    Path out = Path.of(args[1]);
    int updates = args.length > 2 ? Integer.parseInt(args[2]) : 9;
    long start = System.nanoTime();
    Pipeline pipeline = new Pipeline(repo, LoadLimits.DEFAULT,
        Boolean.getBoolean("verbose") ? System.err::println : message -> { });
    Preview preview = new Preview(repo, pipeline, pipeline.validateIncrementally());
    if (preview.validation.validation().diagnostics().hasErrors()) {
      throw new IllegalStateException("the synthetic content has errors");
    }
    preview.site = pipeline.incrementalSite(preview.validation.validation(), out,
        SiteOptions.defaults());
    System.out.printf("initial-build %d ms%n", (System.nanoTime() - start) / 1_000_000);
    Path studies = repo.resolve("content/case-studies");
    // The text of a case study (the common edit), then its title (which reaches more pages).
    report("body", preview, studies, updates, text -> text + "\nA sentence added by the "
        + "benchmark, revision r" + Long.toString(System.nanoTime(), 36) + ".\n");
    report("title", preview, studies, updates, text -> text.replaceFirst("(?m)^title: \"",
        "title: \"Renamed "));
  }

  /**
   * What pmo serve does after a file is saved (see PreviewSession): the content validated again
   * as far as the edit reaches, then the site's pages brought up to date.
   */
  private static final class Preview {
    private final Path repo;
    private final Pipeline pipeline;
    private IncrementalValidation validation;
    private IncrementalSite site;

    Preview(Path repo, Pipeline pipeline, IncrementalValidation validation) {
      this.repo = repo;
      this.pipeline = pipeline;
      this.validation = validation;
    }

    IncrementalSite.Update saved(Path file) throws Exception {
      String path = repo.relativize(file).toString().replace('\\', '/');
      validation = validation.afterEditOf(path).orElseGet(pipeline::validateIncrementally);
      if (validation.validation().diagnostics().hasErrors()) {
        throw new IllegalStateException(validation.validation().diagnostics().sorted()
            .toString());
      }
      return site.update(file);
    }
  }

  private static void report(String edit, Preview preview, Path studies, int updates,
      java.util.function.UnaryOperator<String> change) throws Exception {
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
      IncrementalSite.Update update = preview.saved(file);
      micros.add((System.nanoTime() - start) / 1_000);
      if (!update.problems().isEmpty()) {
        throw new IllegalStateException(update.problems().toString());
      }
      written += update.written().size();
    }
    List<Long> sorted = micros.stream().sorted().toList();
    System.out.printf("%s %.1f %.1f %.1f %d%n", edit, sorted.get(sorted.size() / 2) / 1000.0,
        sorted.get(0) / 1000.0, sorted.get(sorted.size() - 1) / 1000.0, written / updates);
  }
}
