package scot.pmo.render.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import scot.pmo.load.LoadLimits;
import scot.pmo.workflow.BuildWorkflow;
import scot.pmo.workflow.Snapshot;
import scot.pmo.workflow.WorkflowContext;

/**
 * The website of the repository's sample content, built once per test run under {@code
 * target/sample-site/} and shared by the tests that read it.
 */
public final class SampleSite {

  /** The repository whose content/ and templates/ the tests build from. */
  public static final Path REPO = Path.of("..").toAbsolutePath().normalize();

  private static Path built;

  private SampleSite() {}

  /** The built site's folder. */
  public static synchronized Path folder() {
    if (built == null) {
      built = build(Path.of("target/sample-site").toAbsolutePath(), SiteOptions.defaults());
    }
    return built;
  }

  /** Builds the sample content's site into {@code out} with {@code options}. */
  public static Path build(Path out, SiteOptions options) {
    return build(REPO, out, options);
  }

  /** Builds the site of {@code repo} into {@code out}. */
  public static Path build(Path repo, Path out, SiteOptions options) {
    WorkflowContext context = new WorkflowContext(repo, LoadLimits.DEFAULT);
    Snapshot snapshot = Snapshot.load(context);
    if (snapshot.hasErrors()) {
      throw new IllegalStateException(
          "the content has errors: " + snapshot.validation().diagnostics().sorted());
    }
    new BuildWorkflow(context).build(snapshot, out, options);
    return out;
  }

  /** Every file of a folder, as sorted paths relative to it with forward slashes. */
  public static List<String> files(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every HTML page of the site. */
  public static List<String> pages(Path root) {
    return files(root).stream()
        .filter(f -> f.endsWith(".html"))
        .filter(f -> !f.startsWith("papers/"))
        .toList();
  }
}
