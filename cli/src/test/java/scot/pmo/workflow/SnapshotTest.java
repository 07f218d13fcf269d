package scot.pmo.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.pmo.bench.SyntheticProgramme;
import scot.pmo.link.ProgrammeGraph;
import scot.pmo.load.LoadLimits;
import scot.pmo.model.Diagnostic;
import scot.pmo.model.FileChange;

/**
 * The snapshot after an edit of one file is the snapshot a full load of the same content gives,
 * graph and all, and says what the edit changed: on a synthetic programme.
 */
class SnapshotTest {

  @TempDir Path repo;

  private final List<String> trace = Collections.synchronizedList(new ArrayList<>());
  private Snapshot current;

  @BeforeEach
  void generate() throws IOException {
    SyntheticProgramme.generate(100, 3, repo);
    current = Snapshot.load(new WorkflowContext(repo, LoadLimits.DEFAULT, trace::add));
    current.graph();
  }

  /** Edits {@code path} (or creates it), follows the edit, and compares with a full load. */
  private Snapshot edit(String path, UnaryOperator<String> change) throws IOException {
    Path file = repo.resolve(path);
    Files.writeString(file, change.apply(Files.exists(file) ? Files.readString(file) : ""));
    return followAndCompare(path);
  }

  private Snapshot followAndCompare(String path) {
    trace.clear();
    current = current.afterEditOf(path);
    Snapshot full = Snapshot.load(new WorkflowContext(repo, LoadLimits.DEFAULT));
    assertThat(described(current)).as(path).containsExactlyElementsOf(described(full));
    assertThat(entities(current)).as(path).isEqualTo(entities(full));
    assertSameGraph(current.graph(), full.graph(), path);
    return current;
  }

  private static List<String> entities(Snapshot snapshot) {
    return snapshot.catalogue().all().stream()
        .map(e -> e.path() + " " + e.data() + " " + e.body())
        .toList();
  }

  private static List<String> described(Snapshot snapshot) {
    return snapshot.validation().diagnostics().sorted().stream().map(Diagnostic::toString).toList();
  }

  private static void assertSameGraph(ProgrammeGraph actual, ProgrammeGraph expected, String path) {
    assertThat(actual.edges()).as(path).isEqualTo(expected.edges());
    assertThat(List.copyOf(actual.nodes())).as(path).isEqualTo(List.copyOf(expected.nodes()));
    assertThat(actual.dependencies()).as(path).isEqualTo(expected.dependencies());
  }

  @Test
  void anEditInPlaceIsReadCheckedAndLinkedOnceAndNamesTheEntityBeforeAndAfter() throws IOException {
    String study = "content/case-studies/synthetic-case-study-2.md";
    FileChange before = new FileChange(study, current.entityAt(study).orElseThrow(), null);
    Snapshot next =
        edit(
            study,
            s ->
                s.replaceFirst("(?m)^title: \"", "title: \"Renamed ")
                    + "\nSee [the first project](../projects/synthetic-project-1.md).\n");

    FileChange change = next.change().orElseThrow();
    assertThat(change.path()).isEqualTo(study);
    assertThat(change.before()).isSameAs(before.before());
    assertThat(change.after().title()).startsWith("Renamed ");
    assertThat(trace)
        .filteredOn(
            line ->
                line.startsWith("load") || line.startsWith("link") || line.startsWith("validate"))
        .map(line -> line.substring(0, line.lastIndexOf(':')))
        .containsExactly("load and check " + study, "link " + study);
  }

  @Test
  void eachKindOfEditInTurnGivesWhatAFullLoadGives() throws IOException {
    edit(
        "content/projects/synthetic-project-2.md",
        s -> s.replace("anchor: synthetic-anchor-1", "anchor: synthetic-anchor-2"));
    edit(
        "content/interdependencies/synthetic-interdependency-1.md",
        s -> s.replaceFirst("(?m)^title: \"", "title: \"Renamed "));
    edit(
        "content/people/synthetic-person-4.yaml",
        s -> s.replaceFirst("(?m)^name: \"", "name: \"Renamed "));
    // A reference to nothing: the snapshot has the error, and the next edit mends it.
    Snapshot broken =
        edit(
            "content/projects/synthetic-project-2.md",
            s -> s.replace("anchor: synthetic-anchor-2", "anchor: no-such-anchor"));
    assertThat(broken.hasErrors()).isTrue();
    Snapshot mended =
        edit(
            "content/projects/synthetic-project-2.md",
            s -> s.replace("anchor: no-such-anchor", "anchor: synthetic-anchor-1"));
    assertThat(mended.hasErrors()).isFalse();
  }

  @Test
  void aNewFileAndItsDeletionAreReadWithTheRestAndNamedAsSuch() throws IOException {
    String path = "content/case-studies/a-new-study.md";
    Snapshot added =
        edit(
            path,
            s ->
                """
        ---
        title: "A new study"
        summary: "Made up for a test."
        themes: [digital]
        ---
        It links to [another study](synthetic-case-study-1.md).
        """);
    assertThat(added.change().orElseThrow().before()).isNull();
    assertThat(added.change().orElseThrow().after().title()).isEqualTo("A new study");

    Files.delete(repo.resolve(path));
    Snapshot removed = followAndCompare(path);
    assertThat(removed.change().orElseThrow().before().title()).isEqualTo("A new study");
    assertThat(removed.change().orElseThrow().after()).isNull();
  }

  @Test
  void aFileThatCannotBeReadIsAnErrorOfTheNextSnapshot() throws IOException {
    String path = "content/people/synthetic-person-4.yaml";
    Snapshot next = edit(path, s -> "name: [broken\n");
    assertThat(next.hasErrors()).isTrue();
    assertThat(next.validation().diagnostics().sorted())
        .anyMatch(d -> d.code().equals("yaml-syntax") && d.at().path().equals(path));
    assertThat(next.change().orElseThrow().after()).isNull();
  }
}
