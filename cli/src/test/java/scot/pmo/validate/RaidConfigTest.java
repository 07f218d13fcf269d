package scot.pmo.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.pmo.load.ConfigLoader;
import scot.pmo.load.LoadLimits;
import scot.pmo.model.Config;
import scot.pmo.model.Diagnostic;
import scot.pmo.model.RaidScale;
import scot.pmo.model.Rules;
import scot.pmo.model.Severity;
import scot.pmo.testing.SyntheticRaid;
import scot.pmo.testing.TestRepos;

/**
 * {@code pmo.yaml}'s {@code raid:} (the rating scales and bands) and {@code rules:} (the severity
 * of each working rule): read into the configuration, checked with their lines and columns, and
 * applied to the working rules.
 */
class RaidConfigTest {

  private static final LocalDate AS_OF = LocalDate.of(2024, 3, 14);

  @TempDir Path tmp;
  Path repo;
  String sampleConfig;

  @BeforeEach
  void repository() throws IOException {
    repo = TestRepos.copy(tmp.resolve("repo"));
    SyntheticRaid.addTo(repo);
    sampleConfig = Files.readString(repo.resolve("pmo.yaml"));
  }

  /** The sample's pmo.yaml with {@code more} after it; returns the line {@code more} starts on. */
  private int config(String more) {
    TestRepos.write(repo, "pmo.yaml", sampleConfig + more);
    return (int) sampleConfig.lines().count() + 1;
  }

  private Config read() {
    return new ConfigLoader(repo, LoadLimits.DEFAULT).load().config();
  }

  private List<Diagnostic> all() {
    return WorkingRulesValidatorTest.validation(repo, AS_OF);
  }

  private List<Diagnostic> inConfig() {
    return all().stream().filter(d -> d.at().path().equals("pmo.yaml")).toList();
  }

  @Test
  void withoutRaidOrRulesTheDefaultsStand() {
    assertThat(read().raid()).isEqualTo(RaidScale.DEFAULT);
    assertThat(read().rules()).isEqualTo(Rules.DEFAULT);
    assertThat(inConfig()).isEmpty();
  }

  @Test
  void theScalesBandsAndRulesAreRead() {
    config(
        """
        raid:
          likelihood: [Low, Medium, High]
          impact: [Low, Medium, High, Very high]
          bands:
            - {name: Minor, max: "3", rag: green}
            - {name: Major, max: "12", rag: red}
        rules:
          review-overdue: error
          action-overdue: "off"
        """);

    Config config = read();

    assertThat(config.raid().likelihood()).containsExactly("Low", "Medium", "High");
    assertThat(config.raid().impactLevels()).isEqualTo(4);
    assertThat(config.raid().bands())
        .containsExactly(
            new RaidScale.Band("Minor", 3, "green"), new RaidScale.Band("Major", 12, "red"));
    assertThat(config.rules().levels())
        .containsEntry("review-overdue", Optional.of(Severity.ERROR))
        .containsEntry("action-overdue", Optional.empty())
        .hasSize(2);
    assertThat(inConfig()).isEmpty();
  }

  @Test
  void pmoYamlMakesARuleAnErrorOrTurnsItOff() {
    config(
        """
        rules:
          review-overdue: error
          action-overdue: off
        """);

    List<Diagnostic> found = all();

    assertThat(found.stream().filter(d -> d.code().equals("review-overdue")))
        .extracting(d -> d.at().toString(), Diagnostic::severity)
        .containsExactly(
            tuple(
                "content/interdependencies/synthetic-risk-volunteer-capacity.md:8:9",
                Severity.ERROR));
    assertThat(found).noneMatch(d -> d.code().equals("action-overdue"));
    assertThat(found).noneMatch(d -> d.at().path().equals("pmo.yaml"));
  }

  @Test
  void aRuleMadeAWarningIsAWarning() {
    TestRepos.write(
        repo,
        "content/interdependencies/synthetic-rating-too-high.md",
        """
        ---
        title: "Synthetic risk rated above the scale"
        type: risk
        project: active-communities
        status: open
        owner: derek-crichton
        likelihood: "6"
        impact: "2"
        ---
        Synthetic test data.
        """);
    assertThat(all().stream().filter(d -> d.code().equals("rating-out-of-scale")))
        .extracting(Diagnostic::severity)
        .containsExactly(Severity.ERROR);

    config("rules:\n  rating-out-of-scale: warning\n");

    assertThat(all().stream().filter(d -> d.code().equals("rating-out-of-scale")))
        .extracting(d -> d.at().toString(), Diagnostic::severity)
        .containsExactly(
            tuple("content/interdependencies/synthetic-rating-too-high.md:7:13", Severity.WARNING));
  }

