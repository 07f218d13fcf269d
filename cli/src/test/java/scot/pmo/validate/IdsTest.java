package scot.pmo.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdsTest {

  @ParameterizedTest
  @ValueSource(strings = {"a", "alpha-project", "workstream-2", "2024-kick-off"})
  void wellFormedIdsAreValid(String id) {
    assertThat(Ids.isValid(id)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "Bad_Name",
        "Alpha",
        "alpha--project",
        "-alpha",
        "alpha-",
        "alpha project",
        "caf\u00e9"
      })
  void malformedIdsAreInvalid(String id) {
    assertThat(Ids.isValid(id)).isFalse();
  }

  @Test
  void idsAreAtMostEightyCharacters() {
    assertThat(Ids.isValid("a".repeat(Ids.MAX_LENGTH))).isTrue();
    assertThat(Ids.isValid("a".repeat(Ids.MAX_LENGTH + 1))).isFalse();
  }

  @Test
  void slugLowerCasesAndJoinsWordsWithHyphens() {
    assertThat(Ids.slug("Bad_Name")).isEqualTo("bad-name");
    assertThat(Ids.slug("Active Communities: Phase 2")).isEqualTo("active-communities-phase-2");
    assertThat(Ids.slug("  --Edge--  ")).isEqualTo("edge");
  }

  @Test
  void slugDropsAccents() {
    assertThat(Ids.slug("Caf\u00e9 R\u00e9union")).isEqualTo("cafe-reunion");
  }

  @Test
  void slugOfNothingIsAPlaceholderId() {
    assertThat(Ids.slug("")).isEqualTo("new-id");
    assertThat(Ids.slug(null)).isEqualTo("new-id");
    assertThat(Ids.slug("!!!")).isEqualTo("new-id");
  }

  @Test
  void slugIsAlwaysValid() {
    assertThat(Ids.isValid(Ids.slug("\u00c9cole \u2013 \u00c5rhus / 2024"))).isTrue();
  }
}
