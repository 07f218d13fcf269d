package scot.pmo.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import scot.pmo.bench.SyntheticProgramme;
import scot.pmo.cli.CliRun;
import scot.pmo.testing.TestRepos;

/**
 * The hostile cases planted at run time: binary or huge files, links, names that some systems
 * cannot check out, and the interruptions (a killed build, a read-only or full disk, a lock).
 */
final class HostileSetups {

  private HostileSetups() {}

  /** Plants a case in a repository; returns options for every command (raised limits). */
  @FunctionalInterface
  interface Setup {
    List<String> plant(Path repo, Path tmp) throws Exception;
  }

  /** Where a scenario runs: the repository, scratch space and the previous output. */
  record Context(
      Path repo, Path tmp, Path site, Path papers, HostileCatalogueTest.Expected expected) {}

  /** A case that runs its own commands instead of the usual four. */
  interface Scenario extends Setup {
    void run(Context c) throws Exception;

    default Duration timeLimit() {
      return Duration.ofSeconds(20);
    }

    @Override
    default List<String> plant(Path repo, Path tmp) {
      return List.of();
    }
  }

  private static final String TEXT =
      "---\ntitle: \"Synthetic shared text\"\n---\nSynthetic test" + " data.\n";

  private static final Map<String, Setup> SETUPS =
      Map.ofEntries(
          Map.entry(
              "yaml-fifty-megabytes",
              (repo, tmp) -> {
                HostileCatalogueTest.sparse(
                    repo.resolve("content/references/fifty-megabytes.yaml"), 50L * 1024 * 1024);
                return List.of();
              }),
          Map.entry(
              "yaml-many-values",
              (repo, tmp) -> {
                StringBuilder yaml =
                    new StringBuilder("title: \"Many values\"\ntype: report\nx:\n");
                for (int i = 0; i < 25_000; i++) {
                  yaml.append("  - a\n");
                }
                write(repo, "content/references/many-values.yaml", yaml.toString());
                return List.of();
              }),
          Map.entry(
              "yaml-huge-scalar",
              (repo, tmp) -> {
                write(
                    repo,
                    "content/organisations/huge-council.yaml",
                    "name: \"Huge Council\"\n"
                        + "type: council\nsummary: \""
                        + "x".repeat(900_000)
                        + "\"\n");
                return List.of();
              }),
          Map.entry(
              "too-many-files",
              (repo, tmp) -> {
                for (int i = 0; i < 2_100; i++) {
                  write(repo, "content/texts/synthetic-text-" + i + ".md", TEXT);
                }
                return List.of("--max-files", "2000");
              }),
          Map.entry(
              "content-too-large",
              (repo, tmp) -> {
                write(repo, "content/texts/synthetic-long-text.md", TEXT + "word ".repeat(20_000));
                return List.of("--max-total-size", "50000");
              }),
          Map.entry(
              "invalid-utf8",
              (repo, tmp) -> {
                bytes(
                    repo,
                    "content/texts/latin-1-text.md",
                    "---\ntitle: \"Caf\u00e9\"\n---\n".getBytes(StandardCharsets.ISO_8859_1));
                return List.of();
              }),
          Map.entry(
              "nul-byte",
              (repo, tmp) -> {
                write(
                    repo,
                    "content/texts/nul-text.md",
                    "---\ntitle: \"Nul\u0000byte\"\n---\nText.\n");
                return List.of();
              }),
          Map.entry(
              "byte-order-mark",
              (repo, tmp) -> {
                write(repo, "content/texts/bom-text.md", "\uFEFF" + TEXT);
                return List.of();
              }),
          Map.entry(
              "crlf-line-ends",
              (repo, tmp) -> {
                String project = Files.readString(repo.resolve("content/projects/beta-project.md"));
                write(repo, "content/projects/beta-project.md", project.replace("\n", "\r\n"));
                return List.of();
              }),
          Map.entry(
              "yaml-long-plain-key",
              (repo, tmp) -> {
                write(
                    repo,
                    "content/organisations/long-key-council.yaml",
                    "name: \"Long Key Council\"\n"
                        + "type: council\n"
                        + "k".repeat(900_000)
                        + ": v\n");
                return List.of();
              }),
          Map.entry(
              "utf16-without-byte-order-mark",
              (repo, tmp) -> {
                bytes(repo, "content/texts/wide-text.md", TEXT.getBytes(StandardCharsets.UTF_16LE));
                return List.of();
              }),
          Map.entry(
              "zero-width-no-break-space-in-title",
              (repo, tmp) -> {
                write(
                    repo,
                    "content/texts/look-alike.md",
                    TEXT.replace("Synthetic shared", "Synthetic\uFEFF shared"));
                return List.of();
              }),
          Map.entry(
              "file-names-not-content",
              (repo, tmp) -> {
                // Names a checkout on Windows cannot hold, and a name without an extension: each
                // was
                // once passed over in silence.
                for (String name :
                    List.of("trailing-dot.md.", "trailing-blank.md ", "no-extension")) {
                  write(repo, "content/texts/" + name, TEXT);
                }
                return List.of();
              }),
          Map.entry(
              "hidden-files-in-content",
              (Scenario)
                  c -> {
                    CliRun before = HostileCatalogueTest.run(c.repo(), List.of(), "validate");
                    write(c.repo(), "content/texts/.hidden-text.md", TEXT);
                    write(c.repo(), "content/.drafts/draft-text.md", TEXT);
                    CliRun run = HostileCatalogueTest.run(c.repo(), List.of(), "validate");
                    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
                    assertThat(run.out())
                        .contains("content/texts/.hidden-text.md: warning[hidden-file]")
                        .contains("content/.drafts: warning[hidden-file]");
                    assertThat(filesIn(run.out())).isEqualTo(filesIn(before.out()) + 2);
                    Files.delete(c.repo().resolve("content/texts/.hidden-text.md"));
                    deleteTree(c.repo().resolve("content/.drafts"));
                  }),
          Map.entry(
              "hard-link-to-a-file-outside",
              (Scenario)
                  c -> {
                    // ln /etc/passwd content/texts/x.md, with a file of the same shape on this file
                    // system.
                    String secret = "root:x:0:0:secret-outside-the-repository:/root:/bin/sh\n";
                    write(c.tmp(), "outside/passwd", secret);
                    Path link = c.repo().resolve("content/texts/passwd.md");
                    Files.createDirectories(link.getParent());
                    Files.createLink(link, c.tmp().resolve("outside/passwd"));
                    for (String format : List.of("text", "json", "sarif", "github", "junit")) {
                      CliRun run =
                          HostileCatalogueTest.run(
                              c.repo(), List.of(), "validate", "--format", format);
                      assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(1);
                      assertThat(run.out()).contains("hard-link").doesNotContain("secret-outside");
                      assertThat(run.err()).doesNotContain("secret-outside");
                    }
                    CliRun build =
                        HostileCatalogueTest.run(
                            c.repo(), List.of(), "build", "--out", c.site().toString());
                    assertThat(build.exitCode()).isEqualTo(1);
                    assertThat(build.err())
                        .contains("error[hard-link]")
                        .doesNotContain("secret-outside");
                    assertThat(Files.readString(c.site().resolve("index.html")))
                        .contains("The previous site.");
                    Files.delete(link);
                  }),
          Map.entry(
              "symlink-to-etc-passwd",
              (repo, tmp) -> {
                link(repo.resolve("content/references/passwd.yaml"), Path.of("/etc/passwd"));
                return List.of();
              }),
          Map.entry(
              "symlinked-folder-outside-repository",
              (repo, tmp) -> {
                Path outside = tmp.resolve("outside/studies");
                write(
                    outside.getParent(),
                    "studies/outside-study.md",
                    "---\ntitle: \"Outside\"\nsummary: \"Synthetic test data.\"\n---\nOutside.\n");
                link(repo.resolve("content/case-studies/more"), outside);
                return List.of();
              }),
          Map.entry(
              "content-folder-is-a-symlink",
              (repo, tmp) -> {
                Path elsewhere = tmp.resolve("elsewhere");
                Files.move(repo.resolve("content"), elsewhere);
                link(repo.resolve("content"), elsewhere);
                return List.of();
              }),
          Map.entry(
              "names-differing-only-in-case",
              (repo, tmp) -> {
                write(repo, "content/texts/shared-text.md", TEXT);
                write(repo, "content/texts/Shared-Text.md", TEXT);
                return List.of();
              }),
          Map.entry(
              "extension-differing-only-in-case",
              (repo, tmp) -> {
                write(repo, "content/texts/shared-text.MD", TEXT);
                write(repo, "content/texts/shared-text.md", TEXT);
                return List.of();
              }),
          Map.entry(
              "windows-reserved-names",
              (repo, tmp) -> {
                write(repo, "content/texts/con.md", TEXT);
                write(
                    repo,
                    "content/organisations/aux.yaml",
                    "name: \"Aux Council\"\ntype: council\nsummary: \"Synthetic test data.\"\n");
                return List.of();
              }),
          Map.entry(
              "very-long-file-name",
              (repo, tmp) -> {
                write(repo, "content/texts/" + "a".repeat(240) + ".md", TEXT);
                return List.of();
              }),
          Map.entry(
              "homoglyph-id",
              (repo, tmp) -> {
                // Cyrillic a (U+0430) in place of the Latin one: 'аlpha-project' looks like the
                // project.
                write(repo, "content/texts/\u0430lpha-project.md", TEXT);
                return List.of();
              }),
          Map.entry(
              "normalisation-clash",
              (repo, tmp) -> {
                // The same name composed (U+00E9) and decomposed (e + U+0301).
                write(repo, "content/texts/caf\u00e9.md", TEXT);
                write(repo, "content/texts/cafe\u0301.md", TEXT);
                return List.of();
              }),
          Map.entry(
              "fifo-in-content",
              (repo, tmp) -> {
                Path fifo = repo.resolve("content/texts/pipe.md");
                Assumptions.assumeTrue(
                    command("mkfifo", fifo.toString()), "mkfifo is needed to make a named pipe");
                return List.of();
              }),
          Map.entry(
              "git-history-with-markup",
              (repo, tmp) -> {
                // Commit messages and authors come from pull requests too, and reach the change
                // log,
                // the feed and every page's 'last updated by'.
                scot.pmo.GitScratch git = scot.pmo.GitScratch.init(repo);
                git.commit(
                    "\"></title><script>alert(1)</script>\n\n]]></summary><entry>x</entry>",
                    "<img src=x onerror=alert(2)> & Co",
                    "2024-03-01T10:00:00+00:00");
                git.edit(
                    "content/projects/beta-project.md",
                    "Synthetic test data.",
                    "Synthetic test data, changed.");
                git.commit(
                    "</script><script>alert(3)</script> \u2028 javascript:alert(4)",
                    "Sam \"Quote\" O'Brien",
                    "2024-03-02T10:00:00+00:00");
                return List.of();
              }),
          Map.entry(
              "stale-lock-file",
              (repo, tmp) -> {
                // What a build killed with kill -9 leaves behind: the file, but no process holding
                // it.
                write(
                    tmp,
                    "out/.site.pmo-lock",
                    "process 999999, since 2020-01-01T00:00:00Z; nonce 00\n");
                return List.of();
              }),
          Map.entry(
              "kill-9-mid-render",
              new Scenario() {
                @Override
                public void run(Context c) throws Exception {
                  killedBuild(c);
                }

                @Override
                public Duration timeLimit() {
                  return Duration.ofSeconds(90); // a programme of 800 entities, built three times
                }
              }),
          Map.entry("read-only-output", (Scenario) HostileSetups::readOnlyOutput),
          Map.entry("disk-full", (Scenario) HostileSetups::diskFull),
          Map.entry("concurrent-build", (Scenario) HostileSetups::concurrentBuild),
          Map.entry(
              "concurrent-build-processes",
              new Scenario() {
                @Override
                public void run(Context c) throws Exception {
                  concurrentProcesses(c);
                }

                @Override
                public Duration timeLimit() {
                  return Duration.ofSeconds(90); // four JVMs started one after another
                }
              }),
          Map.entry(
              "output-through-symlink-into-content",
              (Scenario)
                  c -> {
                    link(c.repo().resolve("published"), c.repo().resolve("content"));
                    CliRun run =
                        HostileCatalogueTest.run(
                            c.repo(),
                            List.of(),
                            "build",
                            "--out",
                            c.repo().resolve("published/site").toString());
                    assertRefused(c, run, "content");
                  }),
          Map.entry(
              "output-is-the-repository",
              (Scenario)
                  c -> {
                    CliRun run =
                        HostileCatalogueTest.run(
                            c.repo(), List.of(), "build", "--out", c.repo().toString());
                    assertRefused(c, run, "overlaps");
                  }),
          Map.entry(
              "output-is-a-users-folder",
              (Scenario)
                  c -> {
                    Path documents = c.tmp().resolve("documents");
                    write(documents, "letter.txt", "Someone's own file.\n");
                    CliRun run =
                        HostileCatalogueTest.run(
                            c.repo(), List.of(), "build", "--out", documents.toString());
                    assertRefused(c, run, ".pmo-site");
                    assertThat(documents.resolve("letter.txt")).hasContent("Someone's own file.");
                  }),
          Map.entry(
              "export-into-content",
              (Scenario)
                  c -> {
                    CliRun run =
                        HostileCatalogueTest.run(
                            c.repo(),
                            List.of(),
                            "export",
                            "--out",
                            c.repo().resolve("content/projects/alpha-project.md").toString());
                    assertRefused(c, run, "content");
                  }),
          Map.entry(
              "brief-into-content",
              (Scenario)
                  c -> {
                    CliRun run =
                        HostileCatalogueTest.run(
                            c.repo(),
                            List.of(),
                            "brief",
                            "--all",
                            "--out",
                            c.repo().resolve("content/projects").toString());
                    assertRefused(c, run, "content");
                  }));

