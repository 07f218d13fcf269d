package scot.pmo.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.pmo.GitScratch;

/**
 * Nothing is tied to the sample programme: from the unpacked distribution, run outside the source
 * tree, a repository started by {@code pmo init} and the second sample under {@code examples/}
 * validate and build with the same commands and no change to pmo, and what they publish names their
 * own programme and no other.
 */
class AnyProgrammeIT {

  private static final String VERSION = Installed.property("dist.version");
  private static final Path ZIP = Path.of(Installed.property("dist.zip"));
  private static final Path SOURCES = Path.of(Installed.property("dist.repository"));

  /** What the main sample's site and papers say, which no other programme's may. */
  private static final List<String> THE_SAMPLES_OWN =
      List.of(
          "solace",
          "improvement service",
          "cewg",
          "chief executive working group",
          "active communities",
          "crerar");

  @TempDir static Path tmp;
  private static Path launcher;
  private static Map<String, String> env;

  @BeforeAll
  static void unpack() throws IOException {
    Path home = Installed.unzip(ZIP, tmp.resolve("install")).resolve("pmo-" + VERSION);
    launcher = home.resolve("bin/pmo");
    env = new HashMap<>(System.getenv());
    env.keySet().removeIf(k -> k.startsWith("PMO_") || k.startsWith("XDG_"));
    env.put("HOME", Files.createDirectories(tmp.resolve("user")).toString());
    env.put("PMO_NO_CDS", "1");
    env.put("PMO_DAEMON", "0");
  }

  @Test
  void aRepositoryStartedByInitBuildsASiteAndPapersNamingItsProgrammeAndNoOther()
      throws IOException {
    Path repo = tmp.resolve("x");

    Installed.Finished init =
        pmo(tmp, "init", repo.toString(), "--name", "Test Programme", "--org", "Test Office");
    assertThat(init.exitCode()).as(init.err()).isZero();
    GitScratch.init(repo).commit("Start the programme", "Pat Example", "2026-12-01T10:00:00Z");
    Installed.Finished build = pmo(repo, "build");

    assertThat(build.exitCode()).as(build.err()).isZero();
    assertThat(repo.resolve("site/index.html")).content().contains("Test Programme");
    assertThat(repo.resolve("site/papers/example-project.pdf")).isRegularFile();
    assertNamesNoOtherProgramme(repo.resolve("site"), THE_SAMPLES_OWN);
  }

  @Test
  void theSecondSampleValidatesAndBuildsWithItsOwnHouseStyle() throws IOException {
    Path repo = tmp.resolve("lgbf");
    Installed.copyTree(SOURCES.resolve("examples/lgbf"), repo);
    GitScratch.init(repo).commit("The sample", "Pat Example", "2026-12-01T10:00:00Z");

    Installed.Finished validate = pmo(repo, "validate", "--strict");
    Installed.Finished build = pmo(repo, "build");

    assertThat(validate.exitCode()).as(validate.out()).isZero();
    assertThat(build.exitCode()).as(build.err()).isZero();
    assertThat(repo.resolve("site/index.html"))
        .content()
        .contains("Local Government Benchmarking Framework", "Peer improvement")
        // The Solace/IS programme's workstream is in the content for the project the LGBF's
        // learning feeds, but the home page lists this programme's workstreams only.
        .doesNotContain("Workstream 2");
    // Its templates/paper/paper.css replaces pmo's house style in every HTML paper.
    String ownStyle = Files.readString(repo.resolve("templates/paper/paper.css"));
    assertThat(ownStyle)
        .isNotEqualTo(Files.readString(SOURCES.resolve("templates/paper/paper.css")));
    try (Stream<Path> papers = Files.list(repo.resolve("site/papers"))) {
      List<Path> html = papers.filter(p -> p.toString().endsWith(".html")).toList();
      assertThat(html).isNotEmpty();
      for (Path paper : html) {
        assertThat(paper).content().contains("#00483a");
      }
    }
  }

  private static Installed.Finished pmo(Path dir, String... args) {
    List<String> command = new ArrayList<>(List.of("bash", launcher.toString()));
    command.addAll(List.of(args));
    return Installed.run(dir, env, command.toArray(String[]::new));
  }

  /** Every page, feed, calendar and paper, PDF and Word included, read as text. */
  private static void assertNamesNoOtherProgramme(Path site, List<String> others)
      throws IOException {
    try (Stream<Path> files = Files.walk(site)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String text = text(file).toLowerCase(Locale.ROOT);
        for (String other : others) {
          assertThat(text).as("%s names '%s'", site.relativize(file), other).doesNotContain(other);
        }
      }
    }
  }

  private static String text(Path file) throws IOException {
    String name = file.getFileName().toString();
    if (name.endsWith(".pdf")) {
      try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
        return new PDFTextStripper().getText(pdf);
      }
    }
    if (name.endsWith(".docx")) {
      try (InputStream in = Files.newInputStream(file);
          XWPFWordExtractor words = new XWPFWordExtractor(new XWPFDocument(in))) {
        return words.getText();
      }
    }
    return Files.readString(file);
  }
}
