package scot.pmo.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Text taken as plain renders as the parser renders it; anything else is left to the parser. */
class PlainTextTest {

  private final MarkdownRenderer renderer = new MarkdownRenderer();
  private static final LinkTargets NONE = (url, from) -> Optional.empty();

  private String parsed(String markdown) {
    return renderer.toInlineHtml(renderer.normalise(markdown, "content/x.md", NONE));
  }

  @Test
  void plainSummariesRenderAsTheParserRendersThem() {
    for (String text :
        new String[] {
          "Synthetic benchmark data.",
          "A paper on the Local Government Benchmarking Framework & Peer Collaborative Improvement.",
          "The Accounts Commission overview report 2021: a return to 'business as usual' is not"
              + " possible (see “Recovery”).",
          "Well-being - and co-production -- at 50% / £3m?",
          "Cùram Gàidhlig: Dùn Èideann",
          "He said \"no\"; she said ‘yes’."
        }) {
      assertThat(PlainText.inlineHtml(text)).as(text).contains(parsed(text));
    }
  }

  @Test
  void textThatCouldBeMarkupIsLeftToTheParser() {
    for (String text :
        new String[] {
          "",
          "1. First",
          "- item",
          "# Heading",
          "Some *emphasis*",
          "A [link](x.md)",
          "A_b",
          "Tom &amp; Jerry",
          "A &copy; B",
          "x <b>",
          "two  spaces",
          "end ",
          " start",
          "line\nbreak",
          "back\\slash",
          "`code`",
          "![image](x.png)",
          "a ~~b~~",
          "a | b",
          "> quote",
          "=== rule",
          "tab\there",
          "&end"
        }) {
      assertThat(PlainText.inlineHtml(text)).as(text).isEmpty();
    }
  }

  @Test
  void randomTextTakenAsPlainRendersAsTheParserRendersIt() {
    Random random = new Random(5);
    String alphabet = "aZ9 .,;:'()?/%–—’‘“”€£$@\"&-àÈ*_[]<>#!`~|\\\n";
    int plain = 0;
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder("W");
      for (int i = random.nextInt(12); i > 0; i--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      Optional<String> fast = PlainText.inlineHtml(text.toString());
      if (fast.isPresent()) {
        plain++;
        assertThat(fast.get()).as(text.toString()).isEqualTo(parsed(text.toString()));
      }
    }
    assertThat(plain).isGreaterThan(1_000);
  }
}
