package scot.pmo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.pmo.GitScratch;
import scot.pmo.testing.TestRepos;

/**
 * A RAID record's page shows how its status and rating moved, from git: a synthetic risk rated in
 * one commit, re-rated in a second, escalated and re-rated in a third, with a commit between that
 * changes its text alone.
 */
class RecordHistoryTest {

  private static final String RISK = "content/interdependencies/synthetic-risk-rating-history.md";

  @TempDir static Path temp;
  static GitScratch repo;
  static Path site;

  @BeforeAll
  static void buildTheSite() {
    repo = GitScratch.init(temp.resolve("repo"));
    TestRepos.copy(repo.dir());
    repo.write(RISK, risk("open", "2", "3", "Synthetic mitigation: ask early.", ""));
    repo.commit("Raise a synthetic risk", "Ann Example", "2024-01-10T10:00:00Z");
    repo.write(RISK, risk("open", "4", "3", "Synthetic mitigation: ask early.", ""));
    repo.commit("The synthetic risk is more likely", "Ann Example", "2024-02-10T10:00:00Z");
    repo.write(RISK, risk("open", "4", "3", "Synthetic mitigation: ask earlier.", ""));
    repo.commit("Reword the mitigation", "Ben Example", "2024-02-20T10:00:00Z");
    repo.write(
        RISK,
        risk(
            "escalated",
            "4",
            "5",
            "Synthetic mitigation: ask earlier.",
            "escalated: \"2024-03-10\"\nescalated_to: chief-executive-working-group\n"));
    repo.commit("Escalate the synthetic risk", "Ben Example", "2024-03-10T10:00:00Z");
    site = temp.resolve("site");
    CliRun run = CliRun.run(repo.dir(), "build", "--no-papers", "--out", site.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  private static String risk(
      String status, String likelihood, String impact, String mitigation, String more) {
    return "---\n"
        + "title: \"Synthetic risk: a rating that moves\"\n"
        + "type: risk\n"
        + "project: active-communities\n"
        + "status: "
        + status
        + "\n"
        + "raised: \"2024-01-10\"\n"
        + more
        + "likelihood: \""
        + likelihood
        + "\"\n"
        + "impact: \""
        + impact
        + "\"\n"
        + "mitigation: \""
        + mitigation
        + "\"\n"
        + "---\n"
        + "Synthetic test data: a risk invented for tests.\n";
  }

  private static Document page(Path root, String id) throws IOException {
    return Jsoup.parse(root.resolve("interdependencies/" + id + ".html").toFile(), "UTF-8");
  }

  private static List<List<String>> rows(Element table) {
    return table.select("tbody tr").stream()
        .map(tr -> tr.select("th, td").stream().map(Element::text).toList())
        .toList();
  }

  @Test
  void aRatedRiskHasOneRowPerChangeOfStatusOrRating() throws IOException {
    Document page = page(site, "synthetic-risk-rating-history");
    Element section = page.getElementById("record-history").parent();
    assertThat(section.selectFirst("h2").text()).isEqualTo("History of this record");
    Element table = section.selectFirst("table");
    assertThat(table.selectFirst("caption").text()).contains("status and rating");
    assertThat(table.select("thead th").eachAttr("scope")).containsOnly("col");
    assertThat(table.select("thead th").eachText())
        .containsExactly("Date", "Commit", "Status", "Likelihood", "Impact", "Score", "Band");
    String[] ids = repo.git("log", "--format=%h", "--abbrev=7", "--", RISK).split("\n");
    // git log: newest first; the rows: oldest first, without the commit that reworded the text.
    assertThat(rows(table))
        .containsExactly(
            List.of(
                "10 January 2024", ids[3], "Open", "2 (Unlikely)", "3 (Moderate)", "6", "Medium"),
            List.of(
                "10 February 2024", ids[2], "Open", "4 (Likely)", "3 (Moderate)", "12", "Medium"),
            List.of(
                "10 March 2024", ids[0], "Escalated", "4 (Likely)", "5 (Severe)", "20", "High"));
    assertThat(table.select("tbody th").eachAttr("scope")).containsOnly("row");
    assertThat(page.select(".contents-nav a").eachText()).contains("History of this record");
  }

  @Test
  void aRecordNeverRatedShowsItsStatusAlone() throws IOException {
    Document page = page(site, "crerar-implementation-depends-on-lgbf-peer-improvement");
    Element table = page.getElementById("record-history").parent().selectFirst("table");
    assertThat(table.select("thead th").eachText()).containsExactly("Date", "Commit", "Status");
    assertThat(rows(table)).hasSize(1);
    assertThat(rows(table).get(0)).element(2).isEqualTo("Open");
    assertThat(table.selectFirst("caption").text()).contains("status of this record");
  }

  @Test
  void withoutGitThereIsNoTable() throws IOException {
    Path plain = TestRepos.copy(temp.resolve("no-git"));
    TestRepos.write(plain, RISK, risk("open", "2", "3", "Synthetic mitigation.", ""));
    Path out = temp.resolve("site-no-git");
    CliRun run = CliRun.run(plain, "build", "--no-papers", "--out", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    Document page = page(out, "synthetic-risk-rating-history");
    assertThat(page.getElementById("record-history")).isNull();
    assertThat(page.text()).doesNotContain("History of this record");
  }
}
