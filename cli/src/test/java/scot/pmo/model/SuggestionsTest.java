package scot.pmo.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

  private static final List<String> FIELDS =
      List.of("title", "number", "programme", "summary", "status");

  @Test
  void closestPutsTheNearestFirst() {
    List<String> candidates = List.of("titles", "summary", "tile", "title");

    // 'titles' and 'tile' are both two edits away; 'titles' shares more of the start.
    assertThat(Suggestions.closest("titel", candidates, 3))
        .containsExactly("title", "titles", "tile");
  }

  @Test
  void swappedNeighbouringLettersCountAsOneEdit() {
    assertThat(Suggestions.levenshtein("titel", "title")).isEqualTo(1);
    assertThat(Suggestions.closest("titel", FIELDS, 1)).containsExactly("title");
  }

  @Test
  void caseIsIgnoredButTheCandidateIsReturnedAsWritten() {
    assertThat(Suggestions.closest("TITLE", List.of("Title"), 1)).containsExactly("Title");
  }

  @Test
  void aWordInsideAnotherIsNoSlip() {
    // 'team' is in 'worksteam', but 'workstream' is one letter away.
    List<String> project = List.of("title", "programme", "workstream", "team", "status");

    assertThat(Suggestions.closest("worksteam", project, 3)).containsExactly("workstream");
  }

  @Test
  void aRealWordThatIsNoFieldGetsNoSuggestion() {
    List<String> person = List.of("name", "job_title", "organisation", "seniority", "member_of");

    assertThat(Suggestions.closest("date", person, 3)).isEmpty();
  }

  @Test
  void preferredCandidatesComeFirst() {
    List<String> fields = List.of("state", "status");

    assertThat(Suggestions.closest("statu", fields, 2)).containsExactly("status", "state");
    assertThat(Suggestions.closest("statu", fields, List.of("state"), 2))
        .containsExactly("state", "status");
  }

  @Test
  void separatorsAndCaseAreNotSlips() {
    assertThat(Suggestions.closest("Head of Service", List.of("head-of-service"), 1))
        .containsExactly("head-of-service");
    assertThat(Suggestions.closest("further-reading", List.of("further_reading"), 1))
        .containsExactly("further_reading");
  }

  @Test
  void numbersAreNeverCorrected() {
    List<String> ids = List.of("workstream-1", "workstream-2", "is-board-2021-09");

    assertThat(Suggestions.closest("workstream-4", ids, 3)).isEmpty();
    assertThat(Suggestions.closest("workstream1", ids, 3)).containsExactly("workstream-1");
    assertThat(Suggestions.closest("is-board-2021-9", ids, 3)).containsExactly("is-board-2021-09");
  }

  @Test
  void eachWordMayHoldOnlyItsOwnSlips() {
    assertThat(Suggestions.closest("escalated_on", List.of("escalated_to"), 1)).isEmpty();
    assertThat(Suggestions.closest("east-council", List.of("west-council"), 1)).isEmpty();
  }

  @Test
  void aNameExtendedOrShortenedAtAWordIsClose() {
    assertThat(Suggestions.closest("relationship", List.of("relation"), 1))
        .containsExactly("relation");
    assertThat(Suggestions.closest("further", List.of("further_reading"), 1))
        .containsExactly("further_reading");
  }

  @Test
  void anIdWhoseWordsAnotherHoldsIsClose() {
    assertThat(Suggestions.closestIds("workstream", List.of("synthetic-workstream"), 1))
        .containsExactly("synthetic-workstream");
    assertThat(Suggestions.closestIds("monica", List.of("monica-patterson", "angela-scott"), 3))
        .containsExactly("monica-patterson");
  }

  @Test
  void anIdWordThatManyIdsHoldNamesNone() {
    List<String> councils = List.of("fife-council", "dundee-city-council", "east-lothian-council");

    assertThat(Suggestions.closestIds("council", councils, 2)).isEmpty();
  }

  @Test
  void atMostMaxAreReturned() {
    assertThat(Suggestions.closest("cat", List.of("rat", "bat", "hat"), 2))
        .containsExactly("bat", "hat");
  }

  @Test
  void singleLettersAreNeverSlipsOfOneAnother() {
    assertThat(Suggestions.closest("a", List.of("b", "c", "d"), 2)).isEmpty();
  }

  @Test
  void equalDistancesAreOrderedByName() {
    assertThat(Suggestions.closest("cat", List.of("rat", "bat", "hat"), 3))
        .containsExactly("bat", "hat", "rat");
  }

  @Test
  void didYouMeanQuotesTheBestCandidate() {
    assertThat(Suggestions.didYouMean("actve", List.of("named", "active", "closed")))
        .isEqualTo("did you mean 'active'? ");
  }

  @Test
  void didYouMeanIsEmptyWhenNothingIsClose() {
    assertThat(Suggestions.didYouMean("governance", FIELDS)).isEmpty();
  }
}
