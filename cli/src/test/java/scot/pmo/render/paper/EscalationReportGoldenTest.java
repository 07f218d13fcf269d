package scot.pmo.render.paper;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.pmo.Golden;
import scot.pmo.model.Config;
import scot.pmo.testing.SyntheticRaid;
import scot.pmo.testing.TestRepos;

/**
 * The standalone escalation report on the synthetic working view, byte for byte: it shares its
 * template with the meeting pack's escalations section, and must read as it did.
 */
class EscalationReportGoldenTest {

  @TempDir static Path tmp;
  static Path repo;
  static EscalationReport report;

  @BeforeAll
  static void build() {
    repo = TestRepos.copy(tmp.resolve("repo"));
    SyntheticRaid.addTo(repo);
    TestRepos.Loaded loaded = Papers.loaded(repo);
    report =
        new EscalationReports(loaded.validation().catalogue(), loaded.graph(), Config.DEFAULT)
            .build(LocalDate.of(2024, 3, 14), TestRepos.PROVENANCE);
  }

  @Test
  void htmlMatchesTheGoldenFile() throws IOException {
    Golden.assertMatches(Papers.renderer(repo).html(report), "papers/escalation-report.html");
  }

  @Test
  void markdownMatchesTheGoldenFile() throws IOException {
    Golden.assertMatches(Papers.renderer(repo).markdown(report), "papers/escalation-report.md");
  }
}
