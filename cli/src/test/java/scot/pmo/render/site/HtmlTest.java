package scot.pmo.render.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written text extraction gives what the regular expressions gave. */
class HtmlTest {

  @Test
  void textIsWhatThePatternsGive() {
    for (String html :
        new String[] {
          "",
          " ",
          "<p>Hello <em>world</em></p>\n<ul>\n<li>a</li></ul>",
          "a < b and c > d",
          "x<y",
          "<a href=\"q\">&amp;lt; &lt;b&gt; &quot;q&quot; &#39;s</a>",
          "\t\u000B\f\r\n lines \n\n",
          "<br/>–‘quoted’–<br />",
          "\u00a0nbsp\u00a0",
          "<<>>"
        }) {
      assertThat(Html.text(html)).as(html).isEqualTo(Html.textByPatterns(html));
    }
    Random random = new Random(5);
    String alphabet = "ab <>/&;ltgqmp#39\n\t\r\u000B\f\u00a0–";
    for (int n = 0; n < 3_000; n++) {
      StringBuilder html = new StringBuilder();
      for (int i = random.nextInt(30); i > 0; i--) {
        html.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertThat(Html.text(html.toString()))
          .as(html.toString())
          .isEqualTo(Html.textByPatterns(html.toString()));
    }
  }
}
