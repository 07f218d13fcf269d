package scot.pmo.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import scot.pmo.Fixtures;
import scot.pmo.cli.CliRun;
import scot.pmo.publish.AtomicFolderPublisher;
import scot.pmo.testing.TestRepos;

/**
 * The catalogue of hostile inputs in {@code src/test/resources/hostile/}: each case is planted in a
 * small made-up programme (the {@code valid} fixture and the repository's templates), and the real
 * commands run on it in-process: {@code validate}, {@code build}, {@code brief --all --format all}
 * and {@code export}. Every case must end in its expected diagnostic or in inert output, within
 * seconds, with {@code content/} and {@code templates/} byte-identical afterwards and the previous
 * site and papers intact whenever a command fails.
 *
 * <p>A case folder holds {@code expected.txt}, one line: what must happen, a bar, and the same in
 * words; and the files it plants, under {@code content/}. Cases whose input is binary, huge, a link
 * or a file name some systems cannot check out are planted by {@link HostileSetups} instead. The
 * expectation is {@code inert} (every command succeeds and no output can run anything), {@code
 * error=CODE} (validation fails with that diagnostic and nothing is written), or {@code
 * refused=EXIT} (a command is refused with that exit code and nothing is lost); a trailing {@code
 * small-heap} also runs validation in a JVM of {@value #SMALL_HEAP}.
 */
class HostileCatalogueTest {

  static final Path CATALOGUE = Fixtures.RESOURCES.resolve("hostile");

  static final String SMALL_HEAP = "-Xmx96m";

  /** The most a case may take, all its commands together, on a slow machine. */
  private static final Duration TIME_LIMIT = Duration.ofSeconds(20);

  @TempDir Path tmp;

  /** What a case expects, read from its {@code expected.txt}. */
  record Expected(String outcome, String code, boolean smallHeap, String description) {

