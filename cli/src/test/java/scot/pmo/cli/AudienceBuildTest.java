package scot.pmo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import nu.validator.client.EmbeddedValidator;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.pmo.GitScratch;
import scot.pmo.testing.TestRepos;

/**
 * The public and the internal build of the sample content with synthetic additions: an internal
 * person with contact details in a public project's team, an internal RAID record, and a draft case
 * study. Every file of the public site, read as text (PDF and Word too), holds no trace of any of
 * them; the internal site holds the internal ones and says so on every page, and neither holds the
 * draft.
 */
class AudienceBuildTest {

  private static final String PERSON = "content/people/zz-synthetic-internal-person.yaml";
  private static final String RECORD = "content/interdependencies/zz-synthetic-internal-risk.md";
  private static final String DRAFT = "content/case-studies/zz-synthetic-draft-study.md";

  /** What the internal person, the internal record and their files are known by. */
  private static final List<String> INTERNAL =
      List.of(
          "zz-synthetic-internal-person",
          "Zephyrine",
          "Qwertyson",
          "zephyrine.qwertyson@synthetic.invalid",
          "7700 900123",
          "zz-synthetic-internal-risk",
          "Xylophonic");

  /** What the draft and its file are known by. */
  private static final List<String> DRAFTED = List.of("zz-synthetic-draft-study", "Quokkaville");

  /** Where the sites say they are published, so that sitemap.xml is written too. */
  private static final String BASE = "https://example.org/programme/";

  @TempDir static Path temp;
  static GitScratch repo;
  static Path publicSite;
  static Path internalSite;

  @BeforeAll
  static void buildBoth() throws IOException {
    repo = GitScratch.init(temp.resolve("repo"));
    TestRepos.copy(repo.dir());
    // One change in the feed: the public's is the latest it may see, not none.
    repo.write(
        "pmo.yaml", Files.readString(repo.dir().resolve("pmo.yaml")) + "feed:\n  entries: 1\n");
    repo.commit("The sample content", "Ann Example", "2024-01-10T10:00:00Z");
    repo.write(
        PERSON,
        """
        # Synthetic test data: a made-up person, internal to the programme team.
        name: "Zephyrine Qwertyson (synthetic)"
        job_title: "Synthetic Officer"
        organisation: improvement-service
        seniority: officer
        email: "zephyrine.qwertyson@synthetic.invalid"
        telephone: "+44 7700 900123"
        visibility: internal
        """);
    repo.write(
        RECORD,
        """
        ---
        title: "Xylophonic synthetic risk"
        type: risk
        project: active-communities
        status: open
        owner: zz-synthetic-internal-person
        likelihood: "3"
        impact: "4"
        visibility: internal
        ---
        Synthetic test data: a risk the programme team keeps to itself.
        """);
    repo.write(
        DRAFT,
        """
        ---
        title: "Quokkaville: a synthetic draft case study"
        summary: "Synthetic test data: a case study still being written."
        date: "2023-01"
        draft: "true"
        ---
        Synthetic test data.
        """);
    repo.edit(
        "content/projects/active-communities.md",
        "  - role: volunteer-colleagues\n",
        "  - role: volunteer-colleagues\n"
            + "  - role: volunteer-colleagues\n"
            + "    person: zz-synthetic-internal-person\n");
    repo.commit("Add the synthetic content", "Ann Example", "2024-02-10T10:00:00Z");
    repo.edit(PERSON, "Synthetic Officer", "Senior Synthetic Officer");
    // Touches an internal file alone: the public "what changed" leaves the commit out.
    repo.commit("Promote Zephyrine Qwertyson", "Ben Example", "2024-03-10T10:00:00Z");

    CliRun checked = CliRun.run(repo.dir(), "validate");
    assertThat(checked.exitCode()).as(checked.out()).isZero();
    assertThat(checked.out())
        .contains(
            "content/projects/active-communities.md:16:13: note[internal-reference]:",
            " files, 1 draft.");
    CliRun published = CliRun.run(repo.dir(), "build", "--base-url", BASE);
    assertThat(published.exitCode()).as(published.err()).isZero();
    CliRun internal = CliRun.run(repo.dir(), "build", "--audience", "internal", "--base-url", BASE);
    assertThat(internal.exitCode()).as(internal.err()).isZero();
    assertThat(internal.out() + internal.err()).contains("for the programme team only");
    publicSite = repo.dir().resolve("site");
    internalSite = repo.dir().resolve("site-internal");
  }

