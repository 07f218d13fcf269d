package scot.pmo.render.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A paper's text is tidied in one pass, as the two regular expressions it replaced tidied it: the
 * blank lines a left-out section leaves behind go, and so do spaces and tabs at the ends of lines.
 */
class PaperTidyTest {

  @Test
  void dropsTrailingSpaceAndRunsOfBlankLinesAndEndsWithOneNewline() {
    assertThat(PaperRenderer.tidy("# Title  \n\n\n\n## Purpose\t\r\n\r\n\r\ntext\n\n"))
        .isEqualTo("# Title\n\n## Purpose\n\ntext\n");
    assertThat(PaperRenderer.tidy("\n \n\t\nfirst\n  \n \t \nsecond   "))
        .isEqualTo("first\n\nsecond\n");
    assertThat(PaperRenderer.tidy("")).isEqualTo("\n");
  }

  @Test
  void tidiesEveryTextAsTheRegularExpressionsDid() {
    // Lines made of the characters that matter (spaces, tabs, CR, LF, a non-breaking space) and a
    // letter, at random: the old expressions are the specification.
    char[] alphabet = {'a', ' ', '\t', '\r', '\n', '\n', '\u00a0'};
    Random random = new Random(20261207);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(24);
      for (int j = 0; j < length; j++) {
        text.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String input = text.toString();
      assertThat(PaperRenderer.tidy(input))
          .as("%s", input.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t"))
          .isEqualTo(old(input));
    }
  }

  private static final Pattern BLANK_RUNS = Pattern.compile("\\n(?:[ \\t]*\\n){2,}");
  private static final Pattern TRAILING_SPACE = Pattern.compile("[ \\t]+\\n");

  private static String old(String text) {
    String out = TRAILING_SPACE.matcher(text.replace("\r\n", "\n")).replaceAll("\n");
    out = BLANK_RUNS.matcher(out).replaceAll("\n\n");
    return out.strip() + "\n";
  }
}
