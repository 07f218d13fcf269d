package scot.pmo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import scot.pmo.GitScratch;
import scot.pmo.render.site.SampleSite;

/**
 * {@code pmo build} reuses the papers whose inputs have not changed, from the repository's cache,
 * on a copy of the sample repository committed into a real git repository: byte for byte, with the
 * provenance of the last commit that changed what each paper reads.
 */
class PaperCacheTest {

  private static final String FIRST = "2024-02-08T10:00:00+00:00";
  private static final String SECOND = "2024-03-12T10:00:00+00:00";
  private static final Pattern COUNTS = Pattern.compile("papers: (\\d+) rendered, (\\d+) reused");
  private static final List<String> OTHER_PROJECTS =
      List.of(
          "active-communities", "crerar-implementation", "statutory-and-non-statutory-services");
  private static final List<String> FORMATS = List.of("html", "pdf", "docx", "md");

  /**
   * Every paper a build writes, in every format: the briefing papers of the 4 projects, the
   * escalation report, the programme proposal, the event report of the Fife summit and the
   * Improvement Service's letter.
   */
  private static final int PAPERS = 8 * 4;

  @TempDir Path tmp;
  Path repo;
  GitScratch git;
  String first;

  record Counts(int rendered, int reused) {}

  @BeforeEach
  void commitTheSample() throws IOException {
    repo = tmp.resolve("repo");
    for (String folder : List.of("content", "templates")) {
      copy(SampleSite.REPO.resolve(folder), repo.resolve(folder));
    }
    git = GitScratch.init(repo);
    git.write(".gitignore", "/site/\n/.pmo/cache/\n");
    first = git.commit("The sample programme", "Pat Example", FIRST);
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

  /** Builds the site, and says how many papers were rendered and reused. */
  private Counts build(String... options) {
    return pmo("build", options);
  }

  /**
   * Runs {@code command} with {@code --verbose}, and says how many papers were rendered and reused.
   */
  private Counts pmo(String command, String... options) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cmd = PmoCommand.create();
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    String[] all =
        Stream.concat(
                Stream.of("--repo", repo.toString(), "--verbose", command), Stream.of(options))
            .toArray(String[]::new);
    int code = cmd.execute(all);
    String said = out + "\n" + err;
    assertThat(code).as(said).isZero();
    Matcher counts = COUNTS.matcher(said);
    assertThat(counts.find()).as(said).isTrue();
    return new Counts(Integer.parseInt(counts.group(1)), Integer.parseInt(counts.group(2)));
  }

