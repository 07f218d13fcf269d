package scot.pmo.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordsTest {

  @Test
  void capitaliseChangesTheFirstCharacterOnly() {
    assertThat(Words.capitalise("")).isEmpty();
    assertThat(Words.capitalise("case study")).isEqualTo("Case study");
    assertThat(Words.capitalise("RAID record")).isEqualTo("RAID record");
    assertThat(Words.capitalise("éclair")).isEqualTo("Éclair");
    assertThat(Words.capitalise("1 day")).isEqualTo("1 day");
  }

  @Test
  void capitaliseGivesOneCharacterForOneInEveryLocale() {
    assertThat(Words.capitalise("ßtraße")).isEqualTo("ßtraße");
    assertThat(Words.capitalise("ﬁle")).isEqualTo("ﬁle");
    assertThat(Words.capitalise("istanbul")).isEqualTo("Istanbul");
  }
}
