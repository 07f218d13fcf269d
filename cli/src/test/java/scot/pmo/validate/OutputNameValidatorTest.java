package scot.pmo.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import scot.pmo.link.GraphBuilder;
import scot.pmo.model.Catalogue;
import scot.pmo.model.Config;
import scot.pmo.model.Diagnostic;
import scot.pmo.model.Diagnostics;
import scot.pmo.model.Entity;
import scot.pmo.model.Kind;
import scot.pmo.model.SourceMap;
import scot.pmo.render.paper.EscalationReports;

/** Output names are compared as a case-insensitive, normalising file system compares them. */
class OutputNameValidatorTest {

  @Test
  void aProjectNamedAsPmoYamlNamesTheEscalationReportClashesWithIt() {
    Config config =
        new Config(
            Config.DEFAULT.programme(),
            Config.DEFAULT.publishedBy(),
            Config.DEFAULT.site(),
            Config.DEFAULT.dates(),
            Config.DEFAULT.feedEntries(),
            new Config.Papers(
                Optional.empty(),
                new Config.EscalationReport(Optional.empty(), "board-report", Optional.empty())),
            Config.DEFAULT.library(),
            Config.DEFAULT.limits(),
            Config.DEFAULT.raid(),
            Config.DEFAULT.rules());
    Entity project =
        new Entity(
            Kind.PROJECT,
            "Board-Report",
            "content/projects/Board-Report.md",
            JsonNodeFactory.instance.objectNode(),
            new SourceMap("content/projects/Board-Report.md"),
            "",
            1);
    Catalogue catalogue = new Catalogue(List.of(project));
    Diagnostics found = new Diagnostics();
    new OutputNameValidator(config).validate(catalogue, found);
    assertThat(found.sorted())
        .extracting(Diagnostic::code, Diagnostic::message)
        .containsExactly(
            tuple(
                "output-name-clash",
                "this would be published as papers/Board-Report, the same file as the escalation"
                    + " report's papers (papers/board-report) on a file system that ignores case"));
    assertThat(new EscalationReports(catalogue, GraphBuilder.build(catalogue), config).id())
        .isEqualTo("board-report");

    Diagnostics none = new Diagnostics();
    new OutputNameValidator(Config.DEFAULT).validate(catalogue, none);
    assertThat(none.sorted()).isEmpty();
  }

  @Test
  void aProjectNamedAsAMeetingsPackClashesWithIt() {
    Entity meeting = entity(Kind.MEETING, "board-2024-03", "content/meetings/board-2024-03.yaml");
    Entity project =
        entity(Kind.PROJECT, "board-2024-03-pack", "content/projects/board-2024-03-pack.md");
    Diagnostics found = new Diagnostics();
    new OutputNameValidator(Config.DEFAULT)
        .validate(new Catalogue(List.of(meeting, project)), found);
    assertThat(found.sorted())
        .extracting(Diagnostic::code, Diagnostic::message)
        .containsExactly(
            tuple(
                "output-name-clash",
                "this would be published as papers/board-2024-03-pack, the same file as the pack"
                    + " of content/meetings/board-2024-03.yaml"));
  }

  private static Entity entity(Kind kind, String id, String path) {
    return new Entity(
        kind, id, path, JsonNodeFactory.instance.objectNode(), new SourceMap(path), "", 1);
  }

  @Test
  void namesEqualAfterCaseFoldingAndNormalisationClash() {
    assertThat(OutputNameValidator.fold("projects/Index.html"))
        .isEqualTo(OutputNameValidator.fold("projects/index.html"));
    assertThat(OutputNameValidator.fold("texts/caf\u00e9.html"))
        .isEqualTo(OutputNameValidator.fold("texts/cafe\u0301.html"));
    assertThat(OutputNameValidator.fold("texts/stra\u00dfe.html"))
        .isEqualTo(OutputNameValidator.fold("texts/STRASSE.html"));
    assertThat(OutputNameValidator.fold("a.html")).isNotEqualTo(OutputNameValidator.fold("b.html"));
  }

  @Test
  void windowsDeviceNamesAreReserved() {
    assertThat(Ids.isWindowsReserved("con")).isTrue();
    assertThat(Ids.isWindowsReserved("lpt1")).isTrue();
    assertThat(Ids.isWindowsReserved("console")).isFalse();
  }
}
