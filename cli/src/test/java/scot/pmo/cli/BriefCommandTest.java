package scot.pmo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import scot.pmo.testing.SyntheticRaid;
import scot.pmo.testing.TestRepos;

class BriefCommandTest {

  @TempDir Path tmp;

  record Result(int code, String out, String err) {}

  private Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cmd = PmoCommand.create();
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    int code = cmd.execute(args);
    return new Result(
        code, out.toString().replace("\r\n", "\n"), err.toString().replace("\r\n", "\n"));
  }

  @Test
  void writesPapersAndNeverChangesContent() throws Exception {
    Path repo = TestRepos.copy(tmp.resolve("repo"));
    String before = TestRepos.hash(repo.resolve("content"));
    String templates = TestRepos.hash(repo.resolve("templates"));
    Result result = run("--repo", repo.toString(), "brief", "--all", "--format", "html,md");
    assertThat(result.code()).as(result.err()).isZero();
    Path papers = repo.resolve("site/papers");
    assertThat(papers.resolve("active-communities.html")).isRegularFile();
    assertThat(papers.resolve("crerar-implementation.md")).isRegularFile();
    assertThat(papers.resolve("procurement.html")).isRegularFile();
    assertThat(result.out()).contains("wrote ").contains("active-communities.html");
    assertThat(TestRepos.hash(repo.resolve("content"))).isEqualTo(before);
    assertThat(TestRepos.hash(repo.resolve("templates"))).isEqualTo(templates);
    try (var files = Files.list(papers)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .noneMatch(name -> name.endsWith(".tmp"));
    }
  }

  @Test
  void refusesToWriteIntoContent() {
    Path repo = TestRepos.copy(tmp.resolve("repo"));
    String before = TestRepos.hash(repo.resolve("content"));
    Result result =
        run(
            "--repo",
            repo.toString(),
            "brief",
            "active-communities",
            "--out",
            repo.resolve("content/papers").toString());
    assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains("inside content/");
    assertThat(TestRepos.hash(repo.resolve("content"))).isEqualTo(before);
  }

  @Test
  void invalidContentWritesNothingAndReportsTheProblem() throws Exception {
    Path repo = TestRepos.copy(tmp.resolve("repo"));
    Path out = tmp.resolve("out");
    Files.createDirectories(out);
    Files.writeString(out.resolve("active-communities.html"), "previous paper");
    TestRepos.write(repo, "content/projects/broken.md", "---\ntitle: Broken\n---\n");
    Result result = run("--repo", repo.toString(), "brief", "--all", "--out", out.toString());
    assertThat(result.code()).isEqualTo(ExitCodes.CONTENT);
    assertThat(result.err()).contains("content/projects/broken.md").contains("error");
    assertThat(Files.readString(out.resolve("active-communities.html")))
        .isEqualTo("previous paper");
  }

  @Test
  void unknownProjectIsAUsageErrorWithASuggestion() {
    Path repo = TestRepos.copy(tmp.resolve("repo"));
    Result result = run("--repo", repo.toString(), "brief", "active-comunities");
    assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains("did you mean 'active-communities'");
  }

  @Test
  void misspeltTemplateFieldFailsNamingFileAndLine() throws Exception {
    Path repo = TestRepos.copy(tmp.resolve("repo"));
    Path partial = repo.resolve("templates/paper/partials/roles.html.mustache");
    Files.writeString(partial, Files.readString(partial).replace("{{heading}}", "{{haeding}}"));
    Path out = tmp.resolve("out");
    Result result =
        run("--repo", repo.toString(), "brief", "active-communities", "--out", out.toString());
    assertThat(result.code()).isEqualTo(ExitCodes.CONTENT);
    assertThat(result.err())
        .contains("templates/paper/partials/roles.html.mustache:6: 'haeding' is not a field");
    assertThat(out).doesNotExist();
  }

  @Test
  void writesTheEscalationReportAsOfADate() throws Exception {
    // --as-of reads the content as it was on that day, from git.
    scot.pmo.GitScratch git = scot.pmo.GitScratch.init(tmp.resolve("repo"));
    Path repo = TestRepos.copy(git.dir());
    git.commit("The sample programme", "Ann Example", "2024-02-01T10:00:00Z");
    Path out = tmp.resolve("out");
    Result result =
        run(
            "--repo",
            repo.toString(),
            "brief",
            "--escalation-report",
            "--as-of",
            "2024-03-01",
            "--format",
            "md",
            "--out",
            out.toString());
    assertThat(result.code()).as(result.err()).isZero();
    assertThat(Files.readString(out.resolve("cewg-escalation-report.md")))
        .contains("as of **1 March 2024**");
    try (var files = Files.list(out)) {
      assertThat(files).hasSize(1);
    }
  }

  @Test
  void writesAMeetingPackInEveryFormat() throws Exception {
    Path repo = committedWorkingView();
    Path out = tmp.resolve("out");
    CliRun result =
        CliRun.run(
            repo,
            "brief",
            "--meeting",
            SyntheticRaid.SECOND_MEETING,
            "--as-of",
            "2024-03-14",
            "--format",
            "all",
            "--out",
            out.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(
              "synthetic-cewg-2024-03-pack.html",
              "synthetic-cewg-2024-03-pack.pdf",
              "synthetic-cewg-2024-03-pack.docx",
              "synthetic-cewg-2024-03-pack.md");
    }
    assertThat(Files.readString(out.resolve("synthetic-cewg-2024-03-pack.md")))
        .contains("# Synthetic Chief Executive Working Group meeting, March 2024")
        .contains("**RAG status: Amber (at risk)**")
        .contains("**Overdue by 14 days**");
    assertThat(Files.readAllBytes(out.resolve("synthetic-cewg-2024-03-pack.pdf")))
        .startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    assertThat(result.out()).contains("synthetic-cewg-2024-03-pack.pdf");
  }

  @Test
  void allWritesThePackOfEveryMeetingWithAnAgenda() throws Exception {
    Path repo = committedWorkingView();
    Path out = tmp.resolve("out");
    CliRun result =
        CliRun.run(
            repo, "brief", "--all", "--as-of", "2024-03-14", "--format", "md", "--out", "" + out);
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(out.resolve("synthetic-cewg-2024-01-pack.md")).isRegularFile();
    assertThat(out.resolve("synthetic-cewg-2024-03-pack.md")).isRegularFile();
    assertThat(out.resolve("cewg-escalation-report.md")).isRegularFile();
  }

  @Test
  void unknownMeetingIsAUsageErrorWithASuggestion() {
    Path repo = committedWorkingView();
    Path out = tmp.resolve("out");
    CliRun result =
        CliRun.run(repo, "brief", "--meeting", "synthetic-cewg-2024-3", "--out", out.toString());
    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err())
        .contains("'synthetic-cewg-2024-3' is not a meeting")
        .contains("did you mean 'synthetic-cewg-2024-03'")
        .contains("the meetings are: ")
        .contains("synthetic-cewg-2024-01");
    assertThat(out).doesNotExist();
    CliRun nope = CliRun.run(repo, "brief", "--meeting", "nope", "--out", out.toString());
    assertThat(nope.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(nope.err()).contains("'nope' is not a meeting").doesNotContain("did you mean");
  }

  @Test
  void unknownFormatIsAUsageError() {
    Path repo = TestRepos.copy(tmp.resolve("repo"));
    Result result = run("--repo", repo.toString(), "brief", "--all", "--format", "odt");
    assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains("'odt' is not a paper format");
  }

  @Test
  void needsProjectsOrAll() {
    Path repo = TestRepos.copy(tmp.resolve("repo"));
    Result result = run("--repo", repo.toString(), "brief");
    assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains("--all");
  }

  @Test
  void writesOnePaperOfAKindInEveryFormat() throws Exception {
    Path repo = TestRepos.copy(tmp.resolve("repo"));
    Path out = tmp.resolve("out");
    Result result =
        run(
            "--repo",
            repo.toString(),
            "brief",
            "--paper",
            "letter",
            "is-priorities-for-session-6-letter",
            "--format",
            "all",
            "--out",
            out.toString());
    assertThat(result.code()).as(result.err()).isZero();
    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(
              "is-priorities-for-session-6-letter-letter.html",
              "is-priorities-for-session-6-letter-letter.pdf",
              "is-priorities-for-session-6-letter-letter.docx",
              "is-priorities-for-session-6-letter-letter.md");
    }
    assertThat(Files.readString(out.resolve("is-priorities-for-session-6-letter-letter.md")))
        .contains("Dear Ariane,")
        .contains("Yours sincerely");
  }

  @Test
  void aKindWithoutIdsWritesEveryEntityItSelects() throws Exception {
    Path repo = TestRepos.copy(tmp.resolve("repo"));
    Path out = tmp.resolve("out");
    Result result =
        run("--repo", repo.toString(), "brief", "--paper", "briefing", "--out", out.toString());
    assertThat(result.code()).as(result.err()).isZero();
    assertThat(out.resolve("procurement.html")).isRegularFile();
    result =
        run(
            "--repo",
            repo.toString(),
            "brief",
            "--paper",
            "programme-proposal",
            "--out",
            out.toString());
    assertThat(result.code()).as(result.err()).isZero();
    assertThat(out.resolve("solace-is-transformation-programme-proposal.html")).isRegularFile();
  }

  @Test
  void aKindDeclaredInPmoYamlNeedsOnlyItsTemplates() throws Exception {
    Path repo = TestRepos.copy(tmp.resolve("repo"));
    // Synthetic test data: a kind of paper of the repository's own, listing each national body
    // with its relations, from templates written for this test.
    Files.writeString(
        repo.resolve("pmo.yaml"),
        Files.readString(repo.resolve("pmo.yaml"))
            .replace(
                "  kinds:\n",
                """
                  kinds:
                    organisation-profile:
                      title: "Organisation profile"
                      select:
                        kind: organisation
                        where: {type: national-body}
                        has: [strapline]
                """));
    TestRepos.write(
        repo,
        "templates/paper/organisation-profile.html.mustache",
        """
        <!DOCTYPE html>
        <html lang="{{lang}}"><head><title>{{title}}</title></head>
        <body><h1>{{entity.title}}</h1><p class="strapline">{{entity.fields.strapline}}</p>
        {{#entity.relations}}<h2>{{label}}</h2><ul>{{#entities}}<li>{{title}}</li>{{/entities}}</ul>
        {{/entity.relations}}</body></html>
        """);
    TestRepos.write(
        repo,
        "templates/paper/organisation-profile.md.mustache",
        "# {{entity.title}}\n\n{{entity.fields.strapline}}\n");
    Path out = tmp.resolve("out");
    Result result =
        run(
            "--repo",
            repo.toString(),
            "brief",
            "--paper",
            "organisation-profile",
            "--format",
            "html,md",
            "--out",
            out.toString());
    assertThat(result.code()).as(result.err()).isZero();
    String html = Files.readString(out.resolve("improvement-service-organisation-profile.html"));
    assertThat(html)
        .contains("<h1>Improvement Service</h1>")
        .contains("The &#39;go to&#39; organisation for Local Government improvement in Scotland")
        .contains("<h2>leads</h2>")
        .contains("<li>Solace/IS Transformation Work</li>");
    assertThat(Files.readString(out.resolve("improvement-service-organisation-profile.md")))
        .startsWith("# Improvement Service\n");
    try (var files = Files.list(out)) {
      assertThat(files.count()).as("only organisations with a strapline are selected").isEqualTo(2);
    }
  }

  @Test
  void aKindWithoutItsTemplatesOrWhosePapersClashStopsWithTheFix() throws Exception {
    Path repo = TestRepos.copy(tmp.resolve("repo"));
    // Synthetic test data: a kind with no templates yet, and one named as meeting packs are.
    Files.writeString(
        repo.resolve("pmo.yaml"),
        Files.readString(repo.resolve("pmo.yaml"))
            .replace(
                "  kinds:\n",
                """
                  kinds:
                    profile:
                      select: {kind: organisation}
                    pack:
                      template: event-report
                      select: {kind: meeting, where: {type: summit}}
                """));
    Path out = tmp.resolve("out");
    Result missing =
        run("--repo", repo.toString(), "brief", "--paper", "profile", "--out", out.toString());
    assertThat(missing.code()).isEqualTo(ExitCodes.CONTENT);
    assertThat(missing.err())
        .contains("the kind of paper 'profile' (papers.kinds in pmo.yaml) has no template")
        .contains("templates/paper/profile.html.mustache")
        .contains("papers.kinds.profile.template");
    Result clash =
        run(
            "--repo",
            repo.toString(),
            "brief",
            "--paper",
            "pack",
            "--meeting",
            "fife-partnership-leadership-summit",
            "--out",
            out.toString());
    assertThat(clash.code()).isEqualTo(ExitCodes.CONTENT);
    assertThat(clash.err())
        .contains("two papers would be written as fife-partnership-leadership-summit-pack.*");
    assertThat(out).doesNotExist();
  }

  @Test
  void unknownKindOfPaperIsAUsageErrorListingTheKinds() {
    Path repo = TestRepos.copy(tmp.resolve("repo"));
    Result result = run("--repo", repo.toString(), "brief", "--paper", "leter");
    assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err())
        .contains("'leter' is not a kind of paper; did you mean 'letter'?")
        .contains(
            "the kinds are: briefing, escalation-report, programme-proposal, event-report,"
                + " letter");
  }

  @Test
  void anEntityTheKindDoesNotSelectIsAUsageErrorWithASuggestion() {
    Path repo = TestRepos.copy(tmp.resolve("repo"));
    Result result =
        run(
            "--repo",
            repo.toString(),
            "brief",
            "--paper",
            "letter",
            "is-priorities-for-session-6-leter");
    assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err())
        .contains("'is-priorities-for-session-6-leter' is not an entity the letter kind")
        .contains("did you mean 'is-priorities-for-session-6-letter'?");
  }

  @Test
  void helpListsTheKindsOfPaper() {
    Result result = run("brief", "--help");
    assertThat(result.out().replaceAll("\\s+", " "))
        .contains("--paper=KIND")
        .contains("briefing, escalation-report, programme-proposal, event-report, letter");
  }

  /**
   * A copy of the sample with the synthetic working view, committed the day before the second
   * meeting: {@code --as-of} reads content from git.
   */
  private Path committedWorkingView() {
    scot.pmo.GitScratch git = scot.pmo.GitScratch.init(tmp.resolve("repo"));
    Path repo = TestRepos.copy(git.dir());
    SyntheticRaid.addTo(repo);
    git.commit("The sample with a synthetic working view", "Ann Example", "2024-03-13T10:00:00Z");
    return repo;
  }
}
