package scot.pmo.render.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.pmo.bench.SyntheticProgramme;
import scot.pmo.load.LoadLimits;
import scot.pmo.workflow.BuildWorkflow;
import scot.pmo.workflow.Snapshot;
import scot.pmo.workflow.WorkflowContext;

/**
 * After an incremental update the site holds the same bytes as a full build of the changed content,
 * and only the files whose bytes changed were written.
 */
class IncrementalSiteTest {

  @TempDir Path tmp;
  Path repo;
  Path site;
  IncrementalSite incremental;

  /** The programme as the site shows it. */
  Snapshot snapshot;

  @BeforeEach
  void buildTheSample() throws IOException {
    repo = tmp.resolve("repo");
    for (String folder : List.of("content", "templates")) {
      copy(SampleSite.REPO.resolve(folder), repo.resolve(folder));
    }
    Files.copy(SampleSite.REPO.resolve("pmo.yaml"), repo.resolve("pmo.yaml"));
    site = tmp.resolve("site");
    start();
  }

  /** Builds the site of {@code repo} into {@code site}, kept for updates. */
  private void start() throws IOException {
    snapshot = valid(Snapshot.load(new WorkflowContext(repo, LoadLimits.DEFAULT)));
    incremental = build(snapshot, site);
  }

  private static IncrementalSite build(Snapshot snapshot, Path out) throws IOException {
    return new BuildWorkflow(snapshot.context())
        .incrementalSite(snapshot, out, SiteOptions.defaults());
  }