    static Expected of(Path caseFolder) {
      try {
        String line =
            Files.readString(caseFolder.resolve("expected.txt"), StandardCharsets.UTF_8).strip();
        int bar = line.indexOf('|');
        if (bar < 0 || line.contains("\n")) {
          throw new IllegalArgumentException(
              caseFolder + "/expected.txt must be one line:" + " OUTCOME | what happens");
        }
        String[] words = line.substring(0, bar).strip().split("\\s+");
        String[] outcome = words[0].split("=", 2);
        boolean small = List.of(words).contains("small-heap");
        return new Expected(
            outcome[0],
            outcome.length > 1 ? outcome[1] : "",
            small,
            line.substring(bar + 1).strip());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** The expectation as the table in SECURITY.md states it. */
    String stated() {
      return switch (outcome) {
        case "inert" -> "inert output";
        case "error" -> "error `" + code + "`";
        case "refused" -> "refused, exit " + code;
        case "intact" -> "previous output intact";
        default -> throw new IllegalArgumentException("unknown outcome " + outcome);
      };
    }
  }

  /** Every case, by folder name. */
  static List<String> cases() {
    try (Stream<Path> dirs = Files.list(CATALOGUE)) {
      return dirs.filter(d -> Files.isRegularFile(d.resolve("expected.txt")))
          .map(d -> d.getFileName().toString())
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every case with its expectation, in name order. */
  static Map<String, Expected> catalogue() {
    Map<String, Expected> all = new TreeMap<>();
    cases().forEach(c -> all.put(c, Expected.of(CATALOGUE.resolve(c))));
    return all;
  }

  @Test
  void theCatalogueHoldsAtLeastFortyCases() {
    assertThat(cases()).hasSizeGreaterThanOrEqualTo(40);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void endsInADiagnosticOrInertOutput(String name) throws Exception {
    Expected expected = Expected.of(CATALOGUE.resolve(name));
    Path repo = Fixtures.withTemplates(Fixtures.repo(tmp.resolve("repo")));
    plant(CATALOGUE.resolve(name), repo);
    HostileSetups.Setup setup = HostileSetups.of(name);
    List<String> extra = setup == null ? List.of() : setup.plant(repo, tmp);

    Path site = tmp.resolve("out/site");
    Path papers = tmp.resolve("out/papers");
    previousOutput(site, papers);
    String content = TestRepos.hash(repo.resolve("content"));
    String templates = TestRepos.hash(repo.resolve("templates"));
    String previousSite = TestRepos.hash(site);
    String previousPapers = TestRepos.hash(papers);

    if (setup instanceof HostileSetups.Scenario scenario) {
      assertTimeoutPreemptively(
          scenario.timeLimit(),
          () -> scenario.run(new HostileSetups.Context(repo, tmp, site, papers, expected)));
    } else {
      assertTimeoutPreemptively(
          TIME_LIMIT,
          () -> commands(expected, repo, site, papers, extra, previousSite, previousPapers));
    }
    if (expected.smallHeap()) {
      smallHeap(expected, repo, extra);
    }
    assertThat(TestRepos.hash(repo.resolve("content"))).as("content/ unchanged").isEqualTo(content);
    assertThat(TestRepos.hash(repo.resolve("templates")))
        .as("templates/ unchanged")
        .isEqualTo(templates);
  }

  private static void commands(
      Expected expected,
      Path repo,
      Path site,
      Path papers,
      List<String> extra,
      String previousSite,
      String previousPapers)
      throws IOException {
    CliRun validate = run(repo, extra, "validate");
    CliRun build = run(repo, extra, "build", "--out", site.toString());
    CliRun brief =
        run(repo, extra, "brief", "--all", "--format", "all", "--out", papers.toString());
    Path csv = site.resolveSibling("export.csv");
    CliRun export = run(repo, extra, "export", "--out", csv.toString());
    switch (expected.outcome()) {
      case "inert" -> {
        assertThat(validate.exitCode()).as(validate.out() + validate.err()).isZero();
        assertThat(build.exitCode()).as(build.out() + build.err()).isZero();
        assertThat(brief.exitCode()).as(brief.out() + brief.err()).isZero();
        assertThat(export.exitCode()).as(export.out() + export.err()).isZero();
        assertThat(InertOutput.scan(site, papers)).isEmpty();
        assertThat(Spreadsheet.formulas(csv)).isEmpty();
      }
      case "error" -> {
        for (CliRun run : List.of(validate, build, brief, export)) {
          assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(1);
        }
        assertThat(validate.out()).contains("error[" + expected.code() + "]");
        assertThat(build.err()).contains("error[" + expected.code() + "]");
        assertThat(TestRepos.hash(site)).as("the previous site").isEqualTo(previousSite);
        assertThat(TestRepos.hash(papers)).as("the previous papers").isEqualTo(previousPapers);
        assertThat(csv).doesNotExist();
      }
      default ->
          throw new IllegalArgumentException("the case needs a scenario: " + expected.outcome());
    }
  }

  /** Runs {@code pmo --repo REPO COMMAND EXTRA ARGS}, the limits in EXTRA after the command. */
  static CliRun run(Path repo, List<String> extra, String command, String... args) {
    List<String> all = new ArrayList<>(List.of("--repo", repo.toString(), command));
    all.addAll(extra);
    all.addAll(List.of(args));
    return CliRun.run(all.toArray(String[]::new));
  }

  /** Validation in a JVM with a small heap: the case must end in its diagnostic, not in OOM. */
  private static void smallHeap(Expected expected, Path repo, List<String> extra)
      throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                SMALL_HEAP,
                "-cp",
                System.getProperty("java.class.path"),
                "scot.pmo.Main",
                "--repo",
                repo.toString(),
                "validate"));
    command.addAll(extra);
    Path log = repo.resolveSibling("small-heap.log");
    Process p =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("validation ends in a small heap").isTrue();
    String output = Files.readString(log);
    assertThat(output).doesNotContain("OutOfMemoryError").doesNotContain("StackOverflowError");
    if (expected.outcome().equals("error")) {
      assertThat(p.exitValue()).as(output).isEqualTo(1);
      assertThat(output).contains("error[" + expected.code() + "]");
    } else {
      assertThat(p.exitValue()).as(output).isZero();
    }
  }

  /** A site and papers as a build before this one left them. */
  private static void previousOutput(Path site, Path papers) throws IOException {
    Files.createDirectories(site);
    Files.writeString(site.resolve(AtomicFolderPublisher.MARKER), "previous\n");
    Files.writeString(site.resolve("index.html"), "<p>The previous site.</p>\n");
    Files.createDirectories(papers);
    Files.writeString(papers.resolve("alpha-project.html"), "<p>The previous paper.</p>\n");
  }

  /** Copies the case's files, all but {@code expected.txt}, over the repository. */
  private static void plant(Path caseFolder, Path repo) throws IOException {
    try (Stream<Path> files = Files.walk(caseFolder)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        Path relative = caseFolder.relativize(file);
        if (relative.toString().equals("expected.txt")) {
          continue;
        }
        Path target = repo.resolve(relative.toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  /** Writes a file of {@code bytes} zero bytes without holding them in memory. */
  static void sparse(Path file, long bytes) throws IOException {
    Files.createDirectories(file.getParent());
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(bytes);
    }
  }
}
