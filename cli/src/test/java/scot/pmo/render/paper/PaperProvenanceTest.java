package scot.pmo.render.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.pmo.model.Config;
import scot.pmo.render.markdown.MarkdownRenderer;
import scot.pmo.testing.SyntheticRaid;
import scot.pmo.testing.TestRepos;

/**
 * A paper made once and then given its provenance is the paper made with that provenance: a build
 * makes each paper's model once, to learn what it reads, and then gives it the provenance of those
 * files ({@code PaperInputs.make}), rather than making it a second time.
 */
class PaperProvenanceTest {

  private static final Provenance OTHER =
      new Provenance(
              "8 February 2024",
              "fedcba9876543210fedcba9876543210fedcba98",
              "fedcba987654",
              true,
              "2024-02-08T17:05:00Z")
          .withPublishedBy("Solace and the Improvement Service")
          .internal(true);

  @TempDir Path tmp;

  @Test
  void everyKindOfPaperGivenAnotherProvenanceIsThePaperMadeWithIt() {
    Path repo = Papers.withRaid(tmp.resolve("repo"));
    TestRepos.Loaded loaded = Papers.loaded(repo);
    Config config = Papers.config(repo);
    BriefingPapers briefing =
        new BriefingPapers(
            loaded.validation().catalogue(), loaded.graph(), new MarkdownRenderer(), config);
    EscalationReports reports =
        new EscalationReports(loaded.validation().catalogue(), loaded.graph(), config);
    MeetingPacks packs =
        new MeetingPacks(
            loaded.validation().catalogue(), loaded.graph(), new MarkdownRenderer(), config);
    EntityPapers entityPapers =
        new EntityPapers(
            loaded.validation().catalogue(), loaded.graph(), new MarkdownRenderer(), config);
    LocalDate asOf = LocalDate.of(2024, 3, 1);

    assertSameWhenGiven(p -> briefing.build("active-communities", p));
    assertSameWhenGiven(p -> reports.build(asOf, p));
    MeetingPack pack = packs.build(SyntheticRaid.SECOND_MEETING, asOf, TestRepos.PROVENANCE);
    assertThat(pack.escalations()).as("the pack has a section of escalations").isNotNull();
    assertSameWhenGiven(p -> packs.build(SyntheticRaid.SECOND_MEETING, asOf, p));
    assertThat(pack.withProvenance(OTHER).escalations().provenance()).isEqualTo(OTHER);
    assertSameWhenGiven(
        p ->
            entityPapers.build(
                config.papers().kind("programme-proposal").orElseThrow(),
                "solace-is-transformation",
                p));
  }

  private static void assertSameWhenGiven(Function<Provenance, Paper> build) {
    Paper made = build.apply(TestRepos.PROVENANCE);
    Paper given = made.withProvenance(OTHER);
    assertThat(given).isEqualTo(build.apply(OTHER));
    assertThat(given.provenance()).isEqualTo(OTHER);
    assertThat(made.provenance()).as("the paper first made").isEqualTo(TestRepos.PROVENANCE);
  }
}
