package scot.pmo.author;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.pmo.load.ContentLoader;
import scot.pmo.load.LoadLimits;
import scot.pmo.load.LoadResult;
import scot.pmo.model.Entity;
import scot.pmo.testing.TestRepos;

/** The surgical writer: every sample file saved unchanged, and each kind of change on its lines. */
class FieldWriterTest {

  @TempDir Path temp;

  /** A synthetic project file with comments, made up for these tests. */
  private static final String PROJECT =
      """
      # A synthetic project, written for this test.
      title: Old title   # the name
      status: active
      team:
        - role: sponsor        # who sponsors
          person: ann-example
        - role: director
          person: bob-example
      scope:
        - first
        - second
        - third
      notes: |
        line one
        line two
      # closing comment
      """;

  @Test
  void everySampleFileSavedUnchangedKeepsItsBytes() throws IOException {
    int files = 0;
    for (Path repo : List.of(TestRepos.REPO, TestRepos.REPO.resolve("examples/lgbf"))) {
      LoadResult loaded = new ContentLoader(repo, LoadLimits.DEFAULT).load();
      for (Entity entity : loaded.entities()) {
        String text = Files.readString(repo.resolve(entity.path()), StandardCharsets.UTF_8);
        String name = Path.of(entity.path()).getFileName().toString();
        assertThat(FieldWriter.write(name, text, entity.data(), entity.body()))
            .as(entity.path())
            .isEqualTo(text);
        files++;
      }
    }
    assertThat(files).isGreaterThan(80);
  }

  @Test
  void everySampleFileTakesAChangeOfEachTextFieldOnItsOwnLine() throws IOException {
    int changes = 0;
    LoadResult loaded = new ContentLoader(TestRepos.REPO, LoadLimits.DEFAULT).load();
    for (Entity entity : loaded.entities()) {
      String text = Files.readString(TestRepos.REPO.resolve(entity.path()), StandardCharsets.UTF_8);
      String name = Path.of(entity.path()).getFileName().toString();
      for (var field : iterable(entity.data().fieldNames())) {
        JsonNode value = entity.data().get(field);
        if (!value.isTextual() || value.textValue().contains("\n")) {
          continue;
        }
        ObjectNode want = entity.data().deepCopy();
        want.put(field, "Changed: \"quoted\" #1 it's");
        String written = FieldWriter.write(name, text, want, entity.body());
        Entity again = reload(entity.path(), written);
        assertThat(again.data()).as(entity.path() + " " + field).isEqualTo(want);
        assertThat(again.body()).isEqualTo(entity.body());
        assertThat(changedLines(text, written)).as(entity.path() + " " + field).hasSize(1);
        changes++;
      }
    }
    assertThat(changes).isGreaterThan(300);
  }

  @Test
  void aScalarChangesOnItsLineKeepingItsComment() {
    ObjectNode want = data(PROJECT);
    want.put("title", "New title");
    String written = write(PROJECT, want);
    assertThat(changedLines(PROJECT, written)).containsExactly("title: New title   # the name");
    assertThat(reread(written)).isEqualTo(want);
  }

  @Test
  void aValueNeedingQuotesIsQuoted() {
    ObjectNode want = data(PROJECT);
    want.put("title", "Phase 2: delivery #1");
    want.put("status", "null");
    String written = write(PROJECT, want);
    assertThat(changedLines(PROJECT, written))
        .containsExactly("title: \"Phase 2: delivery #1\"   # the name", "status: \"null\"");
    assertThat(reread(written)).isEqualTo(want);
  }

  @Test
  void aNestedValueInAListItemChangesAlone() {
    ObjectNode want = data(PROJECT);
    ((ObjectNode) want.get("team").get(0)).put("person", "carol-example");
    String written = write(PROJECT, want);
    assertThat(changedLines(PROJECT, written)).containsExactly("    person: carol-example");
    assertThat(reread(written)).isEqualTo(want);
  }

  @Test
  void listItemsAreChangedAddedAndRemovedOnTheirOwnLines() {
    ObjectNode want = data(PROJECT);
    ArrayNode scope = (ArrayNode) want.get("scope");
    scope.set(0, want.textNode("first, revised"));
    scope.remove(1);
    scope.add("fourth");
    String written = write(PROJECT, want);
    assertThat(written)
        .contains("scope:\n  - first, revised\n  - third\n  - fourth\nnotes: |\n")
        .contains("  - role: sponsor        # who sponsors\n");
    assertThat(reread(written)).isEqualTo(want);
  }

  @Test
  void aListItemOfFieldsIsAddedAndRemoved() {
    ObjectNode want = data(PROJECT);
    ArrayNode team = (ArrayNode) want.get("team");
    team.remove(0);
    team.addObject().put("role", "analyst").put("person", "dee-example");
    String written = write(PROJECT, want);
    assertThat(written)
        .contains(
            "team:\n  - role: director\n    person: bob-example\n"
                + "  - role: analyst\n    person: dee-example\nscope:");
    assertThat(reread(written)).isEqualTo(want);
  }

