package scot.pmo.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.pmo.model.Diagnostic;
import scot.pmo.model.Entity;
import scot.pmo.model.Kind;
import scot.pmo.model.Severity;
import scot.pmo.model.SourceRef;

class ContentLoaderTest {

  private static final String PROJECT =
      """
      ---
      title: "Alpha"
      programme: synthetic-programme
      workstream: synthetic-workstream
      status: active
      team:
        - role: chief-executive-sponsor
          person: alex-example
        - role: project-director
          person:   sam-sample
      ---
      ## Background

      Synthetic test data.
      """;

  @TempDir Path repo;

  @Test
  void positionsInFrontMatterCountTheOpeningFence() throws IOException {
    write("content/projects/alpha.md", PROJECT);

    Entity alpha = only(load());

    String path = "content/projects/alpha.md";
    assertThat(alpha.positions().value("/status")).isEqualTo(new SourceRef(path, 5, 9));
    assertThat(alpha.positions().key("/status")).isEqualTo(new SourceRef(path, 5, 1));
    assertThat(alpha.positions().value("/team/1/person")).isEqualTo(new SourceRef(path, 10, 15));
    assertThat(alpha.positions().value("/team/1")).isEqualTo(new SourceRef(path, 9, 5));
    assertThat(alpha.at()).isEqualTo(new SourceRef(path, 2, 1));
  }

  @Test
  void unknownPointerFallsBackToTheNearestKnownValue() throws IOException {
    write("content/projects/alpha.md", PROJECT);

    Entity alpha = only(load());

    assertThat(alpha.positions().value("/team/1/organisation"))
        .isEqualTo(new SourceRef("content/projects/alpha.md", 9, 5));
  }

  @Test
  void positionsInAYamlFileStartAtLineOne() throws IOException {
    write("content/people/sam-sample.yaml", "name: \"Sam Sample\"\nseniority: director\n");

    Entity sam = only(load());

    assertThat(sam.positions().value("/seniority"))
        .isEqualTo(new SourceRef("content/people/sam-sample.yaml", 2, 12));
  }

  @Test
  void readsKindIdBodyAndBodyLine() throws IOException {
    write("content/projects/alpha.md", PROJECT);

    Entity alpha = only(load());

    assertThat(alpha.kind()).isEqualTo(Kind.PROJECT);
    assertThat(alpha.id()).isEqualTo("alpha");
    assertThat(alpha.path()).isEqualTo("content/projects/alpha.md");
    assertThat(alpha.title()).isEqualTo("Alpha");
    assertThat(alpha.bodyLine()).isEqualTo(12);
    assertThat(alpha.body()).startsWith("## Background\n");
  }

  @Test
  void windowsLineEndingsGiveTheSameLinesAsUnixOnes() throws IOException {
    write("content/projects/alpha.md", PROJECT.replace("\n", "\r\n"));

    Entity alpha = only(load());

    assertThat(alpha.positions().value("/team/1/person").line()).isEqualTo(10);
    assertThat(alpha.bodyLine()).isEqualTo(12);
    assertThat(alpha.body()).doesNotContain("\r");
    assertThat(alpha.text("status")).contains("active");
  }

  @Test
  void byteOrderMarkIsSkipped() throws IOException {
    write("content/projects/alpha.md", "\uFEFF" + PROJECT);

    LoadResult loaded = load();

    assertThat(loaded.problems()).isEmpty();
    Entity alpha = only(loaded);
    assertThat(alpha.positions().value("/status"))
        .isEqualTo(new SourceRef("content/projects/alpha.md", 5, 9));
  }

  @Test
  void aTableTooWideOrTooLongIsRefusedAtItsLineAndColumnWithHowToFixIt() throws IOException {
    write(
        "content/texts/wide.md",
        "---\ntitle: \"Wide\"\n---\nIntro.\n\n"
            + "| a ".repeat(101)
            + "|\n  "
            + "| :-: ".repeat(101)
            + "|\n");
    write(
        "content/texts/narrow.md",
        "---\ntitle: \"Narrow\"\n---\n"
            + "| a ".repeat(100)
            + "|\n"
            + "|---".repeat(100)
            + "|\n"
            + "||||".repeat(500)
            + "\n");
    write(
        "content/texts/long.md",
        "---\ntitle: \"Long\"\n---\n| a |\n|---|\n" + "| row |\n".repeat(1_000));

    List<Diagnostic> problems = load().problems();

    assertThat(problems)
        .extracting(d -> d.code() + " " + d.at() + " " + d.message())
        .containsExactlyInAnyOrder(
            "markdown-limit content/texts/long.md:1004:1 the text is too complex to render"
                + " safely: more than 1000 lines in a row hold a '|', as the rows of a table do",
            "markdown-limit content/texts/wide.md:7:3 the text is too complex to render safely:"
                + " the line reads as a table's delimiter row of 101 columns, more than 100");
    assertThat(problems)
        .extracting(Diagnostic::hint)
        .containsExactlyInAnyOrder(
            "split the table into several shorter ones, each with its own header row and a blank"
                + " line before it",
            "keep a table to 100 columns: split a wider one into several narrower tables");
  }

