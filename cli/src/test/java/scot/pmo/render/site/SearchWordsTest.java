package scot.pmo.render.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Words gathered in one pass are those the search index finds in the page's text. */
class SearchWordsTest {

  /** The long way: each fragment's text, HTML through Html.text, then the words of it all. */
  private static String longWay(List<String> html, List<String> text) {
    StringBuilder all = new StringBuilder();
    html.forEach(h -> all.append(' ').append(Html.text(h)));
    text.forEach(t -> all.append(' ').append(t));
    return SearchIndex.words(all.toString());
  }

  private static String onePass(List<String> html, List<String> text) {
    SearchWords words = new SearchWords();
    html.forEach(words::html);
    text.forEach(words::text);
    return words.words();
  }

  @Test
  void givesTheWordsOfTheTextInOrder() {
    List<String> html =
        List.of(
            "<h2 id=\"x\">Crerar&#39;s plan</h2><p>Well-being &amp; "
                + "<a href=\"a.html\">more</a>-over &lt;b&gt; &amp;lt; &copy; a <b",
            "<p>The plan’s "
                + "end-</p><ul><li>COVID-19</li><li>Cùram Gàidhlig ½ Ⅻ 𝔘𝔫𝔦</li></ul>");
    List<String> text = List.of("Dùn Èideann &#39;s", "plan it's-a'b");
    assertThat(onePass(html, text))
        .isEqualTo(longWay(html, text))
        .startsWith("crerar's plan well-being more-over b lt copy a");
  }

  @Test
  void lettersWhoseLowerCaseDependsOnTheirNeighboursTakeTheLongWay() {
    List<String> html = List.of("<p>ΟΔΟΣ İstanbul</p>");
    assertThat(onePass(html, List.of("ΣΑΣ")))
        .isEqualTo(longWay(html, List.of("ΣΑΣ")))
        .contains("οδος");
  }

  @Test
  void agreesOnAPageOfThousandsOfWordsEachSeveralTimes() {
    Random random = new Random(3);
    StringBuilder html = new StringBuilder("<p>");
    for (int i = 0; i < 20_000; i++) {
      html.append(Integer.toString(random.nextInt(6_000), 36)).append(i % 7 == 0 ? "-x " : " ");
      if (i % 50 == 0) {
        html.append("</p>\n<p>");
      }
    }
    List<String> page = List.of(html.append("</p>").toString());
    List<String> text = List.of("tail words");
    assertThat(onePass(page, text)).isEqualTo(longWay(page, text));
  }

  @Test
  void agreesOnRandomHtml() {
    Random random = new Random(17);
    String[] pieces = {
      "a",
      "B",
      "0",
      " ",
      "-",
      "'",
      "’",
      "<p>",
      "</p>",
      "<a href=\"x\">",
      "</a>",
      "<em>",
      "</em>",
      "<br />",
      "<li>",
      "<!-- c -->",
      "<a href=\"x?a>b\">",
      "</",
      "<!",
      "<",
      ">",
      "&amp;",
      "&lt;",
      "&gt;",
      "&quot;",
      "&#39;",
      "&copy;",
      "&",
      ";",
      "à",
      "Ⅻ",
      "𝔘",
      "ß",
      "\n",
      "\t",
      "İ",
      "Σ",
      "x'<b>y"
    };
    for (int n = 0; n < 3_000; n++) {
      List<String> html = new ArrayList<>();
      List<String> text = new ArrayList<>();
      for (int f = random.nextInt(4); f >= 0; f--) {
        StringBuilder s = new StringBuilder();
        for (int i = random.nextInt(30); i > 0; i--) {
          s.append(pieces[random.nextInt(pieces.length)]);
        }
        (random.nextBoolean() ? html : text).add(s.toString());
      }
      assertThat(onePass(html, text)).as(html + " " + text).isEqualTo(longWay(html, text));
    }
  }
}
