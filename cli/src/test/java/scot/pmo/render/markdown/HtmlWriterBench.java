package scot.pmo.render.markdown;

import com.vladsch.flexmark.util.ast.Document;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import scot.pmo.bench.SyntheticProgramme;

/**
 * Times flexmark's renderer against {@link CoreHtmlWriter} on the case-study bodies of a synthetic
 * programme. Not a test: run it with the tool's JVM flags, for example
 *
 * <pre>
 * java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
 *     -cp cli/target/classes:cli/target/test-classes:DEPENDENCIES \
 *     scot.pmo.render.markdown.HtmlWriterBench 10000 5
 * </pre>
 */
public final class HtmlWriterBench {

  private HtmlWriterBench() {}

  public static void main(String[] args) throws IOException {
    int entities = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    Path repo = Files.createTempDirectory("html-writer-bench");
    SyntheticProgramme.generate(entities, 42, repo);
    List<String> bodies = new ArrayList<>();
    try (Stream<Path> files = Files.list(repo.resolve("content/case-studies"))) {
      for (Path file : files.sorted().toList()) {
        String text = Files.readString(file);
        int end = text.indexOf("\n---\n", 4);
        bodies.add(end < 0 ? text : text.substring(end + 5));
      }
    }
    // As on the site: links to content files go to their pages, so each body is parsed once.
    LinkTargets site =
        (url, from) ->
            Optional.of(
                SafeLinks.isSafe(url)
                    ? url
                    : url.replace("../", "../pages/").replaceAll("\\.(md|yaml)$", ".html"));
    MarkdownRenderer fast = new MarkdownRenderer();
    MarkdownRenderer flexmark = MarkdownRenderer.withFlexmarkHtml();
    List<Document> documents = bodies.stream().map(fast::parse).toList();
    long chars = bodies.stream().mapToLong(String::length).sum();
    System.out.printf("%d case-study bodies, %,d characters%n", bodies.size(), chars);

    for (int round = 1; round <= rounds; round++) {
      long flexmarkNanos = time(documents, flexmark::html);
      long fastNanos = time(documents, fast::html);
      long flexmarkPath =
          time(bodies, md -> flexmark.toHtml(md, "content/case-studies/x.md", site));
      long fastPath = time(bodies, md -> fast.toHtml(md, "content/case-studies/x.md", site));
      System.out.printf(
          "round %d: render %.0f ms flexmark, %.0f ms writer (%.1fx);"
              + " parse and render %.0f ms flexmark, %.0f ms writer (%.2fx)%n",
          round,
          flexmarkNanos / 1e6,
          fastNanos / 1e6,
          (double) flexmarkNanos / fastNanos,
          flexmarkPath / 1e6,
          fastPath / 1e6,
          (double) flexmarkPath / fastPath);
    }
    try (Stream<Path> walk = Files.walk(repo)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private static <T> long time(List<T> inputs, Function<T, String> html) {
    long start = System.nanoTime();
    long sink = 0;
    for (T input : inputs) {
      sink += html.apply(input).length();
    }
    long nanos = System.nanoTime() - start;
    if (sink == 42) {
      System.out.println();
    }
    return nanos;
  }
}
