package scot.pmo.render.site;

import java.util.List;
import java.util.Map;

/** A made-up history of the sample content, for tests of the pages that show history. */
final class SiteHistoryExamples {

  private SiteHistoryExamples() {}

  static SiteHistory history() {
    return SiteHistory.of(
        Map.of(
            "content/projects/active-communities.md",
            new PageHistory("2023-12-01", "2024-02-08", "A. Editor")),
        List.of(
            new ChangeEntry(
                "abc123",
                "2024-02-08T10:15:00Z",
                "A. Editor",
                "Add the Active Communities kick-off",
                "Made-up test change; date, purpose," + " outcomes.",
                List.of(
                    "content/meetings/active-communities-kick-off.yaml",
                    "content/projects/active-communities.md")),
            new ChangeEntry(
                "def456",
                "2023-12-01",
                "",
                "Add the programme",
                "",
                List.of("content/programmes/solace-is-transformation.md"))));
  }
}
