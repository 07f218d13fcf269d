package scot.pmo.render.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** The hand-written word scanner of the search index finds what its regular expression finds. */
class SearchIndexTest {

  private static String byPattern(String text) {
    LinkedHashSet<String> seen = new LinkedHashSet<>();
    Matcher m = SearchIndex.WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      seen.add(m.group());
    }
    return String.join(" ", seen);
  }

  @Test
  void findsTheSameWordsAsThePattern() {
    for (String text :
        new String[] {
          "",
          "  ",
          "Crerar's plan",
          "Crerar’s plan",
          "well-being -- twice - over",
          "a--b",
          "x'",
          "'x",
          "COVID-19 response 2021",
          "Cùram Gàidhlig ½ ² Ⅻ",
          "über-große Straße",
          "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 text",
          "end-",
          "it's-a'b’c-d",
          "tab\tand\nnewline",
          "The, the THE.",
          "İstanbul"
        }) {
      assertThat(SearchIndex.words(text)).as(text).isEqualTo(byPattern(text));
    }
  }

  @Test
  void findsTheSameWordsInRandomText() {
    Random random = new Random(11);
    String alphabet = "abcXYZ019 -'’.,\n\tàé½Ⅻ𝔘ß";
    for (int n = 0; n < 2_000; n++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(40);
      for (int i = 0; i < length; i++) {
        text.appendCodePoint(
            alphabet.codePointAt(
                alphabet.offsetByCodePoints(
                    0, random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
      }
      assertThat(SearchIndex.words(text.toString()))
          .as(text.toString())
          .isEqualTo(byPattern(text.toString()));
    }
  }
}