  private Map<String, byte[]> papers() throws IOException {
    Map<String, byte[]> bytes = new TreeMap<>();
    Path folder = repo.resolve("site/papers");
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.toList()) {
        bytes.put(f.getFileName().toString(), Files.readAllBytes(f));
      }
    }
    return bytes;
  }

  private Map<String, byte[]> site() throws IOException {
    Map<String, byte[]> bytes = new TreeMap<>();
    Path folder = repo.resolve("site");
    for (String f : SampleSite.files(folder)) {
      bytes.put(f, Files.readAllBytes(folder.resolve(f)));
    }
    return bytes;
  }

  private static void assertSame(Map<String, byte[]> before, Map<String, byte[]> after) {
    assertThat(after.keySet()).isEqualTo(before.keySet());
    before.forEach((f, b) -> assertThat(after.get(f)).as(f).isEqualTo(b));
  }

  private String markdown(String paper) throws IOException {
    return Files.readString(repo.resolve("site/papers/" + paper + ".md"));
  }

  /** The escalation report's file name: pmo.yaml names none here, so the default. */
  private static final String REPORT = "escalation-report";

  private static final String PROPOSAL = "solace-is-transformation-programme-proposal";
  private static final String EVENT_REPORT = "fife-working-for-place-event-report";
  private static final String LETTER = "is-priorities-for-session-6-letter-letter";

  private Path cache() {
    return repo.resolve(".pmo/cache/papers");
  }

  @Test
  void aSecondBuildWithNoChangeReusesEveryPaperAndWritesTheSameBytes() throws IOException {
    Counts once = build();
    assertThat(once.reused()).isZero();
    assertThat(once.rendered()).isEqualTo(PAPERS);
    Map<String, byte[]> before = site();
    assertThat(papers()).containsKeys(REPORT + ".pdf", "procurement.docx");
    try (Stream<Path> kept = Files.list(cache())) {
      assertThat(kept.count()).isEqualTo(PAPERS);
    }

    assertThat(build()).isEqualTo(new Counts(0, PAPERS));
    assertSame(before, site());
    assertThat(markdown("procurement")).contains(first.substring(0, 12));
  }

  @Test
  void withoutGitPapersAreDatedByTheirFilesAndReusedUntilOneChanges() throws IOException {
    try (Stream<Path> walk = Files.walk(repo.resolve(".git"))) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
    try (Stream<Path> walk = Files.walk(repo)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        Files.setLastModifiedTime(p, FileTime.from(Instant.parse("2024-05-02T09:30:00Z")));
      }
    }
    assertThat(build()).isEqualTo(new Counts(PAPERS, 0));
    Map<String, byte[]> before = papers();
    assertThat(markdown("procurement")).contains("Generated on 2 May 2024");

    assertThat(build()).isEqualTo(new Counts(0, PAPERS));
    assertSame(before, papers());

    Path project = repo.resolve("content/projects/procurement.md");
    Files.writeString(
        project,
        Files.readString(project)
            .replace(
                "summary: \"Named as one of the projects",
                "summary: \"Named as one of the four projects"));
    Files.setLastModifiedTime(project, FileTime.from(Instant.parse("2024-06-03T09:30:00Z")));
    // As with git: the project's papers, the escalation report and the programme proposal.
    assertThat(build()).isEqualTo(new Counts(12, PAPERS - 12));
    assertThat(markdown("procurement")).contains("Generated on 3 June 2024");
    for (String other : OTHER_PROJECTS) {
      assertThat(markdown(other)).contains("Generated on 2 May 2024");
    }
  }

  @Test
  void aChangedProjectRendersItsOwnPapersAgainAndLeavesTheOthersAsTheyWere() throws IOException {
    build();
    Map<String, byte[]> before = papers();
    git.edit(
        "content/projects/procurement.md",
        "summary: \"Named as one of the projects",
        "summary: \"Named as one of the four projects");
    String second = git.commit("Procurement: summary", "Sam Editor", SECOND);

    Counts counts = build();
    Map<String, byte[]> after = papers();
    for (String format : FORMATS) {
      assertThat(after.get("procurement." + format))
          .isNotEqualTo(before.get("procurement." + format));
      for (String other : OTHER_PROJECTS) {
        assertThat(after.get(other + "." + format))
            .as(other + "." + format)
            .isEqualTo(before.get(other + "." + format));
      }
    }
    // The escalation report reads every project, as the anchors of RAID records, and the
    // programme proposal every entity related to the programme, so both are rendered again too;
    // the other projects' papers are not.
    assertThat(counts).isEqualTo(new Counts(12, PAPERS - 12));
    assertThat(markdown("procurement")).contains(second.substring(0, 12));
    for (String other : OTHER_PROJECTS) {
      assertThat(markdown(other))
          .contains(first.substring(0, 12))
          .doesNotContain(second.substring(0, 12));
    }
  }

  @Test
  void aCommitThatChangesNothingAPaperReadsChangesNoPaper() throws IOException {
    build();
    Map<String, byte[]> before = papers();
    git.write("README.md", "# The programme's content\n");
    git.commit("A README", "Sam Editor", SECOND);

    assertThat(build()).isEqualTo(new Counts(0, PAPERS));
    assertSame(before, papers());
  }

  @Test
  void aCaseStudyNoPaperReadsLeavesTheBriefingPapersAsTheyWere() throws IOException {
    build();
    Map<String, byte[]> before = papers();
    // Synthetic test data: a case study that names, and is named by, nothing, so that no paper
    // lists it among an entity's relations.
    git.write(
        "content/case-studies/a-case-study-no-paper-reads.md",
        """
        ---
        title: "Synthetic case study"
        summary: "A synthetic case study, made up for this test."
        ---
        """);
    git.commit("A case study", "Sam Editor", SECOND);

    Counts counts = build();
    Map<String, byte[]> after = papers();
    for (String format : FORMATS) {
      for (String project : List.of("procurement", "active-communities")) {
        assertThat(after.get(project + "." + format)).isEqualTo(before.get(project + "." + format));
      }
    }
    // The escalation report states the day it counts ages to, that of the latest change to the
    // content, which this commit moved on: it alone is rendered again.
    assertThat(counts).isEqualTo(new Counts(4, PAPERS - 4));
    assertThat(after.get(REPORT + ".md")).isNotEqualTo(before.get(REPORT + ".md"));
  }

  @Test
  void aChangedTemplateRendersAgainThePapersThatUseIt() throws IOException {
    build();
    Map<String, byte[]> before = papers();
    git.edit(
        "templates/paper/partials/purpose.html.mustache",
        "<h2>Purpose",
        "<h2 class=\"purpose\">Purpose");
    git.commit("Briefing papers: the purpose's heading has a class", "Sam Editor", SECOND);

    Counts counts = build();
    Map<String, byte[]> after = papers();
    assertThat(after.get("procurement.html")).isNotEqualTo(before.get("procurement.html"));
    assertThat(new String(after.get("procurement.html"), java.nio.charset.StandardCharsets.UTF_8))
        .contains("<h2 class=\"purpose\">Purpose");
    for (String format : FORMATS) {
      assertThat(after.get(REPORT + "." + format))
          .as("the escalation report uses no briefing template")
          .isEqualTo(before.get(REPORT + "." + format));
    }
    // Each briefing paper, in every format, now names the template's commit.
    assertThat(counts).isEqualTo(new Counts(16, PAPERS - 16));
  }

  @Test
  void eachKindOfPaperIsKeyedByItsOwnTemplates() throws IOException {
    // The programme proposal, the event report and the letter are one class of paper, each kind
    // with templates of its own: a change to the letter's template is the letter's alone, in
    // whatever order the three were made.
    build();
    Map<String, byte[]> before = papers();
    git.edit(
        "templates/paper/letter.md.mustache",
        "{{> partials/provenance.md.mustache}}",
        "Synthetic line added to the letter's template.\n\n{{> partials/provenance.md.mustache}}");
    git.commit("The letter's template: a synthetic line", "Sam Editor", SECOND);

    Counts counts = build();
    Map<String, byte[]> after = papers();
    assertThat(new String(after.get(LETTER + ".md"), java.nio.charset.StandardCharsets.UTF_8))
        .contains("Synthetic line added to the letter's template.");
    for (String other : List.of(PROPOSAL, EVENT_REPORT)) {
      for (String format : FORMATS) {
        assertThat(after.get(other + "." + format))
            .as(other + "." + format)
            .isEqualTo(before.get(other + "." + format));
      }
    }
    // The letter in every format names the template's commit.
    assertThat(counts).isEqualTo(new Counts(4, PAPERS - 4));
  }

  @Test
  void aDamagedCacheEntryIsRenderedAgain() throws IOException {
    build();
    Map<String, byte[]> before = site();
    Path damaged;
    try (Stream<Path> kept = Files.list(cache())) {
      damaged = kept.filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
    }
    byte[] bytes = Files.readAllBytes(damaged);
    bytes[bytes.length / 2] ^= 0x55;
    Files.write(damaged, bytes);
    Path empty;
    try (Stream<Path> kept = Files.list(cache())) {
      empty = kept.filter(p -> p.toString().endsWith(".docx")).findFirst().orElseThrow();
    }
    Files.write(empty, new byte[0]);

    assertThat(build()).isEqualTo(new Counts(2, PAPERS - 2));
    assertSame(before, site());
    assertThat(build()).isEqualTo(new Counts(0, PAPERS));
  }

  @Test
  void noCacheRendersEveryPaper() throws IOException {
    build();
    Map<String, byte[]> before = site();

    assertThat(build("--no-cache")).isEqualTo(new Counts(PAPERS, 0));
    assertSame(before, site());
  }

  @Test
  void briefReusesWhatABuildRenderedUnlessToldNotTo() throws IOException {
    build();
    Path out = tmp.resolve("briefed");
    String[] all = {"--all", "--format", "all", "--out", out.toString()};

    // The escalation report of pmo brief counts ages to today, not to the day of the latest
    // change as the site does, so it is a different paper: only the briefing papers are reused.
    assertThat(pmo("brief", all)).isEqualTo(new Counts(4, PAPERS - 4));
    assertThat(Files.readAllBytes(out.resolve("procurement.pdf")))
        .isEqualTo(Files.readAllBytes(repo.resolve("site/papers/procurement.pdf")));
    String[] none = {"--all", "--format", "all", "--out", out.toString(), "--no-cache"};
    assertThat(pmo("brief", none)).isEqualTo(new Counts(PAPERS, 0));
    assertThat(Files.readAllBytes(out.resolve("procurement.pdf")))
        .isEqualTo(Files.readAllBytes(repo.resolve("site/papers/procurement.pdf")));
  }

  @Test
  void theCacheKeepsOnlyTheLastBuildsPapers() throws IOException {
    build();
    Files.writeString(cache().resolve("0".repeat(64) + ".pdf"), "left over");
    git.edit(
        "content/projects/procurement.md",
        "summary: \"Named as one of the projects",
        "summary: \"Named as one of the four projects");
    git.commit("Procurement: summary", "Sam Editor", SECOND);
    build();
    try (Stream<Path> kept = Files.list(cache())) {
      assertThat(kept.count()).isEqualTo(PAPERS);
    }
  }
}