  @Test
  void invalidUtf8IsAnEncodingError() throws IOException {
    Path file = repo.resolve("content/texts/latin.md");
    Files.createDirectories(file.getParent());
    Files.write(file, "---\ntitle: \"Caf\u00e9\"\n---\n".getBytes(StandardCharsets.ISO_8859_1));

    LoadResult loaded = load();

    assertThat(loaded.entities()).isEmpty();
    assertThat(loaded.problems())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("encoding");
              assertThat(d.severity()).isEqualTo(Severity.ERROR);
              // At the byte that is not UTF-8, which the message names alone.
              assertThat(d.at()).isEqualTo(new SourceRef("content/texts/latin.md", 2, 12));
              assertThat(d.message()).contains("0xE9");
              assertThat(d.hint()).contains("UTF-8");
            });
  }

  @Test
  void aReplacementCharacterWrittenInTheTextIsNoEncodingError() throws IOException {
    Path file = repo.resolve("content/texts/odd.md");
    Files.createDirectories(file.getParent());
    Files.write(file, "---\ntitle: \"Odd \uFFFD sign\"\n---\n".getBytes(StandardCharsets.UTF_8));

    LoadResult loaded = load();

    assertThat(loaded.problems()).isEmpty();
    assertThat(only(loaded).title()).isEqualTo("Odd \uFFFD sign");
  }

  @Test
  void symbolicLinkIsRefusedAndNotFollowed() throws IOException {
    Path outside = repo.resolve("outside.md");
    Files.writeString(outside, "---\ntitle: \"Secret\"\n---\n");
    Path link = repo.resolve("content/texts/link.md");
    Files.createDirectories(link.getParent());
    try {
      Files.createSymbolicLink(link, outside);
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "symbolic links cannot be made here: " + e);
    }

    LoadResult loaded = load();

    assertThat(loaded.entities()).isEmpty();
    assertThat(loaded.problems())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("symbolic-link");
              assertThat(d.at().path()).isEqualTo("content/texts/link.md");
            });
  }

  @Test
  void symbolicLinkToAFolderIsRefusedRatherThanSkippedSilently() throws IOException {
    Path outside = repo.resolve("elsewhere/people");
    write("elsewhere/people/sam-sample.yaml", "name: \"Sam Sample\"\n");
    Files.createDirectories(repo.resolve("content"));
    try {
      Files.createSymbolicLink(repo.resolve("content/people"), outside);
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "symbolic links cannot be made here: " + e);
    }

    LoadResult loaded = load();

    assertThat(loaded.entities()).isEmpty();
    assertThat(loaded.problems())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("symbolic-link");
              assertThat(d.at().path()).isEqualTo("content/people");
              assertThat(d.message()).contains("folders may not be symbolic links");
            });
  }

  @Test
  void fileDirectlyInContentIsNotReadAndWarnedAbout() throws IOException {
    write("content/stray.md", "---\ntitle: x\n---\n");

    LoadResult loaded = load();

    assertThat(loaded.entities()).isEmpty();
    assertThat(loaded.problems())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("unknown-folder");
              assertThat(d.severity()).isEqualTo(Severity.WARNING);
              assertThat(d.hint()).contains("move it into one of content/{programmes,");
            });
  }

  @Test
  void hiddenFilesAndFoldersAndOtherFileTypesAreReportedNotRead() throws IOException {
    write("content/.drafts/projects/x.md", "not even YAML: [");
    write("content/projects/.x.md", "not even YAML: [");
    write("content/projects/notes.txt", "not content");
    write("content/projects/x.md.", "not even YAML: [");
    write("content/projects/y.md ", "not even YAML: [");
    write("content/projects/README", "not content");
    write("content/people/sam-sample.yml", "name: \"Sam Sample\"\n");

    LoadResult loaded = load();

    assertThat(loaded.problems())
        .extracting(d -> d.at().path() + " " + d.code())
        .containsExactlyInAnyOrder(
            "content/.drafts hidden-file",
            "content/projects/.x.md hidden-file",
            "content/projects/notes.txt not-content",
            "content/projects/x.md. unknown-file",
            "content/projects/y.md  unknown-file",
            "content/projects/README unknown-file");
    assertThat(loaded.problems())
        .filteredOn(d -> d.code().equals("hidden-file") || d.at().path().endsWith("README"))
        .allSatisfy(d -> assertThat(d.severity()).isEqualTo(scot.pmo.model.Severity.WARNING));
    assertThat(loaded.problems())
        .filteredOn(d -> d.at().path().endsWith(".txt"))
        .allSatisfy(d -> assertThat(d.severity()).isEqualTo(scot.pmo.model.Severity.NOTE));
    assertThat(loaded.problems())
        .filteredOn(d -> d.at().path().endsWith("x.md."))
        .allSatisfy(d -> assertThat(d.hint()).contains("after .md or .yaml"));
    assertThat(loaded.entities())
        .extracting(Entity::path)
        .containsExactly("content/people/sam-sample.yml");
    assertThat(loaded.filesRead()).isEqualTo(7);
  }

  @Test
  void aHardLinkIsNeverRead() throws IOException {
    Path outside = Files.writeString(repo.resolve("outside-secret.yaml"), "name: \"secret\"\n");
    Path link = repo.resolve("content/people/linked.yaml");
    Files.createDirectories(link.getParent());
    Files.createLink(link, outside);

    LoadResult loaded = load();

    assertThat(loaded.entities()).isEmpty();
    assertThat(loaded.problems())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("hard-link");
              assertThat(d.message() + d.hint()).doesNotContain("secret");
            });
  }

  @Test
  void entitiesComeInPathOrder() throws IOException {
    write("content/texts/b.md", "---\ntitle: b\n---\n");
    write("content/people/z.yaml", "name: z\n");
    write("content/texts/a.md", "---\ntitle: a\n---\n");

    assertThat(load().entities()).extracting(Entity::id).containsExactly("z", "a", "b");
  }

  @Test
  void tooManyFilesStopsTheLoad() throws IOException {
    write("content/texts/a.md", "---\ntitle: a\n---\n");
    write("content/texts/b.md", "---\ntitle: b\n---\n");
    LoadLimits one = new LoadLimits(1024, 1, 40, 1000);

    LoadResult loaded = new ContentLoader(repo, one).load();

    assertThat(loaded.entities()).isEmpty();
    assertThat(loaded.problems()).extracting(Diagnostic::code).containsExactly("too-many-files");
  }

  @Test
  void fileOverTheSizeLimitIsNotRead() throws IOException {
    write("content/texts/a.md", "---\ntitle: a\n---\n" + "x".repeat(100));

    LoadResult loaded = new ContentLoader(repo, LoadLimits.DEFAULT.withMaxFileBytes(50)).load();

    assertThat(loaded.entities()).isEmpty();
    assertThat(loaded.problems())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("file-too-large");
              assertThat(d.message())
                  .isEqualTo(
                      "the file is 117 bytes, more than the limit of 50 bytes"
                          + " for one content file");
            });
  }

  @Test
  void yamlErrorInFrontMatterReportsTheLineInTheFile() throws IOException {
    write("content/texts/a.md", "---\ntitle: x\nsummary: a: b\n---\nBody\n");

    Diagnostic problem = onlyProblem(load());

    assertThat(problem.code()).isEqualTo("yaml-syntax");
    assertThat(problem.at()).isEqualTo(new SourceRef("content/texts/a.md", 3, 11));
  }

  @Test
  void duplicateKeyInFrontMatterNamesBothLinesOfTheFile() throws IOException {
    write("content/texts/a.md", "---\ntitle: x\nsummary: y\ntitle: z\n---\n");

    Diagnostic problem = onlyProblem(load());

    assertThat(problem.code()).isEqualTo("duplicate-key");
    assertThat(problem.at()).isEqualTo(new SourceRef("content/texts/a.md", 4, 1));
    assertThat(problem.message()).isEqualTo("the field 'title' appears twice (first on line 2)");
  }

  private LoadResult load() {
    return new ContentLoader(repo, LoadLimits.DEFAULT).load();
  }

  private static Entity only(LoadResult loaded) {
    assertThat(loaded.problems()).isEmpty();
    List<Entity> entities = loaded.entities();
    assertThat(entities).hasSize(1);
    return entities.get(0);
  }

  private static Diagnostic onlyProblem(LoadResult loaded) {
    assertThat(loaded.entities()).isEmpty();
    assertThat(loaded.problems()).hasSize(1);
    return loaded.problems().get(0);
  }

  private void write(String path, String text) throws IOException {
    Path file = repo.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  @Test
  void utf16IsNamedAsTheEncodingItIs() throws IOException {
    Path file = repo.resolve("content/texts/wide.md");
    Files.createDirectories(file.getParent());
    Files.write(file, "---\ntitle: \"Wide\"\n---\n".getBytes(StandardCharsets.UTF_16LE));

    assertThat(load().problems())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("encoding");
              assertThat(d.at()).isEqualTo(new SourceRef("content/texts/wide.md", 1, 1));
              assertThat(d.message()).contains("UTF-16").contains("little-endian, without");
            });
  }

  @Test
  void aZeroWidthNoBreakSpaceInsideATitleIsRefused() throws IOException {
    write("content/texts/feff.md", "\uFEFF---\ntitle: \"Look\uFEFFalike\"\n---\n");

    assertThat(load().problems())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("control-character");
              assertThat(d.at()).isEqualTo(new SourceRef("content/texts/feff.md", 2, 13));
              assertThat(d.message()).contains("U+FEFF");
            });
  }
}
