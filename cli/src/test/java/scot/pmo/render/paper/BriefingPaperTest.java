package scot.pmo.render.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import scot.pmo.testing.SeedText;
import scot.pmo.testing.TestRepos;

class BriefingPaperTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden/papers");

  /**
   * Where seed 000 and seed 001 disagree on punctuation in the text they share: 000 ends four of
   * the Improvement Service PMO's responsibilities with ';', 001 with '.'. The role's content
   * (written once) follows 001.
   */
  static final Map<String, String> SEED_000_PUNCTUATION =
      Map.of(
          "piece;",
          "piece.",
          "delivery;",
          "delivery.",
          "programmes;",
          "programmes.",
          "work;",
          "work.");

  @ParameterizedTest
  @CsvSource({
    "active-communities, html",
    "active-communities, md",
    "crerar-implementation, html",
    "crerar-implementation, md"
  })
  void matchesGoldenFile(String project, String format) throws IOException {
    PaperRenderer renderer = Papers.renderer(TestRepos.REPO);
    BriefingPaper paper = Papers.briefing(TestRepos.REPO, project);
    String actual = format.equals("html") ? renderer.html(paper) : renderer.markdown(paper);
    Path golden = GOLDEN.resolve(project + "." + format);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(golden).as("golden file; run with -Dgolden.update=true to create it").exists();
    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @CsvSource({
    "active-communities, 000_3702dd2a26198c56.txt, html",
    "active-communities, 000_3702dd2a26198c56.txt, md",
    "crerar-implementation, 001_e352e6ccee9e7b0d.txt, html",
    "crerar-implementation, 001_e352e6ccee9e7b0d.txt, md"
  })
  void textMatchesTheSeedWordForWord(String project, String seed, String format)
      throws IOException {
    Path seedFile = TestRepos.SEEDS.resolve(seed);
    assumeThat(seedFile).as("the seeds are beside the repository").exists();
    PaperRenderer renderer = Papers.renderer(TestRepos.REPO);
    BriefingPaper paper = Papers.briefing(TestRepos.REPO, project);
    String text =
        format.equals("html")
            ? Papers.htmlText(renderer.html(paper))
            : Papers.markdownText(renderer.markdown(paper));
    assertSeedText(seedFile, text);
  }

  /** Compares {@code text} with the seed word for word, allowing only the seeds' disagreement. */
  static void assertSeedText(Path seedFile, String text) throws IOException {
    List<String> expected = SeedText.seedWords(Files.readString(seedFile, StandardCharsets.UTF_8));
    List<String> actual = SeedText.words(text);
    Map<String, String> allowed =
        seedFile.getFileName().toString().startsWith("000") ? SEED_000_PUNCTUATION : Map.of();
    assertThat(SeedText.firstDifference(expected, actual, allowed)).isNull();
  }

  @Test
  void theSeedsReallyDisagreeWhereTheComparisonAllowsIt() throws IOException {
    Path s000 = TestRepos.SEEDS.resolve("000_3702dd2a26198c56.txt");
    Path s001 = TestRepos.SEEDS.resolve("001_e352e6ccee9e7b0d.txt");
    assumeThat(s000).exists();
    String a = Files.readString(s000);
    String b = Files.readString(s001);
    assertThat(a).contains("strategic direction of the think piece;");
    assertThat(b).contains("strategic direction of the think piece.");
  }

  @Test
  void rendersTheSameBytesTwice() {
    for (String project : List.of("active-communities", "crerar-implementation")) {
      for (PaperFormat format : List.of(PaperFormat.HTML, PaperFormat.MD)) {
        byte[] first =
            Papers.renderer(TestRepos.REPO)
                .render(Papers.briefing(TestRepos.REPO, project), format);
        byte[] second =
            new PaperRenderer(new scot.pmo.render.template.Templates(TestRepos.REPO))
                .render(Papers.briefing(TestRepos.REPO, project), format);
        assertThat(second).as(project + " " + format).isEqualTo(first);
      }
    }
  }

  @Test
  void sharedTextComesFromOneSource() {
    BriefingPaper a = Papers.briefing(TestRepos.REPO, "active-communities");
    BriefingPaper c = Papers.briefing(TestRepos.REPO, "crerar-implementation");
    assertThat(a.roles()).isEqualTo(c.roles());
    assertThat(a.kickOff().purpose()).isEqualTo(c.kickOff().purpose());
    assertThat(a.kickOff().outcomes()).isEqualTo(c.kickOff().outcomes());
    assertThat(a.approach().governance()).isEqualTo(c.approach().governance());
    assertThat(a.kickOff().date()).isEqualTo("8 February 2024");
    assertThat(c.kickOff().date()).isEqualTo("18 January 2024");
  }

  @Test
  void minimalProjectHasNoEmptyHeadingsOrDanglingLabels(@TempDir Path tmp) {
    Path repo = TestRepos.copy(tmp);
    // Synthetic test data, made up for this test: a project with only the required fields.
    TestRepos.write(
        repo,
        "content/projects/synthetic-minimal.md",
        """
        ---
        title: "Synthetic minimal project"
        programme: solace-is-transformation
        workstream: workstream-2
        ---
        """);
    BriefingPaper paper = Papers.briefing(repo, "synthetic-minimal");
    String html = Papers.renderer(repo).html(paper);
    Document doc = Jsoup.parse(html);
    for (Element heading : doc.select("main h2, main h3")) {
      Element next = heading.nextElementSibling();
      assertThat(next).as("content after " + heading.text()).isNotNull();
      if (next.tagName().matches("h[1-6]")) {
        assertThat(next.tagName()).as("after " + heading.text()).isGreaterThan(heading.tagName());
      }
    }
    assertThat(doc.select("ul:not(:has(li)), p:matchesOwn(^\\s*$):not(:has(*))")).isEmpty();
    assertThat(doc.select("h2").eachText()).containsExactly("Purpose");
    assertThat(doc.select("main").text())
        .isEqualTo(
            "Purpose The following paper is intended as"
                + " a briefing paper for those who have volunteered to get involved in Solace/IS"
                + " Transformation work and the project of Synthetic minimal project which sits in"
                + " workstream 2 which is the shorter term projects.");
    assertThat(doc.select(".title-role")).isEmpty();

    String md = Papers.renderer(repo).markdown(paper);
    List<String> lines = Arrays.asList(md.split("\n"));
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("## ") || line.startsWith("### ")) {
        int j = i + 1;
        while (j < lines.size() && lines.get(j).isBlank()) {
          j++;
        }
        assertThat(j).as("text after " + line).isLessThan(lines.size());
        int level = line.indexOf(' ');
        assertThat(lines.get(j))
            .as("after " + line)
            .doesNotStartWith("#".repeat(level) + " ")
            .doesNotStartWith("---");
        if (level == 3) {
          assertThat(lines.get(j)).doesNotStartWith("## ");
        }
      }
      assertThat(lines.get(i)).isNotIn("-", "- ", "**:**");
    }
  }

  @Test
  void linksToReferencesWithAnAddressBecomeLinksAndOthersPlainText(@TempDir Path tmp) {
    Path repo = TestRepos.copy(tmp);
    // Synthetic test data: a reference with a web address, cited by a synthetic project.
    TestRepos.write(
        repo,
        "content/references/synthetic-online-report.yaml",
        """
        title: "Synthetic online report"
        type: report
        url: "https://example.org/synthetic-report"
        summary: "A synthetic reference with a web address."
        """);
    TestRepos.write(
        repo,
        "content/projects/synthetic-linked.md",
        """
        ---
        title: "Synthetic linked project"
        programme: solace-is-transformation
        workstream: workstream-2
        further_reading:
          - reference: synthetic-online-report
          - reference: terms-of-reference
        ---
        ## Discovery work

        See [the online report](../references/synthetic-online-report.yaml), the \
        [terms](../references/terms-of-reference.yaml) and [a site](https://example.org/x).
        """);
    BriefingPaper paper = Papers.briefing(repo, "synthetic-linked");
    Document doc = Jsoup.parse(Papers.renderer(repo).html(paper));
    assertThat(doc.select("a").eachAttr("href"))
        .containsExactly(
            "https://example.org/synthetic-report",
            "https://example.org/x",
            "https://example.org/synthetic-report");
    assertThat(doc.select(".discovery").text()).contains("the terms and a site");
    String md = Papers.renderer(repo).markdown(paper);
    assertThat(md)
        .contains("[the online report](<https://example.org/synthetic-report>)")
        .contains("**[Synthetic online report](<https://example.org/synthetic-report>)**")
        .contains("**Terms of reference**")
        .doesNotContain("../references");
  }
}
