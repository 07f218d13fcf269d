package scot.pmo.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticsTest {

  @Test
  void equalDiagnosticsAreKeptOnce() {
    Diagnostics diagnostics = new Diagnostics();
    Diagnostic d = Diagnostic.error("broken-link", new SourceRef("content/a.md", 3, 5), "m", "h");

    diagnostics.add(d);
    diagnostics.add(Diagnostic.error("broken-link", new SourceRef("content/a.md", 3, 5), "m", "h"));
    diagnostics.addAll(List.of(d));

    assertThat(diagnostics.sorted()).containsExactly(d);
    assertThat(diagnostics.count(Severity.ERROR)).isEqualTo(1);
  }

  @Test
  void diagnosticsThatDifferOnlyInTheirHintAreBothKept() {
    Diagnostics diagnostics = new Diagnostics();
    SourceRef at = new SourceRef("content/a.md", 3, 5);

    diagnostics.add(Diagnostic.error("broken-link", at, "m", "one"));
    diagnostics.add(Diagnostic.error("broken-link", at, "m", "two"));

    assertThat(diagnostics.sorted()).hasSize(2);
  }

  @Test
  void sortedByPathLineColumnThenSeverityCodeAndMessage() {
    Diagnostic fileLevel =
        Diagnostic.warning("unknown-folder", SourceRef.file("content/a.md"), "m", "");
    Diagnostic line2 = Diagnostic.error("z-code", new SourceRef("content/a.md", 2, 9), "m", "");
    Diagnostic line10 = Diagnostic.error("a-code", new SourceRef("content/a.md", 10, 1), "m", "");
    Diagnostic col3Warning =
        Diagnostic.warning("a-code", new SourceRef("content/a.md", 2, 10), "m", "");
    Diagnostic col3ErrorB =
        Diagnostic.error("b-code", new SourceRef("content/a.md", 2, 10), "m", "");
    Diagnostic col3ErrorA1 =
        Diagnostic.error("a-code", new SourceRef("content/a.md", 2, 10), "x", "");
    Diagnostic col3ErrorA0 =
        Diagnostic.error("a-code", new SourceRef("content/a.md", 2, 10), "w", "");
    Diagnostic otherFile = Diagnostic.error("a-code", new SourceRef("content/b.md", 1, 1), "m", "");
    Diagnostics diagnostics = new Diagnostics();
    diagnostics.addAll(
        List.of(
            otherFile,
            col3Warning,
            line10,
            col3ErrorA1,
            fileLevel,
            col3ErrorB,
            line2,
            col3ErrorA0));

    assertThat(diagnostics.sorted())
        .containsExactly(
            fileLevel, line2, col3ErrorA0, col3ErrorA1, col3ErrorB, col3Warning, line10, otherFile);
  }

  @Test
  void pathsSortAsTextSoThatLine10ComesAfterLine9() {
    Diagnostic nine = Diagnostic.error("c", new SourceRef("content/a.md", 9, 1), "m", "");
    Diagnostic ten = Diagnostic.error("c", new SourceRef("content/a.md", 10, 1), "m", "");
    Diagnostics diagnostics = new Diagnostics();
    diagnostics.add(ten);
    diagnostics.add(nine);

    assertThat(diagnostics.sorted()).containsExactly(nine, ten);
  }

  @Test
  void warningsFailOnlyUnderStrict() {
    Diagnostics diagnostics = new Diagnostics();
    diagnostics.add(
        Diagnostic.warning("placeholder-link", SourceRef.file("content/a.md"), "m", ""));

    assertThat(diagnostics.hasErrors()).isFalse();
    assertThat(diagnostics.fails(false)).isFalse();
    assertThat(diagnostics.fails(true)).isTrue();
  }

  @Test
  void errorsAlwaysFail() {
    Diagnostics diagnostics = new Diagnostics();
    diagnostics.add(Diagnostic.error("broken-link", SourceRef.file("content/a.md"), "m", null));

    assertThat(diagnostics.fails(false)).isTrue();
    assertThat(diagnostics.sorted().get(0).hint()).isEmpty();
  }

  @Test
  void emptyDiagnosticsPass() {
    Diagnostics diagnostics = new Diagnostics();

    assertThat(diagnostics.sorted()).isEmpty();
    assertThat(diagnostics.fails(true)).isFalse();
  }
}
