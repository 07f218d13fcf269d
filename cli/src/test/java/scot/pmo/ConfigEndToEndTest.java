package scot.pmo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.pmo.cli.CliRun;
import scot.pmo.testing.TestRepos;

/**
 * Another programme office's repository, built by {@link Main} in a real Java process: its {@code
 * pmo.yaml} gives the site's title, language, logo, colours, footer, accessibility contact and date
 * format, and nothing of the sample's programme reaches a page or a paper.
 */
class ConfigEndToEndTest {

  /** Words of the sample's programme, which this repository's content never uses. */
  private static final List<String> FOREIGN =
      List.of("solace", "improvement service", "cewg", "chief executive working group", "council");

  private static final String LOGO =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect width=\"10\""
          + " height=\"10\"/></svg>\n";

  @TempDir Path tmp;
  Path repo;

  @BeforeEach
  void harbourProgramme() {
    repo = Fixtures.withTemplates(tmp.resolve("repo"));
    write(
        "content/programmes/harbour-renewal.md",
        """
        ---
        title: "Harbour Renewal Programme"
        short_title: "Harbour Renewal"
        summary: "Made-up test data: the renewal of a harbour."
        led_by:
          - harbour-trust
        governance_group: harbour-board
        ---
        Made-up test data for the configuration's end-to-end test.
        """);
    write(
        "content/organisations/harbour-trust.yaml",
        """
        name: "Harbour Trust"
        type: partnership
        summary: "Made-up test data: the trust that runs the harbour."
        """);
    write(
        "content/organisations/harbour-board.yaml",
        """
        name: "Harbour Board"
        type: working-group
        """);
    write(
        "content/organisations/port-authority.yaml",
        """
        name: "Port Authority"
        type: regulator
        """);
    write(
        "content/workstreams/quayside.yaml",
        """
        title: "Quayside"
        number: "1"
        programme: harbour-renewal
        """);
    write(
        "content/projects/fish-market.md",
        """
        ---
        title: "Fish Market"
        programme: harbour-renewal
        workstream: quayside
        status: active
        summary: "Made-up test data: a new fish market on the quay."
        scope:
          - "Design the market hall."
        ---
        ## Background

        The old market closed.
        """);
    write(
        "content/meetings/fish-market-kick-off.yaml",
        """
        title: "Fish market kick-off"
        type: kick-off
        date: "2024-02-08"
        status: held
        programme: harbour-renewal
        projects:
          - fish-market
        """);
    write(
        "content/case-studies/quay-festival.md",
        """
        ---
        title: "The quay festival"
        summary: "Made-up test data: a festival on the quay."
        date: "2023-10"
        themes:
          - events
        organisations:
          - port-authority
        projects:
          - fish-market
        ---
        Made-up test data.
        """);
    write(
        "content/interdependencies/fish-market-funding.md",
        """
        ---
        title: "Funding for the market hall may lapse"
        type: risk
        project: fish-market
        status: escalated
        raised: "2024-01-10"
        escalated: "2024-02-01"
        escalated_to: harbour-board
        ---
        Made-up test data.
        """);
    write("assets/harbour.svg", LOGO);
    write(
        "pmo.yaml",
        """
        programme: harbour-renewal
        published_by: [harbour-trust]
        site:
          title: "Harbour Renewal site"
          language: en-US
          logo: assets/harbour.svg
          logo_alt: "Harbour Trust"
          colours:
            header_background: "#1d3557"
            header_text: "#ffffff"
            link: "#1d5fa8"
          footer_links:
            - text: "Privacy notice"
              url: https://harbour.example.org/privacy
          accessibility_contact:
            name: "Harbour programme office"
            email: office@harbour.example.org
        dates:
          format: month-day-year
        """);
  }

  private void write(String path, String text) {
    TestRepos.write(repo, path, text);
  }

