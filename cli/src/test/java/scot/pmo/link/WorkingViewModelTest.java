package scot.pmo.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.pmo.model.Catalogue;
import scot.pmo.model.Entity;
import scot.pmo.model.RaidScale;
import scot.pmo.testing.SyntheticRaid;
import scot.pmo.testing.TestRepos;

/** The working view's model, read from the sample with synthetic RAID records and meetings. */
class WorkingViewModelTest {

  private static final LocalDate AS_OF = LocalDate.of(2024, 3, 14);

  @TempDir static Path tmp;
  static TestRepos.Loaded loaded;

  @BeforeAll
  static void load() {
    Path repo = TestRepos.copy(tmp.resolve("repo"));
    SyntheticRaid.addTo(repo);
    loaded = TestRepos.load(repo);
  }

  private static Catalogue catalogue() {
    return loaded.validation().catalogue();
  }

  @Test
  void theSyntheticContentValidates() {
    assertThat(loaded.validation().diagnostics().hasErrors()).isFalse();
  }

  @Test
  void aRiskCarriesItsRatingAndResponse() {
    RaidView raid = RaidView.of(catalogue(), loaded.graph(), AS_OF);
    RaidItem risk =
        raid.items().stream()
            .filter(i -> i.id().equals("synthetic-risk-volunteer-capacity"))
            .findFirst()
            .orElseThrow();
    assertThat(risk.rating()).contains(new RaidItem.Rating(4, 4));
    assertThat(RaidScale.DEFAULT.band(risk.rating().get().score()).name()).isEqualTo("High");
    assertThat(risk.details().level()).contains("programme");
    assertThat(risk.details().proximity()).contains("within-three-months");
    assertThat(risk.details().meetings()).containsExactly(SyntheticRaid.FIRST_MEETING);
    assertThat(risk.details().actions()).hasSize(1);
    assertThat(risk.reviewOverdue(AS_OF)).isTrue();
    assertThat(risk.reviewOverdue(LocalDate.of(2024, 2, 15))).isFalse();
  }

  @Test
  void anUnratedRecordHasNoRating() {
    RaidView raid = RaidView.of(catalogue(), loaded.graph(), AS_OF);
    assertThat(
            raid.items().stream()
                .filter(i -> i.id().equals("synthetic-assumption-funding"))
                .findFirst()
                .orElseThrow()
                .rating())
        .isEmpty();
  }

  @Test
  void actionsComeFromMeetingsAndRecordsWithStableIds() {
    Actions actions = Actions.of(catalogue());
    assertThat(actions.all())
        .extracting(ActionItem::id)
        .contains(
            "synthetic-cewg-2024-01/circulate-scope",
            "synthetic-cewg-2024-01/draft-survey",
            "synthetic-cewg-2024-03/1",
            "synthetic-risk-volunteer-capacity/1");
    assertThat(actions.overdue(AS_OF))
        .extracting(ActionItem::id)
        .containsExactly(
            "synthetic-risk-volunteer-capacity/1", "synthetic-cewg-2024-01/draft-survey");
    assertThat(actions.ownedBy("derek-crichton")).hasSize(2);
    ActionItem draft = actions.from(SyntheticRaid.FIRST_MEETING).get(1);
    assertThat(draft.project()).contains("active-communities");
    assertThat(draft.field()).isEqualTo("actions[1]");
  }

  @Test
  void theMeetingBeforeIsTheLatestEarlierOneOfTheSameBody() {
    MeetingSeries series = new MeetingSeries(catalogue());
    Entity second = catalogue().get(SyntheticRaid.SECOND_MEETING).orElseThrow();
    assertThat(series.previous(second)).map(Entity::id).contains(SyntheticRaid.FIRST_MEETING);
    Entity first = catalogue().get(SyntheticRaid.FIRST_MEETING).orElseThrow();
    assertThat(series.previous(first)).isEmpty();
  }

  @Test
  void aMeetingPackTakesTheLiveRecordsEscalatedToItsBody() {
    RaidView raid = RaidView.of(catalogue(), loaded.graph(), AS_OF);
    Entity second = catalogue().get(SyntheticRaid.SECOND_MEETING).orElseThrow();
    assertThat(new MeetingSeries(catalogue()).escalatedTo(second, raid))
        .extracting(RaidItem::id)
        .containsExactlyInAnyOrder(
            "synthetic-risk-volunteer-capacity",
            "synthetic-issue-survey-delay",
            "synthetic-decision-scope");
  }
}
