package scot.pmo.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.pmo.Fixtures;
import scot.pmo.model.Diagnostic;
import scot.pmo.testing.TestRepos;

class LinkValidatorTest {

  private static final String TEXT = "content/texts/synthetic-background.md";

  @TempDir Path tmp;

  @Test
  void linksAreFoundAtTheirLineAndColumnWhereverTheyStand() throws IOException {
    List<Diagnostic> found =
        validateText(
            """
        ---
        title: "Shared background"
        ---
        [first](missing-one.md) on the first line of the body.

        - item
          - nested [deep](../nowhere/deep.md)

        > quoted ![image](img/missing.png)

        Caf\u00e9 [apr\u00e8s](missing-apres.md)

        [ref]: ../refs/missing-ref.md
        """);

    assertThat(found)
        .extracting(d -> d.code() + " " + d.at())
        .containsExactly(
            "broken-link " + TEXT + ":4:1",
            "broken-link " + TEXT + ":7:12",
            "broken-link " + TEXT + ":9:10",
            "broken-link " + TEXT + ":11:6",
            "broken-link " + TEXT + ":13:1");
    assertThat(found.get(1).message())
        .isEqualTo(
            "the link '../nowhere/deep.md' leads to"
                + " content/nowhere/deep.md, which does not exist");
  }

  @Test
  void linksInTableCellsAreFoundAtTheirLineAndColumn() throws IOException {
    List<Diagnostic> found =
        validateText(
            """
        ---
        title: "Shared background"
        ---
        Before the table.

        | Measure | [Source](missing-head.md) |
        |:--|--:|
        | Uptake | see [the report](missing-report.md) |
        | Reach \\| spread | `[code](not-a-link.md)` | [extra](missing-extra.md) |
        |	[tab](missing-tab.md)|

        > | a |
        > |---|
        > | [quoted](missing-quoted.md) |
        """);

    assertThat(found)
        .extracting(d -> d.code() + " " + d.at())
        .containsExactly(
            "broken-link " + TEXT + ":6:13",
            "broken-link " + TEXT + ":8:16",
            // a cell beyond the header's is dropped, as GitHub drops it: never shown, not checked
            "broken-link " + TEXT + ":10:3",
            "broken-link " + TEXT + ":14:5");
  }

  @Test
  void linksAfterBlankLinesAndAnIndentedFirstLineKeepTheirPlaces() throws IOException {
    List<Diagnostic> found =
        validateText(
            "---\ntitle: \"Shared background\"\n---\n\n  \n"
                + "   [first](missing-one.md) after blank lines\n\n[second](missing-two.md)   \n\n");

    assertThat(found)
        .extracting(d -> d.code() + " " + d.at())
        .containsExactly("broken-link " + TEXT + ":6:4", "broken-link " + TEXT + ":8:1");
  }

  @Test
  void safeLinksPass() throws IOException {
    List<Diagnostic> found =
        validateText(
            """
        ---
        title: "Shared background"
        ---
        [web](https://example.org), [plain web](http://example.org),
        [mail](mailto:someone@example.org), [section](#background),
        [encoded](../references/synthetic%2Dthink-piece.yaml),
        [query](../references/synthetic-think-piece.yaml?download=1#top),
        [folder](../projects/) and <https://example.org/autolink>.
        """);

    assertThat(found).isEmpty();
  }

  @Test
  void unsafeSchemesAndAbsolutePathsAreErrors() throws IOException {
    List<Diagnostic> found =
        validateText(
            """
        ---
        title: "Shared background"
        ---
        [data](data:text/html,hi) [vb](VBScript:msgbox) [file](file:///etc/passwd)
        [abs](/etc/passwd)
        """);

    assertThat(found)
        .extracting(Diagnostic::code, Diagnostic::message)
        .containsExactly(
            tuple("unsafe-link", "links may not use the 'data:' scheme"),
            tuple("unsafe-link", "links may not use the 'vbscript:' scheme"),
            tuple("unsafe-link", "links may not use the 'file:' scheme"),
            tuple("absolute-link", "the link '/etc/passwd' is an absolute path"));
  }

  @Test
  void emptyLinkIsAPlaceholderWarning() throws IOException {
    List<Diagnostic> found =
        validateText(
            """
        ---
        title: "Shared background"
        ---
        A [link]() to fill in.
        """);

    assertThat(found)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("placeholder-link");
              assertThat(d.at().line()).isEqualTo(4);
              assertThat(d.at().column()).isEqualTo(3);
            });
  }

  @Test
  void linkInAMarkdownFieldIsReportedAtTheField() throws IOException {
    Path repo = Fixtures.repo(tmp);
    Files.writeString(
        repo.resolve("content/workstreams/synthetic-workstream.yaml"),
        """
        title: "Synthetic workstream"
        programme: synthetic-programme
        summary: "Synthetic test data. See [nowhere](../nowhere.md)."
        """);

    List<Diagnostic> found = validate(repo);

    assertThat(found)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("broken-link");
              assertThat(d.at()).hasToString("content/workstreams/synthetic-workstream.yaml:3:10");
              assertThat(d.hint())
                  .isEqualTo(
                      "check the file name and folder; links are relative to"
                          + " content/workstreams/synthetic-workstream.yaml");
            });
  }

  private List<Diagnostic> validateText(String text) throws IOException {
    Path repo = Fixtures.repo(tmp);
    Files.writeString(repo.resolve(TEXT), text);
    return validate(repo);
  }

  private static List<Diagnostic> validate(Path repo) {
    return TestRepos.validation(repo).diagnostics().sorted();
  }
}