  @Test
  void thePublicBuildHoldsNoTraceOfInternalOrDraftContent() throws IOException {
    List<String> found = traces(publicSite, concat(INTERNAL, DRAFTED));

    assertThat(found).isEmpty();
    assertThat(Files.readString(publicSite.resolve("changes.html")))
        .contains("Add the synthetic content")
        .doesNotContain("Promote", "The sample content");
    assertThat(Files.readString(publicSite.resolve("projects/active-communities.html")))
        .doesNotContain("audience-notice");
    assertThat(Files.readString(publicSite.resolve("raid/index.html")))
        .as("the heat map counts no internal risk")
        .contains("No risks are rated yet");
    assertThat(Files.readString(internalSite.resolve("raid/index.html")))
        .contains("Possible and major: 1 risk");
  }

  @Test
  void theInternalBuildHoldsTheInternalContentSaysInternalOnEveryPageAndHoldsNoDraft()
      throws IOException {
    String person =
        Files.readString(internalSite.resolve("people/zz-synthetic-internal-person.html"));
    assertThat(person)
        .contains(
            "Zephyrine Qwertyson (synthetic)",
            "mailto:zephyrine.qwertyson@synthetic.invalid",
            "+44 7700 900123");
    assertThat(Files.readString(internalSite.resolve("projects/active-communities.html")))
        .contains("people/zz-synthetic-internal-person.html");
    assertThat(internalSite.resolve("interdependencies/zz-synthetic-internal-risk.html")).exists();
    assertThat(Files.readString(internalSite.resolve("changes.html")))
        .contains("Promote Zephyrine Qwertyson");
    for (Path page : files(internalSite)) {
      if (page.toString().endsWith(".html") && !page.startsWith(internalSite.resolve("papers"))) {
        assertThat(Files.readString(page))
            .as(page.toString())
            .contains("<strong class=\"audience-notice__label\">Internal</strong>");
      }
    }
    // Each paper says so too, in its footer, whatever its format: Word and PDF are made from the
    // HTML, so the HTML and Markdown of every paper are read here.
    for (Path paper : files(internalSite.resolve("papers"))) {
      if (paper.toString().endsWith(".html") || paper.toString().endsWith(".md")) {
        assertThat(Files.readString(paper))
            .as(paper.toString())
            .containsPattern("Internal:(</strong>|\\*\\*) for the programme team only");
      }
    }
    for (Path paper : files(publicSite.resolve("papers"))) {
      assertThat(Files.readAllBytes(paper)).as(paper.toString()).isNotEmpty();
      if (paper.toString().endsWith(".html") || paper.toString().endsWith(".md")) {
        assertThat(Files.readString(paper)).as(paper.toString()).doesNotContain("Internal:");
      }
    }
    assertThat(traces(internalSite, DRAFTED)).isEmpty();
    assertThat(traces(internalSite, INTERNAL))
        .as("the same reading finds the internal person in the papers, so it would in the public's")
        .contains(
            "papers/active-communities.pdf holds Qwertyson",
            "papers/active-communities.docx holds Qwertyson",
            "papers/active-communities.md holds Qwertyson",
            "search-index.js holds Xylophonic",
            "interdependency-map.svg holds zz-synthetic-internal-risk");
  }

  @Test
  void anInternalSiteOrPaperIsNeverWrittenWhereThePublicSiteIs() throws IOException {
    String before = TestRepos.hash(publicSite);

    CliRun build =
        CliRun.run(repo.dir(), "build", "--audience", "internal", "--out", publicSite.toString());
    CliRun brief =
        CliRun.run(
            repo.dir(),
            "brief",
            "active-communities",
            "--audience",
            "internal",
            "--out",
            publicSite.resolve("papers").toString());
    CliRun unknown = CliRun.run(repo.dir(), "build", "--audience", "everyone");

    assertThat(build.exitCode()).isEqualTo(2);
    assertThat(build.err())
        .contains("--audience internal would write the internal site into site/")
        .contains("site-internal/");
    assertThat(brief.exitCode()).isEqualTo(2);
    assertThat(brief.err()).contains("would write internal papers into site/");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("'everyone' is not an audience: use public or internal");
    assertThat(TestRepos.hash(publicSite)).as("the public site is as it was").isEqualTo(before);
  }

  @Test
  void briefWritesPapersForTheAudienceItIsGiven() throws IOException {
    Path forPublic = temp.resolve("papers-public");
    Path forTeam = temp.resolve("papers-internal");

    CliRun published =
        CliRun.run(
            repo.dir(), "brief", "active-communities", "--format", "md", "--out", "" + forPublic);
    CliRun internal =
        CliRun.run(
            repo.dir(),
            "brief",
            "active-communities",
            "--format",
            "md",
            "--audience",
            "internal",
            "--out",
            "" + forTeam);

    assertThat(published.exitCode()).as(published.err()).isZero();
    assertThat(internal.exitCode()).as(internal.err()).isZero();
    assertThat(Files.readString(forPublic.resolve("active-communities.md")))
        .doesNotContain("Qwertyson");
    assertThat(Files.readString(forTeam.resolve("active-communities.md")))
        .contains("Qwertyson", "**Internal:** for the programme team only, not for publication.");
    assertThat(Files.readString(forPublic.resolve("active-communities.md")))
        .doesNotContain("Internal:");
  }

