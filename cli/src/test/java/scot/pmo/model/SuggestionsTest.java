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

    assertThat(Suggestions.closest("titel", candidates, 3))
        .containsExactly("title", "tile", "titles");
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
  void aNameContainedInACandidateIsClose() {
    assertThat(Suggestions.closest("workstream", List.of("synthetic-workstream"), 1))
        .containsExactly("synthetic-workstream");
  }

  @Test
  void farNamesAreNotSuggested() {
    assertThat(Suggestions.closest("governance", FIELDS, 3)).isEmpty();
  }

  @Test
  void atMostMaxAreReturned() {
    assertThat(Suggestions.closest("a", List.of("b", "c", "d"), 2)).containsExactly("b", "c");
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