  /** The setup of the case {@code name}, or null when its files are all it needs. */
  static Setup of(String name) {
    return SETUPS.get(name);
  }

  /** Every case that is planted here: each must have a folder with its expectation. */
  static List<String> names() {
    return new ArrayList<>(SETUPS.keySet());
  }

  private static void assertRefused(Context c, CliRun run, String says) throws IOException {
    assertThat(run.exitCode())
        .as(run.out() + run.err())
        .isEqualTo(Integer.parseInt(c.expected().code()));
    assertThat(run.err()).contains(says);
    assertThat(Files.readString(c.site().resolve("index.html"))).contains("The previous site.");
  }

  /** A build killed with SIGKILL while it writes: the previous site stays, byte for byte. */
  private static void killedBuild(Context c) throws Exception {
    Path repo = c.tmp().resolve("large");
    TestRepos.copy(repo); // the sample's templates (and content, replaced below)
    deleteTree(repo.resolve("content"));
    Files.delete(repo.resolve("pmo.yaml")); // it names the sample's programme and organisations
    SyntheticProgramme.generate(800, 7, repo);
    Path site = c.tmp().resolve("large-out/site");
    CliRun first = HostileCatalogueTest.run(repo, List.of(), "build", "--out", site.toString());
    assertThat(first.exitCode()).as(first.err()).isZero();
    String before = TestRepos.hash(site);
    String content = TestRepos.hash(repo.resolve("content"));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process build =
        new ProcessBuilder(
                java.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "scot.pmo.Main",
                "--repo",
                repo.toString(),
                "build",
                "--out",
                site.toString())
            .redirectErrorStream(true)
            .redirectOutput(c.tmp().resolve("killed.log").toFile())
            .start();
    boolean killed = false;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
    while (build.isAlive() && System.nanoTime() < deadline) {
      try (Stream<Path> siblings = Files.list(site.getParent())) {
        if (siblings.anyMatch(
            p ->
                p.getFileName().toString().startsWith("site.tmp-")
                    && Files.isDirectory(p.resolve("papers")))) {
          build.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
          killed = true;
          break;
        }
      }
      Thread.sleep(1);
    }
    build.waitFor(30, TimeUnit.SECONDS);
    assertThat(killed).as("the build was killed while writing").isTrue();
    assertThat(TestRepos.hash(site)).as("the previous site").isEqualTo(before);
    assertThat(TestRepos.hash(repo.resolve("content"))).isEqualTo(content);
    CliRun next = HostileCatalogueTest.run(repo, List.of(), "build", "--out", site.toString());
    assertThat(next.exitCode()).as(next.err()).isZero();
    assertThat(siblings(site.getParent())).containsExactly("site");
  }

