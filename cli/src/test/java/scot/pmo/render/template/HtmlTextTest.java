package scot.pmo.render.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mustachejava.util.HtmlEscaper;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Text written straight through is exactly the text Mustache's escaper leaves unchanged. */
class HtmlTextTest {

  private static String escaped(String s) {
    StringWriter out = new StringWriter();
    HtmlEscaper.escape(s, out);
    return out.toString();
  }

  @Test
  void agreesWithTheEscaperOnEveryCharacter() {
    for (int c = 0; c < 0x10000; c++) {
      String s = String.valueOf((char) c);
      assertThat(HtmlText.needsNoEscape(s)).as("U+%04X", c).isEqualTo(escaped(s).equals(s));
    }
  }

  @Test
  void textThatNeedsNoEscapeIsLeftAsItIsByTheEscaper() {
    for (String s :
        new String[] {
          "",
          "Cùram Gàidhlig – Dùn Èideann",
          "a/b?c#d",
          "50% (£3m)",
          "https://example.org/x",
          "it’s “quoted”"
        }) {
      assertThat(HtmlText.needsNoEscape(s)).as(s).isTrue();
      assertThat(escaped(s)).isEqualTo(s);
    }
    assertThat(HtmlText.needsNoEscape("a=b")).isFalse();
  }
}