  @Test
  void theSiteAndPapersAreThoseOfThisProgrammeOffice() throws Exception {
    Path site = tmp.resolve("site");

    MainProcess.Finished run = pmo("--repo", repo.toString(), "build", "--out", site.toString());

    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    String home = read(site.resolve("index.html"));
    assertThat(home)
        .startsWith("<!DOCTYPE html>\n<html lang=\"en-US\">")
        .contains("<title>Harbour Renewal site – home</title>")
        .contains(
            "<a class=\"site-header__title\" href=\"index.html\"><img class=\"site-header__logo\""
                + " src=\"assets/logo.svg\" alt=\"Harbour Trust\">Harbour Renewal site</a>")
        .contains(
            "<link rel=\"stylesheet\" href=\"assets/site.css\">\n"
                + "<link rel=\"stylesheet\" href=\"assets/theme.css\">")
        .contains("<li><a href=\"https://harbour.example.org/privacy\">Privacy notice</a></li>")
        .contains("Published by <a href=\"organisations/harbour-trust.html\">Harbour Trust</a>.")
        .doesNotContain("id=\"anchors\"", "think piece");
    assertThat(read(site.resolve("projects/fish-market.html")))
        .contains("<title>Fish Market – Project – Harbour Renewal site</title>");
    assertThat(read(site.resolve("assets/logo.svg"))).isEqualTo(LOGO);
    assertThat(read(site.resolve("assets/theme.css")))
        .contains(":root { --blue: #1d5fa8; }")
        .contains(".site-header { background: #1d3557; }")
        .contains("[aria-current=\"page\"] { color: #ffffff; }");
    assertThat(read(site.resolve("meetings/fish-market-kick-off.html")))
        .contains("February 8, 2024")
        .doesNotContain("8 February 2024");
    assertThat(read(site.resolve("accessibility.html")))
        .contains(
            "contact Harbour programme office at <a"
                + " href=\"mailto:office@harbour.example.org\">office@harbour.example.org</a>.");
    assertThat(read(site.resolve("feed.xml"))).contains("xml:lang=\"en-US\"");
    assertThat(read(site.resolve("escalation-register.html")))
        .contains("interdependencies for the Harbour Board, grouped by anchor");
    assertThat(site.resolve("case-studies/organisation/port-authority.html")).isRegularFile();
    assertThat(read(site.resolve("papers/escalation-report.html")))
        .contains("<title>Harbour Board escalation report – ")
        .contains("lang=\"en-US\"");
    assertThat(read(site.resolve("papers/fish-market.md")))
        .contains("*Published by Harbour Trust. Generated on ");

    List<String> mentions = new ArrayList<>();
    for (Path file : pagesAndPapers(site)) {
      String text = read(file).toLowerCase(Locale.ROOT);
      for (String word : FOREIGN) {
        if (text.contains(word)) {
          mentions.add(site.relativize(file) + " mentions " + word);
        }
      }
    }
    assertThat(mentions).isEmpty();
  }

  @Test
  void twoBuildsOfTheSameRepositoryAreTheSameBytes() throws Exception {
    Path first = tmp.resolve("first");
    Path second = tmp.resolve("second");

    MainProcess.Finished a =
        pmo("--repo", repo.toString(), "build", "--no-papers", "--out", first.toString());
    MainProcess.Finished b =
        pmo("--repo", repo.toString(), "build", "--no-papers", "--out", second.toString());

    assertThat(a.exitCode()).as(a.err()).isZero();
    assertThat(b.exitCode()).as(b.err()).isZero();
    assertThat(TestRepos.hash(first)).isEqualTo(TestRepos.hash(second));
  }