  @Test
  void aSmallerScaleMakesAHigherRatingOutOfScale() {
    config(
        """
        raid:
          likelihood: [Unlikely, Possible, Likely]
          bands:
            - {name: Low, max: "6", rag: green}
            - {name: High, max: "15", rag: red}
        """);

    assertThat(all().stream().filter(d -> d.code().equals("rating-out-of-scale")))
        .extracting(d -> d.at().toString(), Diagnostic::message)
        .containsExactly(
            tuple(
                "content/interdependencies/synthetic-issue-survey-delay.md:11:13",
                "'likelihood' is 5, above the top of the likelihood scale (3, Likely)"),
            tuple(
                "content/interdependencies/synthetic-risk-volunteer-capacity.md:12:13",
                "'likelihood' is 4, above the top of the likelihood scale (3, Likely)"));
  }

  @Test
  void anUnknownRuleIsReportedWithTheRuleItMeant() {
    int line = config("rules:\n  review-overdu: error\n");

    assertThat(inConfig())
        .extracting(d -> d.at().toString(), Diagnostic::code, Diagnostic::message)
        .containsExactly(
            tuple(
                "pmo.yaml:" + (line + 1) + ":3",
                "unknown-field",
                "'review-overdu' is not a rule that 'rules' can set"));
    assertThat(inConfig().get(0).hint())
        .startsWith("did you mean 'review-overdue'? the rules are: review-overdue,");
  }

  @Test
  void aSeverityThatIsNoneIsReported() {
    int line = config("rules:\n  lifecycle-skip: warnig\n");

    assertThat(inConfig())
        .extracting(d -> d.at().toString(), Diagnostic::code)
        .containsExactly(tuple("pmo.yaml:" + (line + 1) + ":19", "invalid-value"));
    assertThat(inConfig().get(0).hint()).startsWith("did you mean 'warning'?");
    assertThat(read().rules()).isEqualTo(Rules.DEFAULT);
  }

  @Test
  void bandsOutOfOrderAreReportedAtTheMaxThatIsNotAbove() {
    int line =
        config(
            """
            raid:
              bands:
                - {name: Low, max: "8", rag: green}
                - {name: Medium, max: "6", rag: amber}
                - {name: High, max: "25", rag: red}
            """);

    assertThat(inConfig())
        .extracting(d -> d.at().toString(), Diagnostic::code, Diagnostic::message)
        .containsExactly(
            tuple(
                "pmo.yaml:" + (line + 3) + ":27",
                "raid-scale",
                "band 2 of 'raid.bands' has max 6, which is not above the max of the band before"
                    + " it (8)"));
    assertThat(inConfig().get(0).hint()).startsWith("list the bands from the lowest scores");
  }

  @Test
  void theLastBandMustReachTheTopScore() {
    int line =
        config(
            """
            raid:
              bands:
                - {name: Low, max: "4", rag: green}
                - {name: High, max: "20", rag: red}
            """);

    assertThat(inConfig())
        .extracting(d -> d.at().toString(), Diagnostic::message, Diagnostic::hint)
        .containsExactly(
            tuple(
                "pmo.yaml:" + (line + 3) + ":25",
                "the last band of 'raid.bands' (High) reaches 20, short of the top score of 25"
                    + " (5 likelihood levels × 5 impact levels)",
                "raise the last band's max to 25, or add a band up to 25"));
  }

  @Test
  void aLargerScaleNeedsBandsOfItsOwn() {
    int line =
        config(
            """
            raid:
              impact: [A, B, C, D, E, F, G, H]
            """);

    assertThat(inConfig())
        .extracting(d -> d.at().toString(), Diagnostic::message)
        .containsExactly(
            tuple(
                "pmo.yaml:" + line + ":1",
                "the last of the default bands (High) reaches 25, short of the top score of 40"
                    + " (5 likelihood levels × 8 impact levels)"));
    assertThat(inConfig().get(0).hint()).contains("the last with 'max: \"40\"'");
  }

  @Test
  void aScaleOfOneLabelOrMoreThanTenIsReported() {
    int line =
        config(
            """
            raid:
              likelihood: [Certain]
              impact: [A, B, C, D, E, F, G, H, I, J, K]
            """);

    assertThat(inConfig())
        .extracting(d -> d.at().toString(), Diagnostic::code, Diagnostic::message)
        .containsExactly(
            tuple(
                "pmo.yaml:" + (line + 1) + ":15",
                "raid-scale",
                "'raid.likelihood' has 1 label, and a scale needs from 2 to 10"),
            tuple(
                "pmo.yaml:" + (line + 2) + ":11",
                "raid-scale",
                "'raid.impact' has 11 labels, and a scale needs from 2 to 10"));
    assertThat(read().raid()).isEqualTo(RaidScale.DEFAULT);
  }

  @Test
  void theSchemaNamesEveryRuleAndNoOther() {
    Schemas schemas = new Schemas();

    assertThat(
            Schemas.propertyNames(
                schemas.document(Schemas.CONFIG).path("properties").path("rules")))
        .containsExactlyElementsOf(Rules.CODES);
  }
}