  /** The number of files a report says it read. */
  private static int filesIn(String report) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile(" in ([0-9]+) files?\\.").matcher(report);
    assertThat(m.find()).as(report).isTrue();
    return Integer.parseInt(m.group(1));
  }

  /** What is beside an output folder, but for the lock file that stays between builds. */
  private static List<String> siblings(Path parent) throws IOException {
    try (Stream<Path> siblings = Files.list(parent)) {
      return siblings
          .map(p -> p.getFileName().toString())
          .filter(n -> !n.equals(".site.pmo-lock"))
          .toList();
    }
  }

  /** A folder nobody may write to, root included; undone by {@link #writable}. */
  private static void readOnly(Path folder) throws Exception {
    if ("root".equals(System.getProperty("user.name"))) {
      command("chattr", "+i", folder.toString());
    } else {
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
    }
    Path probe = folder.resolve("probe");
    try {
      Files.createFile(probe);
      Files.delete(probe);
      writable(folder);
      Assumptions.abort("cannot make a folder read-only here (chattr is needed as root)");
    } catch (IOException expected) {
      // read-only, as wanted
    }
  }

  private static void writable(Path folder) throws Exception {
    if ("root".equals(System.getProperty("user.name"))) {
      command("chattr", "-i", folder.toString());
    } else {
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  /** Build and brief into read-only folders: exit 3, a clear message, nothing changed. */
  private static void readOnlyOutput(Context c) throws Exception {
    Path out = c.site().getParent();
    String site = TestRepos.hash(c.site());
    String papers = TestRepos.hash(c.papers());
    readOnly(out);
    readOnly(c.papers());
    try {
      CliRun build =
          HostileCatalogueTest.run(c.repo(), List.of(), "build", "--out", c.site().toString());
      assertThat(build.exitCode()).as(build.err()).isEqualTo(3);
      assertThat(build.err()).containsAnyOf("read-only", "not permitted", "permission denied");
      CliRun brief =
          HostileCatalogueTest.run(
              c.repo(), List.of(), "brief", "--all", "--out", c.papers().toString());
      assertThat(brief.exitCode()).as(brief.err()).isEqualTo(3);
      assertThat(brief.err()).containsAnyOf("read-only", "not permitted", "permission denied");
    } finally {
      writable(c.papers());
      writable(out);
    }
    assertThat(TestRepos.hash(c.site())).isEqualTo(site);
    assertThat(TestRepos.hash(c.papers())).isEqualTo(papers);
  }

  /** A build onto a disk that fills up half-way: exit 3, the previous site intact. */
  private static void diskFull(Context c) throws Exception {
    Path disk = c.tmp().resolve("small-disk");
    Files.createDirectories(disk);
    Assumptions.assumeTrue(
        command("mount", "-t", "tmpfs", "-o", "size=800k", "tmpfs", disk.toString()),
        "mounting a small file system needs root and mount");
    try {
      Path site = disk.resolve("site");
      CliRun first =
          HostileCatalogueTest.run(c.repo(), List.of(), "build", "--out", site.toString());
      assertThat(first.exitCode()).as(first.err()).isZero();
      String before = TestRepos.hash(site);
      CliRun full =
          HostileCatalogueTest.run(c.repo(), List.of(), "build", "--out", site.toString());
      assertThat(full.exitCode()).as(full.err()).isEqualTo(3);
      assertThat(full.err()).containsIgnoringCase("no space left");
      assertThat(TestRepos.hash(site)).isEqualTo(before);
      // Nothing half-written is in place, and the failed build's staging folder is gone: the
      // pages being rendered on the other cores are waited for before it is deleted.
      assertThat(siblings(disk)).containsExactly("site");
    } finally {
      command("umount", disk.toString());
    }
  }

  /** A second build while one holds the lock: refused with who holds it, nothing changed. */
  private static void concurrentBuild(Context c) throws Exception {
    Path lockFile = c.site().resolveSibling(".site.pmo-lock");
    try (FileChannel channel =
            FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = channel.lock()) {
      channel.write(
          java.nio.ByteBuffer.wrap(
              ("process "
                      + ProcessHandle.current().pid()
                      + ", since 2026-01-01T00:00:00Z; nonce 01\n")
                  .getBytes(StandardCharsets.UTF_8)));
      CliRun run =
          HostileCatalogueTest.run(c.repo(), List.of(), "build", "--out", c.site().toString());
      assertRefused(c, run, "another build is writing");
      assertThat(run.err()).contains("process " + ProcessHandle.current().pid());
      assertThat(lock.isValid()).isTrue();
    }
  }

  /**
   * Builds in processes of their own, as two people or two CI jobs start them: while one process
   * holds the lock, a real {@code pmo build} in another is refused at every try, naming it, and
   * leaves the previous site; once the holder ends, the next build runs.
   */
  private static void concurrentProcesses(Context c) throws Exception {
    Path holding = c.tmp().resolve("holding");
    Process holder =
        java(
            c,
            "holder.log",
            scot.pmo.publish.LockHolder.class.getName(),
            c.site().toString(),
            holding.toString());
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (!Files.exists(holding) && holder.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(holding).as(Files.readString(c.tmp().resolve("holder.log"))).exists();
      String pid = Files.readString(holding);
      for (int attempt = 0; attempt < 2; attempt++) {
        Process build =
            java(
                c,
                "build.log",
                "scot.pmo.Main",
                "--repo",
                c.repo().toString(),
                "build",
                "--out",
                c.site().toString());
        assertThat(build.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String log = Files.readString(c.tmp().resolve("build.log"));
        assertThat(build.exitValue()).as(log).isEqualTo(3);
        assertThat(log).contains("another build is writing").contains("process " + pid);
        assertThat(Files.readString(c.site().resolve("index.html"))).contains("The previous site.");
      }
      Files.delete(holding);
      assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(holder.exitValue()).isZero();
    } finally {
      holder.destroyForcibly();
    }
    Process next =
        java(
            c,
            "next.log",
            "scot.pmo.Main",
            "--repo",
            c.repo().toString(),
            "build",
            "--out",
            c.site().toString());
    assertThat(next.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(next.exitValue()).as(Files.readString(c.tmp().resolve("next.log"))).isZero();
    assertThat(siblings(c.site().getParent())).containsExactlyInAnyOrder("site", "papers");
  }

  /** Starts {@code main} with the test's class path, its output going to {@code log}. */
  private static Process java(Context c, String log, String main, String... args)
      throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                main));
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(c.tmp().resolve(log).toFile())
        .start();
  }

  /** Runs a system command; whether it ran and succeeded (false when it is not installed). */
  private static boolean command(String... command) throws InterruptedException {
    try {
      Process p =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    }
  }

  private static void write(Path repo, String path, String text) throws IOException {
    bytes(repo, path, text.getBytes(StandardCharsets.UTF_8));
  }

  private static void bytes(Path repo, String path, byte[] bytes) throws IOException {
    Path file = repo.resolve(path);
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
  }

  private static void link(Path link, Path target) throws IOException {
    Files.createDirectories(link.getParent());
    Files.createSymbolicLink(link, target);
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