  @Test
  void withoutPmoYamlTheDefaultsNameNoProgrammeOffice() throws Exception {
    Files.delete(repo.resolve("pmo.yaml"));
    Path site = tmp.resolve("site");

    MainProcess.Finished run =
        pmo("--repo", repo.toString(), "build", "--no-papers", "--out", site.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    String home = read(site.resolve("index.html"));
    assertThat(home)
        .startsWith("<!DOCTYPE html>\n<html lang=\"en-GB\">")
        .contains("<title>Harbour Renewal – home</title>")
        .doesNotContain("theme.css", "site-header__logo", "Published by");
    assertThat(site.resolve("assets/theme.css")).doesNotExist();
    assertThat(read(site.resolve("meetings/fish-market-kick-off.html")))
        .contains("8 February 2024");
    assertThat(read(site.resolve("accessibility.html")))
        .contains(
            "contact <a href=\"organisations/harbour-trust.html\">Harbour Trust</a>, which runs"
                + " the programme office.");
    assertThat(site.resolve("case-studies/organisation/port-authority.html")).isRegularFile();
  }

  @Test
  void theFeedKeepsAsManyChangesAsPmoYamlSaysAndItsBaseUrlGivesWayToTheOption() throws Exception {
    write(
        "pmo.yaml",
        """
        published_by: [harbour-trust]
        site:
          base_url: https://harbour.example.org/renewal/
        dates: {format: month-day-year}
        feed: {entries: "2"}
        """);
    GitScratch git = GitScratch.init(repo);
    git.commit("The harbour programme", "Robin Sample", "2024-03-01T10:00:00+00:00");
    git.edit("content/projects/fish-market.md", "The old market closed.", "The market closed.");
    git.commit("Shorter background", "Robin Sample", "2024-03-02T10:00:00+00:00");
    git.edit("content/projects/fish-market.md", "The market closed.", "The market shut.");
    git.commit("Plainer background", "Robin Sample", "2024-03-03T10:00:00+00:00");
    Path site = tmp.resolve("site");
    Path other = tmp.resolve("other");

    CliRun run = CliRun.run(repo, "build", "--no-papers", "--out", site.toString());
    CliRun option =
        CliRun.run(
            repo,
            "build",
            "--no-papers",
            "--base-url",
            "https://other.example.org/",
            "--out",
            other.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    String feed = read(site.resolve("feed.xml"));
    assertThat(feed.split("<entry>", -1)).hasSize(3);
    assertThat(feed).contains("Plainer background", "Shorter background");
    assertThat(read(site.resolve("changes.html")))
        .contains("March 3, 2024")
        .doesNotContain("The harbour programme");
    assertThat(read(site.resolve("sitemap.xml")))
        .contains("<loc>https://harbour.example.org/renewal/index.html</loc>");
    assertThat(option.exitCode()).as(option.err()).isZero();
    assertThat(read(other.resolve("sitemap.xml")))
        .contains("<loc>https://other.example.org/index.html</loc>")
        .doesNotContain("harbour.example.org");
  }

  @Test
  void briefAllWritesThePapersPmoYamlListsAndTheReportItNames() throws Exception {
    write(
        "content/projects/net-sheds.md",
        """
        ---
        title: "Net Sheds"
        programme: harbour-renewal
        workstream: quayside
        ---
        """);
    write(
        "pmo.yaml",
        """
        papers:
          briefing:
            projects: [fish-market]
          escalation_report:
            group: port-authority
            name: port-report
            title: "Report to the Port Authority"
        """);
    Path papers = tmp.resolve("papers");

    CliRun run = CliRun.run(repo, "brief", "--all", "--format", "md", "--out", papers.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    try (Stream<Path> files = Files.list(papers)) {
      assertThat(files.map(f -> f.getFileName().toString()).sorted())
          .containsExactly("fish-market.md", "port-report.md");
    }
    assertThat(read(papers.resolve("port-report.md")))
        .contains("\n# Report to the Port Authority\n");
    CliRun named =
        CliRun.run(repo, "brief", "net-sheds", "--format", "md", "--out", papers.toString());
    assertThat(named.exitCode()).as(named.err()).isZero();
    assertThat(papers.resolve("net-sheds.md")).isRegularFile();
  }

  /** The pages, papers and text files of a built site, but not the third-party search library. */
  private static List<Path> pagesAndPapers(Path site) throws IOException {
    try (Stream<Path> files = Files.walk(site)) {
      return files
          .filter(Files::isRegularFile)
          .filter(
              f -> {
                String name = f.getFileName().toString();
                return name.endsWith(".html")
                    || name.endsWith(".md")
                    || name.endsWith(".xml")
                    || name.endsWith(".ics")
                    || name.equals("search-index.js");
              })
          .sorted()
          .toList();
    }
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  /** Runs {@link Main} with {@code args} in a new Java process. */
  private MainProcess.Finished pmo(String... args) throws IOException, InterruptedException {
    return MainProcess.run(tmp, Map.of("SOURCE_DATE_EPOCH", "1706745600"), args);
  }
}
