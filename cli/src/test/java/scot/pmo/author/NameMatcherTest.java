package scot.pmo.author;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scot.pmo.model.Catalogue;
import scot.pmo.model.Kind;
import scot.pmo.testing.TestRepos;

/** Matching the names a register writes to the entities of the sample programme. */
class NameMatcherTest {

  private static Catalogue catalogue;

  @BeforeAll
  static void load() {
    catalogue = TestRepos.validation(TestRepos.REPO).catalogue();
  }

  @Test
  void aPersonByNameIdSurnameFirstOrSpacing() {
    NameMatcher people = new NameMatcher(catalogue, Set.of(Kind.PERSON));
    assertThat(people.match("Angela Scott").id()).isEqualTo("angela-scott");
    assertThat(people.match("  angela   SCOTT ").id()).isEqualTo("angela-scott");
    assertThat(people.match("Scott, Angela").id()).isEqualTo("angela-scott");
    assertThat(people.match("angela-scott").id()).isEqualTo("angela-scott");
  }

  @Test
  void anOrganisationByItsNameAndAProjectByItsTitle() {
    assertThat(
            new NameMatcher(catalogue, Set.of(Kind.ORGANISATION))
                .match("Aberdeen City Council")
                .id())
        .isEqualTo("aberdeen-city-council");
    assertThat(new NameMatcher(catalogue, Set.of(Kind.PROJECT)).match("active communities").id())
        .isEqualTo("active-communities");
  }

  @Test
  void aNameThatMatchesNothingSaysSoWithTheClosest() {
    NameMatcher.Match match = new NameMatcher(catalogue, Set.of(Kind.PERSON)).match("Angela Scot");
    assertThat(match.found()).isFalse();
    assertThat(match.problem()).isEqualTo("'Angela Scot' names no person pmo knows");
    assertThat(match.hint()).startsWith("did you mean 'Angela Scott'?");
  }

  @Test
  void aNameOfAnotherKindIsNoMatch() {
    assertThat(new NameMatcher(catalogue, Set.of(Kind.PERSON)).match("Fife Council").found())
        .isFalse();
  }
}
