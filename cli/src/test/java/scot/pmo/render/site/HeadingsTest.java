package scot.pmo.render.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written heading scan finds what the pattern {@code <(/?)h([1-6])(?=[ >])} finds. */
class HeadingsTest {

  private static final Pattern HEADING = Pattern.compile("<(/?)h([1-6])(?=[ >])");

  private static int highestByPattern(String html) {
    Matcher m = HEADING.matcher(html);
    int highest = 7;
    while (m.find()) {
      highest = Math.min(highest, Integer.parseInt(m.group(2)));
    }
    return highest;
  }

  private static String shiftByPattern(String html, int top) {
    int highest = highestByPattern(html);
    if (highest >= top || highest == 7) {
      return html;
    }
    Matcher m = HEADING.matcher(html);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(
          out, "<" + m.group(1) + "h" + Math.min(6, Integer.parseInt(m.group(2)) + top - highest));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static void assertAgrees(String html) {
    assertThat(EntityPages.highestHeading(html)).as(html).isEqualTo(highestByPattern(html));
    for (int top = 1; top <= 3; top++) {
      assertThat(EntityPages.shiftHeadings(html, top))
          .as(html)
          .isEqualTo(shiftByPattern(html, top));
    }
  }

  @Test
  void agreesOnHeadingsAndTheirLookAlikes() {
    for (String html :
        new String[] {
          "",
          "<h1>T</h1>\n<p>x</p>",
          "<h1 id=\"a\">T</h1><h3>s</h3>",
          "<hr />",
          "<h7>no</h7>",
          "<h2",
          "<h2>",
          "</h2",
          "<html>",
          "<h1>a</h1><h6>b</h6>",
          "<p>&lt;h1&gt; <code><h1></code></p>",
          "<</h1>>",
          "<h10>",
          "<h1\n>"
        }) {
      assertAgrees(html);
    }
  }

  @Test
  void agreesOnRandomHtml() {
    Random random = new Random(23);
    String[] pieces = {
      "<", ">", "/", "h", "1", "2", "6", "7", " ", "\n", "x", "<h1>", "</h2>", "<h3 ", "<hr />"
    };
    for (int n = 0; n < 5_000; n++) {
      StringBuilder html = new StringBuilder();
      for (int i = random.nextInt(20); i > 0; i--) {
        html.append(pieces[random.nextInt(pieces.length)]);
      }
      assertAgrees(html.toString());
    }
  }
}
