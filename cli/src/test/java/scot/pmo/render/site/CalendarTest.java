package scot.pmo.render.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CalendarTest {

  @Test
  void textValuesEscapeBackslashSemicolonCommaAndLineBreaks() {
    assertThat(Calendar.text("a\\b; c, d\ne\r\nf")).isEqualTo("a\\\\b\\; c\\, d\\ne\\nf");
  }

  @Test
  void longLinesAreFoldedAt75OctetsWithoutSplittingACharacter() {
    StringBuilder out = new StringBuilder();
    Calendar.line(out, "SUMMARY:" + "Café – ".repeat(20));
    String text = out.toString();
    assertThat(text).endsWith("\r\n");
    String[] lines = text.split("\r\n");
    assertThat(lines.length).isGreaterThan(2);
    for (int i = 0; i < lines.length; i++) {
      assertThat(lines[i].getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
      if (i > 0) {
        assertThat(lines[i]).startsWith(" ");
      }
    }
    String unfolded = text.replace("\r\n ", "").replace("\r\n", "");
    assertThat(unfolded).isEqualTo("SUMMARY:" + "Café – ".repeat(20));
  }
}
