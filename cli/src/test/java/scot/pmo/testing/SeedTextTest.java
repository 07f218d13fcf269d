package scot.pmo.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SeedTextTest {

  @Test
  void reducesSeedMarkupToWords() {
    assertThat(SeedText.seedWords("Title\n\n- one [link](#) **two**\n"))
        .containsExactly("Title", "one", "link", "two");
  }

  @Test
  void reportsTheFirstDifferingWord() {
    List<String> seed = SeedText.words("a b c d");
    assertThat(SeedText.firstDifference(seed, SeedText.words("a b c d"), Map.of())).isNull();
    assertThat(SeedText.firstDifference(seed, SeedText.words("a b x d"), Map.of()))
        .contains("word 3")
        .contains(">>c<<")
        .contains(">>x<<");
    assertThat(SeedText.firstDifference(seed, SeedText.words("a b c"), Map.of()))
        .contains("4 words");
    assertThat(
            SeedText.firstDifference(
                SeedText.words("a b;"), SeedText.words("a b."), Map.of("b;", "b.")))
        .isNull();
  }
}
