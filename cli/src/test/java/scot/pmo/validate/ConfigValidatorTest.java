package scot.pmo.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.pmo.Fixtures;
import scot.pmo.cli.CliRun;
import scot.pmo.load.ConfigFile;
import scot.pmo.load.ConfigLoader;
import scot.pmo.load.LoadLimits;
import scot.pmo.model.Config;
import scot.pmo.model.DateStyle;
import scot.pmo.model.Diagnostic;
import scot.pmo.testing.TestRepos;

/**
 * {@code pmo.yaml} is read and checked as a content file is: each problem at its line and column,
 * with a hint, in every format of {@code pmo validate}, and {@code pmo build} stops on its errors.
 */
class ConfigValidatorTest {

  @TempDir Path tmp;
  Path repo;

  @BeforeEach
  void repository() {
    repo = Fixtures.withTemplates(Fixtures.repo(tmp.resolve("repo")));
  }

  private void config(String yaml) {
    TestRepos.write(repo, "pmo.yaml", yaml);
  }

  /** The problems validation finds in pmo.yaml. */
  private List<Diagnostic> problems() {
    return TestRepos.validation(repo).diagnostics().sorted().stream()
        .filter(d -> d.at().path().equals("pmo.yaml"))
        .toList();
  }

  private Diagnostic only() {
    List<Diagnostic> found = problems();
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  @Test
  void withoutPmoYamlEverythingIsTheDefault() {
    ConfigFile file = new ConfigLoader(repo, LoadLimits.DEFAULT).load();

    assertThat(file.present()).isFalse();
    assertThat(file.config()).isEqualTo(Config.DEFAULT);
    assertThat(problems()).isEmpty();
  }

  @Test
  void valuesAreReadWithTheirDefaultsFilledIn() {
    config(
        """
        programme: synthetic-programme
        published_by: [northshire-council]
        site:
          title: "Synthetic site"
          language: cy
        dates: {format: iso, time_zone: Australia/Sydney}
        feed: {entries: "7"}
        """);

    Config config = new ConfigLoader(repo, LoadLimits.DEFAULT).load().config();

    assertThat(config.programme()).contains("synthetic-programme");
    assertThat(config.publishedBy()).containsExactly("northshire-council");
    assertThat(config.site().title()).contains("Synthetic site");
    assertThat(config.site().language()).isEqualTo("cy");
    assertThat(config.dates().format()).isEqualTo(DateStyle.ISO);
    assertThat(config.dates().timeZone().getId()).isEqualTo("Australia/Sydney");
    assertThat(config.feedEntries()).isEqualTo(7);
    assertThat(config.papers().escalationReport().name()).isEqualTo("escalation-report");
    assertThat(config.library().organisationFacet().name()).isEqualTo("organisation");
    assertThat(problems()).isEmpty();
  }

  @Test
  void kindsOfPaperTakeTheirSettingsAndANewKindIsAddedAfterPmosOwn() {
    config(
        """
        papers:
          kinds:
            letter:
              page_numbers: "true"
              title: "Correspondence"
            synthetic-profile:
              template: event-report
              cover: "true"
              select:
                kind: [organisation, programme]
                where: {type: council}
                has: [website]
        """);

    Config.Papers papers = new ConfigLoader(repo, LoadLimits.DEFAULT).load().config().papers();

    assertThat(papers.kindNames())
        .containsExactly(
            "briefing",
            "escalation-report",
            "programme-proposal",
            "event-report",
            "letter",
            "synthetic-profile");
    Config.PaperKind letter = papers.kind("letter").orElseThrow();
    assertThat(letter.pageNumbers()).isTrue();
    assertThat(letter.title()).isEqualTo("Correspondence");
    assertThat(letter.select())
        .isEqualTo(Config.PaperKind.DEFAULTS.get(4).select())
        .as("a built-in kind keeps its selection unless given one");
    Config.PaperKind profile = papers.kind("synthetic-profile").orElseThrow();
    assertThat(profile.title()).isEqualTo("Synthetic profile");
    assertThat(profile.template()).isEqualTo("event-report");
    assertThat(profile.model()).isEqualTo(Config.PaperModel.ENTITY);
    assertThat(profile.cover()).isTrue();
    assertThat(profile.contents()).isFalse();
    assertThat(profile.select().kinds()).containsExactly("organisation", "programme");
    assertThat(profile.select().where()).containsEntry("type", "council");
    assertThat(profile.select().has()).containsExactly("website");
    assertThat(problems()).isEmpty();
  }

  @Test
  void aKindOfPaperWithAWrongSettingIsReportedWhereItIsWritten() {
    config(
        """
        papers:
          kinds:
            letter:
              cover: "yes"
              select:
                kind: leter
        """);

    assertThat(problems())
        .extracting(d -> d.code() + " " + d.at())
        .containsExactlyInAnyOrder("invalid-value pmo.yaml:4:14", "invalid-value pmo.yaml:6:15");
  }

  @Test
  void anUnknownKeyIsReportedAtItsLineAndColumnWithTheKeyItMeant() {
    config(
        """
        programme: synthetic-programme
        site:
          titel: "Synthetic"
        """);

    Diagnostic d = only();

    assertThat(d.code()).isEqualTo("unknown-field");
    assertThat(d.at().toString()).isEqualTo("pmo.yaml:3:3");
    assertThat(d.message()).isEqualTo("'titel' is not a field of 'site'");
    assertThat(d.hint()).startsWith("did you mean 'title'?");
    CliRun run = CliRun.run(repo, "validate");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains(
            "pmo.yaml:3:3: error[unknown-field]: 'titel' is not a field of 'site'",
            "      titel: \"Synthetic\"\n      ^",
            "hint: did you mean 'title'?");
  }

  @Test
  void anIdOfTheWrongKindIsReportedWhereItIsWritten() {
    config(
        """
        published_by:
          - northshire-council
          - alpha-project
        """);

    Diagnostic d = only();

    assertThat(d.code()).isEqualTo("wrong-kind-reference");
    assertThat(d.at().toString()).isEqualTo("pmo.yaml:3:5");
    assertThat(d.message())
        .isEqualTo(
            "'published_by[2]' names 'alpha-project', which is a project"
                + " (content/projects/alpha-project.md), but it needs an organisation");
  }

  @Test
  void anIdThatNamesNothingSuggestsTheClosest() {
    config(
        """
        papers:
          escalation_report:
            group: synthetic-working-grup
          briefing:
            projects: [alpha-project, gamma-project]
        """);

    List<Diagnostic> found = problems();

    assertThat(found)
        .extracting(d -> d.at().toString(), Diagnostic::code, Diagnostic::hint)
        .containsExactly(
            tuple("pmo.yaml:3:12", "unknown-reference", "did you mean 'synthetic-working-group'?"),
            tuple(
                "pmo.yaml:5:31",
                "unknown-reference",
                // 'gamma' is no slip from 'alpha' or 'beta': no suggestion beats a wrong one.
                "check the spelling, or add the project under content/projects/"));
  }

  @Test
  void aLogoThatIsNotThereIsAnError() {
    config(
        """
        site:
          logo: assets/logo.svg
          logo_alt: "Synthetic Programme"
        """);

    Diagnostic d = only();

    assertThat(d.code()).isEqualTo("missing-file");
    assertThat(d.at().toString()).isEqualTo("pmo.yaml:2:9");
    assertThat(d.message()).isEqualTo("'site.logo' names assets/logo.svg, which does not exist");
  }

  @Test
  void aLogoNeedsItsTextAndMustStayInTheRepository() throws IOException {
    Files.writeString(tmp.resolve("outside.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    config(
        """
        site:
          logo: ../outside.svg
        """);

    assertThat(problems())
        .extracting(Diagnostic::code, d -> d.at().toString())
        .containsExactlyInAnyOrder(
            tuple("missing-field", "pmo.yaml:2:3"),
            tuple("link-outside-repository", "pmo.yaml:2:9"));
  }

  @Test
  void aLogoInTheRepositoryWithItsTextIsFine() throws IOException {
    TestRepos.write(repo, "assets/logo.png", "not really a picture");
    config(
        """
        site:
          logo: assets/logo.png
          logo_alt: "Synthetic Programme"
        """);

    assertThat(problems()).isEmpty();
  }

  @Test
  void headerTextWithTooLittleContrastGivesTheRatioAndAColourThatPasses() {
    config(
        """
        site:
          colours:
            header_background: "#ffffff"
            header_text: "#777777"
        """);

    Diagnostic d = only();

    assertThat(d.code()).isEqualTo("colour-contrast");
    assertThat(d.at().toString()).isEqualTo("pmo.yaml:4:18");
    assertThat(d.message())
        .isEqualTo(
            "the header text (#777777) on the header background (#ffffff) has a contrast ratio"
                + " of 4.48:1, below the 4.5:1 that WCAG 2.2 AA asks of text");
    String better = d.hint().replaceAll("^a header_text of (#[0-9a-f]{6}) would pass.*$", "$1");
    assertThat(better).matches("#[0-9a-f]{6}");
    assertThat(Contrast.ratio(better, "#ffffff")).isGreaterThanOrEqualTo(4.5);
    assertThat(d.hint())
        .endsWith("would pass (" + Contrast.describe(Contrast.ratio(better, "#ffffff")) + ")");
  }

  @Test
  void aLinkColourIsCheckedOnTheWhitePageAndADarkHeaderAgainstTheDefaultText() {
    config(
        """
        site:
          colours:
            header_background: "#1d3557"
            link: "#3399ff"
        """);

    assertThat(problems())
        .extracting(Diagnostic::code, d -> d.at().toString(), Diagnostic::message)
        .containsExactly(
            tuple(
                "colour-contrast",
                "pmo.yaml:3:24",
                "the header text (#333333) on the header background (#1d3557) has a contrast"
                    + " ratio of 1.02:1, below the 4.5:1 that WCAG 2.2 AA asks of text"),
            tuple(
                "colour-contrast",
                "pmo.yaml:4:11",
                "links (#3399ff) on the white page have a contrast ratio of 2.94:1, below the"
                    + " 4.5:1 that WCAG 2.2 AA asks of text"));
  }

  @Test
  void coloursThatPassRaiseNothing() {
    config(
        """
        site:
          colours:
            header_background: "#1d3557"
            header_text: "#ffffff"
            link: "#1d5fa8"
        """);

    assertThat(problems()).isEmpty();
  }

  @Test
  void contrastIsComputedAsWcagDefinesIt() {
    assertThat(Contrast.ratio("#000000", "#ffffff")).isEqualTo(21.0);
    assertThat(Contrast.ratio("#ffffff", "#ffffff")).isEqualTo(1.0);
    assertThat(Contrast.describe(Contrast.ratio("#767676", "#ffffff"))).isEqualTo("4.54:1");
    assertThat(Contrast.describe(4.4996)).isEqualTo("4.49:1");
  }

  @Test
  void aContactIsAnOrganisationOrANameAndAnEmailAddress() {
    config(
        """
        site:
          accessibility_contact:
            organisation: northshire-council
            email: someone@example.org
        """);

    Diagnostic d = only();

    assertThat(d.code()).isEqualTo("conflicting-fields");
    assertThat(d.at().toString()).isEqualTo("pmo.yaml:3:5");
  }

  @Test
  void aYamlMistakeInPmoYamlIsAYamlSyntaxErrorThere() {
    config("site: [\n");

    Diagnostic d = only();

    assertThat(d.code()).isEqualTo("yaml-syntax");
    assertThat(d.at().path()).isEqualTo("pmo.yaml");
  }

  @Test
  void everyFormatOfValidateReportsItsProblemsWithThePath() {
    config("site:\n  titel: x\n");

    for (String format : List.of("text", "json", "github", "sarif", "junit")) {
      CliRun run = CliRun.run(repo, "validate", "--format", format);
      assertThat(run.exitCode()).as(format).isEqualTo(1);
      assertThat(run.out()).as(format).contains("pmo.yaml").contains("titel");
    }
  }

  @Test
  void buildStopsOnAnErrorInPmoYaml() {
    config("programme: alpha-project\n");

    CliRun run = CliRun.run(repo, "build", "--out", tmp.resolve("site").toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("pmo.yaml:1:12: error[wrong-kind-reference]");
    assertThat(tmp.resolve("site")).doesNotExist();
  }

  @Test
  void theLimitsOfPmoYamlApplyAndTheCommandLineWins() {
    config("limits:\n  max_file_size: \"300\"\n");

    CliRun limited = CliRun.run(repo, "validate");
    CliRun raised = CliRun.run(repo, "validate", "--max-file-size", "1048576");

    assertThat(limited.exitCode()).isEqualTo(1);
    assertThat(limited.out())
        .contains("error[file-too-large]")
        .contains("more than the limit of 300 bytes for one content file");
    assertThat(raised.exitCode()).as(raised.out()).isZero();
    assertThat(raised.out()).doesNotContain("file-too-large");
    assertThat(new scot.pmo.workflow.WorkflowContext(repo, Config.Limits.NONE, m -> {}).limits())
        .isEqualTo(LoadLimits.DEFAULT.withMaxFileBytes(300));
  }

  @Test
  void aTimeZoneJavaDoesNotKnowIsAnInvalidValue() {
    config("dates:\n  time_zone: Europe/Londn\n");

    Diagnostic d = only();

    assertThat(d.code()).isEqualTo("invalid-value");
    assertThat(d.hint()).startsWith("did you mean 'Europe/London'?");
    assertThat(new ConfigLoader(repo, LoadLimits.DEFAULT).load().config().dates().timeZone())
        .isEqualTo(Config.DEFAULT_TIME_ZONE);
  }

  @Test
  void aFilterMayNotTakeTheNameOfAnotherAndFileNamesKeepTheirForm() {
    config(
        """
        papers:
          escalation_report: {name: "../report"}
        library:
          organisation_facet: {name: theme}
        """);

    assertThat(problems())
        .extracting(Diagnostic::code)
        .containsExactlyInAnyOrder("invalid-format", "invalid-value");
    Config config = new ConfigLoader(repo, LoadLimits.DEFAULT).load().config();
    assertThat(config.papers().escalationReport().name()).isEqualTo("escalation-report");
    assertThat(config.library().organisationFacet().name()).isEqualTo("organisation");
  }
}