  /**
   * The snapshot, which has no problems but the working rules' (the synthetic records' reviews and
   * actions fall due in 2024, so they are overdue whenever the test runs).
   */
  private static Snapshot valid(Snapshot snapshot) {
    assertThat(snapshot.validation().diagnostics().sorted())
        .filteredOn(d -> !scot.pmo.model.Rules.CODES.contains(d.code()))
        .isEmpty();
    return snapshot;
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

  private void edit(String path, UnaryOperator<String> change) throws IOException {
    Path file = repo.resolve(path);
    String before = Files.readString(file);
    String after = change.apply(before);
    assertThat(after).as("the edit changes " + path).isNotEqualTo(before);
    Files.writeString(file, after);
  }

  /** The site after the update is byte for byte a full build of the content as it now is. */
  private IncrementalSite.Update updateAndCompare(String path) throws IOException {
    Snapshot next = valid(snapshot.afterEditOf(path));
    IncrementalSite.Update update =
        incremental.update(next.change().orElseThrow(), next.catalogue(), next.graph());
    snapshot = next;
    Path full = tmp.resolve("full-" + System.nanoTime());
    build(valid(Snapshot.load(new WorkflowContext(repo, LoadLimits.DEFAULT))), full);
    assertSameTree(full, site);
    return update;
  }

  private static void assertSameTree(Path expected, Path actual) throws IOException {
    List<String> files = SampleSite.files(expected);
    assertThat(SampleSite.files(actual)).isEqualTo(files);
    for (String f : files) {
      assertThat(Files.readString(actual.resolve(f)))
          .as(f)
          .isEqualTo(Files.readString(expected.resolve(f)));
    }
  }

  private static final String STUDY = "content/case-studies/fife-working-for-place.md";

  @Test
  void aCaseStudysTextWritesItsPageAndTheSearchIndexOnly() throws IOException {
    edit(STUDY, s -> s + "\nA sentence added to the case study about a new playpark.\n");
    IncrementalSite.Update update = updateAndCompare(STUDY);
    assertThat(update.everything()).isFalse();
    assertThat(update.written())
        .containsExactlyInAnyOrder(
            site.resolve("case-studies/fife-working-for-place.html"),
            site.resolve(SitePaths.SEARCH_INDEX));
  }

  @Test
  void aCaseStudysTitleAndThemesReachTheLibraryAndRelatedPages() throws IOException {
    edit(
        STUDY,
        s ->
            s.replaceFirst("(?m)^title: .*$", "title: \"Working for place in Fife\"")
                .replaceFirst("(?m)^  - planning\n", ""));
    IncrementalSite.Update update = updateAndCompare(STUDY);
    assertThat(update.everything()).isFalse();
    assertThat(update.written())
        .contains(site.resolve(SitePaths.LIBRARY), site.resolve(SitePaths.SEARCH));
  }

  @Test
  void aCouncilThatBecomesAnotherKindOfOrganisationLeavesTheLibrarysCouncilFilter()
      throws IOException {
    String council = "content/organisations/fife-council.yaml";
    edit(council, s -> s.replace("type: council", "type: partnership"));
    updateAndCompare(council);
    assertThat(Files.readString(site.resolve(SitePaths.LIBRARY)))
        .doesNotContain("data-council=\"fife-council\"");
    edit(council, s -> s.replace("type: partnership", "type: council"));
    updateAndCompare(council);
    assertThat(Files.readString(site.resolve(SitePaths.LIBRARY)))
        .contains("data-council=\"fife-council\"");
  }

  @Test
  void aTitleThatAnotherCaseStudyHasMakesBothUniqueAndThenNeither() throws IOException {
    String original = Files.readString(repo.resolve(STUDY));
    edit(
        STUDY,
        s ->
            s.replaceFirst(
                "(?m)^title: .*$", "title: \"Covid-19 response: themes of innovative practice\""));
    updateAndCompare(STUDY);
    assertThat(Files.readString(site.resolve("case-studies/covid-19-response-themes.html")))
        .contains("<title>Covid-19 response: themes of innovative practice (");
    edit(STUDY, s -> original);
    updateAndCompare(STUDY);
    assertThat(Files.readString(site.resolve("case-studies/covid-19-response-themes.html")))
        .contains("<title>Covid-19 response: themes of innovative practice –");
  }

  @Test
  void aNewCaseStudyAndThenItsDeletion() throws IOException {
    String path = "content/case-studies/a-new-study.md";
    Files.writeString(
        repo.resolve(path),
        """
        ---
        title: "A new study"
        summary: "Made up for a test."
        themes: [digital]
        ---
        It links to [Fife](fife-working-for-place.md).
        """);
    updateAndCompare(path);
    assertThat(site.resolve("case-studies/a-new-study.html")).exists();
    Files.delete(repo.resolve(path));
    IncrementalSite.Update update = updateAndCompare(path);
    assertThat(update.removed()).contains(site.resolve("case-studies/a-new-study.html"));
  }

  @Test
  void editsOfRatingsOwnersAndActionsReachTheRaidLogItsFiltersAndTheActions() throws IOException {
    scot.pmo.testing.SyntheticRaid.addTo(repo);
    site = tmp.resolve("working-site");
    start();
    assertThat(site.resolve("raid/rating/high.html")).exists();
    String risk = "content/interdependencies/synthetic-risk-volunteer-capacity.md";
    edit(risk, s -> s.replace("likelihood: \"4\"", "likelihood: \"2\""));
    assertThat(updateAndCompare(risk).everything()).isFalse();
    String issue = "content/interdependencies/synthetic-issue-survey-delay.md";
    edit(issue, s -> s.replace("likelihood: \"5\"", "likelihood: \"1\""));
    updateAndCompare(issue);
    assertThat(site.resolve("raid/rating/high.html")).doesNotExist();
    String other = "content/interdependencies/synthetic-risk-data-sharing.md";
    edit(other, s -> s.replace("owner: lesley-brown", "owner: angela-scott"));
    updateAndCompare(other);
    String meeting = "content/meetings/synthetic-cewg-2024-01.yaml";
    edit(
        meeting,
        s ->
            s.replace(
                "due: \"2024-02-29\"\n    status: open",
                "due: \"2024-02-29\"\n    status: done\n    done: \"2024-02-28\""));
    updateAndCompare(meeting);
  }

  @Test
  void anEditOfOneFileOfEachKindGivesTheSameSiteAsAFullBuild() throws IOException {
    List<Path> firstOfEachKind;
    try (Stream<Path> folders = Files.list(repo.resolve("content"))) {
      firstOfEachKind =
          folders
              .filter(Files::isDirectory)
              .sorted()
              .map(
                  folder -> {
                    try (Stream<Path> files = Files.list(folder)) {
                      return files.filter(Files::isRegularFile).sorted().findFirst().orElse(null);
                    } catch (IOException e) {
                      throw new java.io.UncheckedIOException(e);
                    }
                  })
              .filter(java.util.Objects::nonNull)
              .toList();
    }
    {
      for (Path file : firstOfEachKind) {
        String path = repo.relativize(file).toString().replace('\\', '/');
        if (path.endsWith(".md")) {
          edit(path, s -> s + "\nAn added paragraph.\n");
        } else {
          edit(
              path,
              s -> s.replaceFirst("(?m)^(title|name): \"?([^\"\\n]*)\"?$", "$1: \"$2 (edited)\""));
        }
        updateAndCompare(path);
      }
    }
  }

  @Test
  void onASyntheticProgrammeATitleEditOfEachLeafKindMatchesAFullBuild() throws IOException {
    Path synthetic = tmp.resolve("synthetic");
    SyntheticProgramme.generate(120, 5, synthetic);
    copy(SampleSite.REPO.resolve("templates"), synthetic.resolve("templates"));
    repo = synthetic;
    site = tmp.resolve("synthetic-site");
    start();
    for (String path :
        List.of(
            "content/case-studies/synthetic-case-study-3.md",
            "content/interdependencies/synthetic-interdependency-1.md",
            "content/meetings/synthetic-meeting-2.yaml",
            "content/references/synthetic-reference-1.yaml")) {
      edit(path, s -> s.replaceFirst("(?m)^title: \"([^\"]*)\"", "title: \"$1 renamed\""));
      IncrementalSite.Update update = updateAndCompare(path);
      assertThat(update.everything()).as(path).isFalse();
    }
  }

  @Test
  void aCaseStudyRenamedToTheFrontAndTheEndOfTheLibraryMatchesAFullBuild() throws IOException {
    // The edited study moves within the library and its filter pages without a new sort.
    Path synthetic = tmp.resolve("synthetic");
    SyntheticProgramme.generate(120, 5, synthetic);
    copy(SampleSite.REPO.resolve("templates"), synthetic.resolve("templates"));
    repo = synthetic;
    site = tmp.resolve("synthetic-site");
    start();
    String path = "content/case-studies/synthetic-case-study-7.md";
    // A change of text first: the filter pages keep the study as it was before it.
    edit(path, s -> s + "\nA sentence added before the title changes.\n");
    updateAndCompare(path);
    for (String title : List.of("Aardvark study", "zebra crossings", "Synthetic case study 7")) {
      edit(path, s -> s.replaceFirst("(?m)^title: \"[^\"]*\"", "title: \"" + title + "\""));
      IncrementalSite.Update update = updateAndCompare(path);
      assertThat(update.everything()).as(title).isFalse();
      assertThat(Files.readString(site.resolve(SitePaths.LIBRARY))).contains(title);
    }
  }
}