  @Test
  void aDraftProjectGetsNoPaperAndBriefSaysWhatToDo() {
    repo.write(
        "content/projects/zz-synthetic-draft-project.md",
        """
        ---
        title: "A synthetic draft project"
        programme: solace-is-transformation
        workstream: workstream-2
        draft: "true"
        ---
        Synthetic test data: a project still being written.
        """);

    CliRun brief =
        CliRun.run(
            repo.dir(),
            "brief",
            "zz-synthetic-draft-project",
            "--out",
            temp.resolve("papers-draft").toString());

    assertThat(brief.exitCode()).isEqualTo(2);
    assertThat(brief.err())
        .contains(
            "pmo: 'zz-synthetic-draft-project' is a draft"
                + " (content/projects/zz-synthetic-draft-project.md), so it gets no public"
                + " briefing paper",
            "hint: publish it first: remove 'draft: true' from"
                + " content/projects/zz-synthetic-draft-project.md");
    assertThat(temp.resolve("papers-draft")).doesNotExist();
  }

  @Test
  void thePublicSiteLinksToNothingItLeftOutAndTheInternalNoticeIsValidHtml() throws Exception {
    List<String> broken = new ArrayList<>();
    for (Path page : files(publicSite)) {
      if (!page.toString().endsWith(".html") || page.endsWith("404.html")) {
        continue;
      }
      for (Element e : Jsoup.parse(page.toFile(), "UTF-8", "").select("[href], [src]")) {
        String ref = e.hasAttr("href") ? e.attr("href") : e.attr("src");
        URI uri = URI.create(ref);
        if (uri.getScheme() == null
            && !uri.getPath().isEmpty()
            && !Files.isRegularFile(page.getParent().resolve(uri.getPath()).normalize())) {
          broken.add(publicSite.relativize(page) + ": " + ref);
        }
      }
    }
    assertThat(broken).isEmpty();

    EmbeddedValidator validator = new EmbeddedValidator();
    validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
    String report =
        validator.validate(internalSite.resolve("people/zz-synthetic-internal-person.html"));
    assertThat(report.lines().filter(l -> l.contains(": error")).toList()).as(report).isEmpty();
  }

  /** Each file under {@code site} whose name or text holds one of {@code words}, and which. */
  private static List<String> traces(Path site, List<String> words) throws IOException {
    List<Path> all = files(site);
    assertThat(all).as("a site was built into " + site).hasSizeGreaterThan(100);
    assertThat(all)
        .as("every kind of output is read")
        .anyMatch(p -> p.toString().endsWith(".pdf"))
        .anyMatch(p -> p.toString().endsWith(".docx"))
        .anyMatch(p -> p.toString().endsWith(".md"))
        .anyMatch(p -> p.toString().endsWith(".ics"))
        .anyMatch(p -> p.toString().endsWith(".svg"))
        .anyMatch(p -> p.toString().endsWith("sitemap.xml"))
        .anyMatch(p -> p.toString().endsWith("search-index.js"))
        .anyMatch(p -> p.toString().endsWith("feed.xml"));
    List<String> found = new ArrayList<>();
    for (Path file : all) {
      String name = site.relativize(file).toString();
      String text = (name + "\n" + text(file)).toLowerCase(Locale.ROOT);
      for (String word : words) {
        if (text.contains(word.toLowerCase(Locale.ROOT))) {
          found.add(name + " holds " + word);
        }
      }
    }
    return found;
  }

  /** A file's text: PDF and Word read as a reader sees them, anything else as UTF-8. */
  private static String text(Path file) throws IOException {
    String name = file.getFileName().toString();
    if (name.endsWith(".pdf")) {
      try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
        return new PDFTextStripper().getText(pdf) + pdf.getDocumentInformation().getTitle();
      }
    }
    if (name.endsWith(".docx")) {
      try (XWPFDocument docx = new XWPFDocument(Files.newInputStream(file));
          XWPFWordExtractor words = new XWPFWordExtractor(docx)) {
        return words.getText() + docx.getProperties().getCoreProperties().getTitle();
      }
    }
    return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return Stream.concat(a.stream(), b.stream()).toList();
  }
}