  @Test
  void aFieldIsAddedAfterTheLastAndRemovedWithItsLines() {
    ObjectNode want = data(PROJECT);
    want.remove("status");
    want.remove("scope");
    want.put("rag", "amber");
    want.putArray("background").add("shared-text-one");
    String written = write(PROJECT, want);
    assertThat(written)
        .doesNotContain("status:")
        .doesNotContain("scope:")
        .endsWith("  line two\nrag: amber\nbackground:\n  - shared-text-one\n# closing comment\n");
    assertThat(reread(written)).isEqualTo(want);
  }

  @Test
  void theFirstFieldOfAListItemIsRemovedBesideItsDash() {
    ObjectNode want = data(PROJECT);
    ((ObjectNode) want.get("team").get(1)).remove("role");
    String written = write(PROJECT, want);
    assertThat(written).contains("  - person: bob-example\nscope:");
    assertThat(reread(written)).isEqualTo(want);
  }

  @Test
  void aMultiLineValueIsWrittenAsABlock() {
    ObjectNode want = data(PROJECT);
    want.put("notes", "line one\n\nline three, new\n");
    want.put("status", "two\nlines");
    String written = write(PROJECT, want);
    assertThat(written)
        .contains("status: |-\n  two\n  lines\nteam:")
        .contains("notes: |\n  line one\n\n  line three, new\n# closing comment\n");
    assertThat(reread(written)).isEqualTo(want);
  }

  @Test
  void aValueChangesKindFromTextToList() {
    ObjectNode want = data(PROJECT);
    want.putArray("status").add("one").add("two words");
    want.put("scope", "now a sentence");
    String written = write(PROJECT, want);
    assertThat(written).contains("status:\n  - one\n  - \"two words\"\nteam:");
    assertThat(written).contains("scope: \"now a sentence\"\nnotes:");
    assertThat(reread(written)).isEqualTo(want);
  }

  @Test
  void markdownKeepsItsBodyUnlessGivenAnother() {
    String file = "---\ntitle: A case\n# kept\nsummary: short\n---\n## Heading\n\nText.\n";
    ObjectNode want = data("title: A case\nsummary: short\n");
    want.put("summary", "longer");
    assertThat(FieldWriter.write("x.md", file, want, null))
        .isEqualTo("---\ntitle: A case\n# kept\nsummary: longer\n---\n## Heading\n\nText.\n");
    assertThat(FieldWriter.write("x.md", file, want, "New body.\n"))
        .isEqualTo("---\ntitle: A case\n# kept\nsummary: longer\n---\nNew body.\n");
  }

  @Test
  void windowsLineEndingsAndCharactersBeyondTheBasicPlaneStay() {
    String file = "title: \"\uD83C\uDF31 Growth\"\r\nstatus: active\r\n";
    ObjectNode want = data("title: x\nstatus: active\n");
    want.put("title", "\uD83C\uDF31 Growth");
    want.put("status", "closed");
    assertThat(FieldWriter.write("x.yaml", file, want, null))
        .isEqualTo("title: \"\uD83C\uDF31 Growth\"\r\nstatus: closed\r\n");
  }

  @Test
  void aNewFileHasItsFieldsInOrder() {
    ObjectNode want = data("title: x\n");
    want.put("title", "Case study: one");
    want.putArray("projects").add("active-communities");
    want.putObject("empty");
    assertThat(FieldWriter.create("x.md", want, "Body."))
        .isEqualTo(
            "---\ntitle: \"Case study: one\"\nprojects:\n  - active-communities\nempty: {}\n---\n"
                + "Body.\n");
  }

  // ---- helpers

  private static String write(String yaml, ObjectNode want) {
    return FieldWriter.write("x.yaml", yaml, want, null);
  }

  private ObjectNode data(String yaml) {
    return reload("content/projects/x.yaml", yaml).data();
  }

  private ObjectNode reread(String yaml) {
    return data(yaml);
  }

  private Entity reload(String path, String text) {
    TestRepos.write(temp, path, text);
    LoadResult result = new ContentLoader(temp, LoadLimits.DEFAULT).loadFile(Path.of(path));
    assertThat(result.problems()).as(text).isEmpty();
    return result.entities().get(0);
  }

  /** The lines of {@code after} that are not in {@code before} at the same place. */
  private static List<String> changedLines(String before, String after) {
    String[] a = before.split("\n", -1);
    String[] b = after.split("\n", -1);
    List<String> changed = new ArrayList<>();
    if (a.length != b.length) {
      changed.add("(" + a.length + " lines became " + b.length + ")");
    }
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      if (!a[i].equals(b[i])) {
        changed.add(b[i]);
      }
    }
    return changed;
  }

  private static <T> Iterable<T> iterable(java.util.Iterator<T> it) {
    List<T> all = new ArrayList<>();
    it.forEachRemaining(all::add);
    return all;
  }
}
