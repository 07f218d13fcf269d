package scot.pmo.render.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import scot.pmo.testing.SyntheticRaid;
import scot.pmo.testing.TestRepos;

/**
 * The site of the sample content with the synthetic working view laid over it (ratings, actions,
 * RAG, a slipped milestone), as of 2024-03-14: built once per test run under {@code
 * target/working-site/} and shared by the tests that read it.
 */
final class WorkingSite {

  /** The date the site treats as today: the day of the second synthetic meeting. */
  static final String AS_OF = "2024-03-14";

  /** The second meeting's pack, as {@code pmo build} writes it beside the pages. */
  static final String PACK = "papers/" + SyntheticRaid.SECOND_MEETING + "-pack.html";

  /** The pages the working view adds, each of which the tests check. */
  static final List<String> NEW_PAGES =
      List.of(
          "raid/index.html",
          "raid/type/risk.html",
          "raid/status/escalated.html",
          "raid/owner/derek-crichton.html",
          "raid/project/active-communities.html",
          "raid/rating/high.html",
          "actions.html",
          "timeline.html",
          "index.html",
          "projects/active-communities.html",
          "interdependencies/synthetic-risk-volunteer-capacity.html",
          "meetings/synthetic-cewg-2024-03.html",
          "meetings/synthetic-cewg-2024-01.html",
          PACK);

  private static Path built;

  private WorkingSite() {}

  /** A history of one change on the as-of date, which fixes the site's today. */
  static SiteHistory history() {
    return SiteHistory.of(
        Map.of(),
        List.of(
            new ChangeEntry(
                "synthetic1",
                AS_OF,
                "A. Editor",
                "Add the synthetic working view",
                "Synthetic test change.",
                List.of())));
  }

  static synchronized Path folder() {
    if (built == null) {
      try {
        Path root = Path.of("target/working-site").toAbsolutePath();
        Path repo = root.resolve("repo");
        Path out = root.resolve("site");
        if (Files.exists(root)) {
          try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
              Files.delete(p);
            }
          }
        }
        Files.createDirectories(repo);
        TestRepos.copy(repo);
        SyntheticRaid.addTo(repo);
        built = SampleSite.build(repo, out, SiteOptions.defaults().withHistory(history()));
        writePack(repo, built);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return built;
  }

  private static void writePack(Path repo, Path site) throws IOException {
    TestRepos.Loaded loaded = TestRepos.load(repo);
    scot.pmo.render.paper.Paper pack =
        new scot.pmo.render.paper.MeetingPacks(
                loaded.validation().catalogue(),
                loaded.graph(),
                new scot.pmo.render.markdown.MarkdownRenderer(),
                scot.pmo.model.Config.DEFAULT)
            .build(
                SyntheticRaid.SECOND_MEETING,
                java.time.LocalDate.parse(AS_OF),
                TestRepos.PROVENANCE);
    Files.createDirectories(site.resolve("papers"));
    Files.writeString(
        site.resolve(PACK),
        new scot.pmo.render.paper.PaperRenderer(new scot.pmo.render.template.Templates(repo))
            .html(pack));
  }
}
