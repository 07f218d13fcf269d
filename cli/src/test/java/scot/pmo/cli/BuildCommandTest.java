package scot.pmo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import scot.pmo.render.site.SampleSite;
import scot.pmo.testing.SyntheticRaid;

/** {@code pmo build} end to end, on a copy of the sample repository. */
class BuildCommandTest {

  @TempDir Path tmp;
  Path repo;

  record Run(int code, String out, String err) {}

  @BeforeEach
  void copyRepository() throws IOException {
    repo = tmp.resolve("repo");
    for (String folder : List.of("content", "templates")) {
      copy(SampleSite.REPO.resolve(folder), repo.resolve(folder));
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  private Run pmo(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cmd = PmoCommand.create();
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    String[] all =
        Stream.concat(Stream.of("--repo", repo.toString()), Stream.of(args)).toArray(String[]::new);
    int code = cmd.execute(all);
    return new Run(
        code, out.toString().replace("\r\n", "\n"), err.toString().replace("\r\n", "\n"));
  }

  private static Map<String, byte[]> snapshot(Path folder) throws IOException {
    Map<String, byte[]> bytes = new HashMap<>();
    for (String f : SampleSite.files(folder)) {
      bytes.put(f, Files.readAllBytes(folder.resolve(f)));
    }
    return bytes;
  }

  private static void assertSame(Map<String, byte[]> before, Path folder) throws IOException {
    Map<String, byte[]> after = snapshot(folder);
    assertThat(after.keySet()).isEqualTo(before.keySet());
    before.forEach((f, b) -> assertThat(after.get(f)).as(f).isEqualTo(b));
  }

  @Test
  void buildsTheSiteIntoSiteByDefault() {
    Run run = pmo("build");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("Built ").contains("pages into " + repo.resolve("site"));
    assertThat(repo.resolve("site/index.html")).exists();
    assertThat(repo.resolve("site/.pmo-site")).exists();
  }

  @Test
  void writesThePackOfEveryMeetingWithAnAgendaAndListsItWithThePapers() throws IOException {
    SyntheticRaid.addTo(repo);
    Path out = tmp.resolve("out");
    Run run = pmo("build", "--out", out.toString());
    assertThat(run.code()).as(run.err()).isZero();
    for (String format : List.of("html", "pdf", "docx", "md")) {
      assertThat(out.resolve("papers/synthetic-cewg-2024-01-pack." + format)).isRegularFile();
      assertThat(out.resolve("papers/synthetic-cewg-2024-03-pack." + format)).isRegularFile();
    }
    try (Stream<Path> papers = Files.list(out.resolve("papers"))) {
      assertThat(papers.map(p -> p.getFileName().toString()))
          .filteredOn(name -> name.endsWith("-pack.html"))
          .hasSize(2);
    }
    assertThat(Files.readString(out.resolve("briefing-papers.html")))
        .contains("papers/synthetic-cewg-2024-03-pack.pdf")
        .contains("Synthetic Chief Executive Working Group meeting, March 2024: meeting pack")
        .doesNotContain("Synthetic cewg");
  }

  @Test
  void noPapersBuildsThePagesAloneAndVerboseSaysHowLongEachStageTook() throws IOException {
    Path out = tmp.resolve("out");
    Run run = pmo("--verbose", "build", "--no-papers", "--out", out.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(out.resolve("papers")).doesNotExist();
    assertThat(out.resolve("projects/active-communities.html")).exists();
    assertThat(Files.readString(out.resolve("projects/active-communities.html")))
        .doesNotContain("papers/active-communities.pdf");
    assertThat(run.err())
        .contains("pmo: load: ", "pmo: validate: ", "pmo: link: ", "pmo: site pages: ")
        .doesNotContain("pmo: papers: ");
    // It ends with the table of where the time went: Java's start-up, then each outermost stage.
    String table = run.err().substring(run.err().indexOf("pmo: where the time went: "));
    assertThat(table)
        .containsPattern("since the JVM started \\(Java \\d+, ")
        .containsPattern("pmo:   Java's own start-up +[0-9,]+ ms\n")
        .containsPattern("pmo:   reading the command line +[0-9,]+ ms\n")
        .containsPattern("pmo:   load +[0-9,]+ ms\n")
        .containsPattern("pmo:   site +[0-9,]+ ms\n")
        .containsPattern("the JIT compiler [0-9,]+ ms, garbage collection [0-9,]+ ms in \\d+")
        .doesNotContain("site pages");
    Run quiet = pmo("build", "--out", out.toString());
    assertThat(quiet.err()).doesNotContain("pmo: load: ").doesNotContain("where the time went");
    assertThat(out.resolve("papers/active-communities.pdf")).exists();
    // Each page links to the papers written of its entity: a kind's paper is <id>-<kind>.
    assertThat(Files.readString(out.resolve("programmes/solace-is-transformation.html")))
        .contains("<h2 id=\"papers\">Papers</h2>")
        .containsPattern(
            "<a href=\"../papers/solace-is-transformation-programme-proposal.pdf\">"
                + "[^<]*: PDF \\([0-9]+ KB\\)</a>");
    assertThat(Files.readString(out.resolve("references/is-priorities-for-session-6-letter.html")))
        .contains("href=\"../papers/is-priorities-for-session-6-letter-letter.docx\"");
    assertThat(Files.readString(out.resolve("projects/active-communities.html")))
        .contains("<h2 id=\"briefing-paper\">Briefing paper</h2>");
  }

  @Test
  void pagesLinkToTheirSourceWhenTheProgrammeNamesItsRepository() throws IOException {
    Path programme = repo.resolve("content/programmes/solace-is-transformation.md");
    Files.writeString(
        programme,
        Files.readString(programme)
            .replaceFirst(
                "\n---\n", "\nrepository_url: \"https://git.example.org/programme/\"\n---\n"));
    Run run = pmo("build", "--out", tmp.resolve("out").toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(Files.readString(tmp.resolve("out/people/angela-scott.html")))
        .contains(
            "<a href=\"https://git.example.org/programme/blob/HEAD/content/people/angela-scott.yaml\">"
                + "Edit this page</a>");
  }

  @Test
  void rawHtmlInContentIsShownAsTextNeverRun() throws IOException {
    Path study = repo.resolve("content/case-studies/fife-working-for-place.md");
    Files.writeString(
        study,
        Files.readString(study)
            + "\n<script>alert(1)</script>\n\n"
            + "Inline <img src=x onerror=alert(2)> and <a href=\"javascript:alert(3)\">x</a>.\n");
    Run run = pmo("build", "--out", tmp.resolve("out").toString());
    assertThat(run.code()).as(run.err()).isZero();
    String page = Files.readString(tmp.resolve("out/case-studies/fife-working-for-place.html"));
    assertThat(page)
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .doesNotContain("<script>alert")
        .doesNotContain("<img")
        .doesNotContain("href=\"javascript");
  }

  @Test
  void aTemplateErrorLeavesThePreviousSiteByteIdentical() throws IOException {
    Path site = tmp.resolve("out");
    assertThat(pmo("build", "--out", site.toString()).code()).isZero();
    Map<String, byte[]> before = snapshot(site);
    Path template = repo.resolve("templates/site/entity.html.mustache");
    Files.writeString(template, Files.readString(template) + "\n{{nmae}}\n");
    Run run = pmo("build", "--out", site.toString());
    assertThat(run.code()).isEqualTo(ExitCodes.CONTENT);
    assertThat(run.err()).contains("templates/site/entity.html.mustache:").contains("nmae");
    assertSame(before, site);
    try (Stream<Path> siblings = Files.list(tmp)) {
      // The lock file stays between builds, empty.
      assertThat(siblings.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("repo", "out", ".out.pmo-lock");
    }
  }

  @Test
  void theLibraryCardPartialSeesTheCardAloneAndNamesAFieldItLacks() throws IOException {
    Path partial = repo.resolve("templates/site/partials/library-card.html.mustache");
    // 'siteTitle' is a field of the layout, not of a card: the partial is given the card alone.
    Files.writeString(partial, Files.readString(partial).replace("</li>", "{{siteTitle}}</li>"));
    Run run = pmo("build", "--no-papers", "--out", tmp.resolve("out").toString());
    assertThat(run.code()).isEqualTo(ExitCodes.CONTENT);
    assertThat(run.err())
        .contains("templates/site/partials/library-card.html.mustache:")
        .contains("'siteTitle' is not a field");
  }

  @Test
  void contentErrorsStopTheBuildWithTheDiagnostics() throws IOException {
    Path site = tmp.resolve("out");
    Path person = repo.resolve("content/people/angela-scott.yaml");
    Files.writeString(person, Files.readString(person).replace("organisation:", "organisaton:"));
    Run run = pmo("build", "--out", site.toString());
    assertThat(run.code()).isEqualTo(ExitCodes.CONTENT);
    assertThat(run.err())
        .contains("content/people/angela-scott.yaml:")
        .contains("unknown-field")
        .contains("stopped");
    assertThat(site).doesNotExist();
  }

  @Test
  void refusesToReplaceAFolderItDidNotWrite() throws IOException {
    Path mine = Files.createDirectories(tmp.resolve("documents"));
    Files.writeString(mine.resolve("notes.txt"), "keep me");
    Run run = pmo("build", "--out", mine.toString());
    assertThat(run.code()).isEqualTo(ExitCodes.ENVIRONMENT);
    assertThat(run.err()).contains(mine.toString()).contains("was not written by pmo build");
    assertThat(mine.resolve("notes.txt")).hasContent("keep me");
  }

  @Test
  void refusesToWriteIntoContent() {
    Run run = pmo("build", "--out", repo.resolve("content/site").toString());
    assertThat(run.code()).isEqualTo(ExitCodes.ENVIRONMENT);
    assertThat(run.err()).contains("content");
  }

  @Test
  void aBaseUrlMustBeAWebAddress() {
    Run run = pmo("build", "--base-url", "javascript:alert(1)");
    assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--base-url");
  }

  @Test
  void killingTheBuildHalfWayLeavesThePreviousSiteIntact() throws Exception {
    Path site = tmp.resolve("out");
    assertThat(pmo("build", "--out", site.toString()).code()).isZero();
    Map<String, byte[]> before = snapshot(site);
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
            .redirectOutput(tmp.resolve("build.log").toFile())
            .start();
    boolean killed = false;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (build.isAlive() && System.nanoTime() < deadline) {
      try (Stream<Path> siblings = Files.list(tmp)) {
        // Killed once pages are being written into the staging folder.
        if (siblings.anyMatch(
            p ->
                p.getFileName().toString().startsWith("out.tmp-")
                    && Files.exists(p.resolve("index.html")))) {
          build.destroyForcibly();
          killed = true;
          break;
        }
      }
      Thread.sleep(2);
    }
    build.waitFor(30, TimeUnit.SECONDS);
    assertSame(before, site);
    if (killed) {
      // The next build tidies up what the killed one left.
      assertThat(pmo("build", "--out", site.toString()).code()).isZero();
      try (Stream<Path> siblings = Files.list(tmp)) {
        assertThat(siblings.map(p -> p.getFileName().toString()))
            .containsExactlyInAnyOrder("repo", "out", "build.log", ".out.pmo-lock");
      }
    }
  }
}
