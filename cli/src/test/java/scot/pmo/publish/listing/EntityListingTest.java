package scot.pmo.publish.listing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import scot.pmo.git.GitHistory;
import scot.pmo.model.Entity;
import scot.pmo.model.Kind;
import scot.pmo.model.SourceMap;

/** {@code pmo list} as a table: whole lines for scripts, fitted to a terminal's width. */
class EntityListingTest {

  private static final List<Entity> PROJECTS =
      List.of(
          project("alpha", "Alpha"),
          project("statutory-and-non-statutory-services", "Statutory and non-statutory services"));

  @Test
  void withoutATerminalEveryLineIsWholeWithItsFile() {
    String table = table(OptionalInt.empty());

    assertThat(table)
        .contains("Statutory and non-statutory services  content/projects/statutory-and")
        .doesNotContain("…");
    assertThat(table.lines()).allSatisfy(line -> assertThat(line).doesNotEndWith(" "));
  }

  @Test
  void onAnEightyColumnTerminalTitlesAreShortenedAndThenTheFileColumnGoes() {
    String table = table(OptionalInt.of(80));

    assertThat(table.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
    assertThat(table).doesNotContain("FILE").contains("(a wider terminal shows each one's file)");
    assertThat(table).contains("statutory-and-non-statutory-services  Statutory and non");
  }

  @Test
  void aWideTerminalShowsEverything() {
    String table = table(OptionalInt.of(160));

    assertThat(table).contains("FILE").contains("Statutory and non-statutory services  content/");
    assertThat(table.lines())
        .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(160));
  }

  @Test
  void aMiddlingTerminalShortensTitlesToKeepTheFiles() {
    String table = table(OptionalInt.of(130));

    assertThat(table).contains("FILE").contains("…");
    assertThat(table.lines())
        .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(130));
  }

  private static String table(OptionalInt columns) {
    StringWriter out = new StringWriter();
    EntityListing.write(
        PROJECTS,
        EntityListing.Format.text,
        GitHistory.none("not read"),
        columns,
        new PrintWriter(out));
    return out.toString().replace("\r\n", "\n");
  }

  private static Entity project(String id, String title) {
    String path = "content/projects/" + id + ".md";
    SourceMap positions = new SourceMap(path);
    positions.putValue("", 2, 1);
    return new Entity(
        Kind.PROJECT,
        id,
        path,
        JsonNodeFactory.instance.objectNode().put("title", title),
        positions,
        "",
        4);
  }
}
