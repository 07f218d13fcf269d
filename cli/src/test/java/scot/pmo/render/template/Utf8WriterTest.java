package scot.pmo.render.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Pieces written in any mix of strings and character arrays give the UTF-8 of the whole. */
class Utf8WriterTest {

  @Test
  void givesTheUtf8OfWhatWasWritten() {
    Random random = new Random(9);
    String[] pieces = {"<p>", "plain", " – ", "Gàidhlig", "’", "𝔘𝔫𝔦", "\n", "&amp;", ""};
    for (int n = 0; n < 2_000; n++) {
      Utf8Writer out = new Utf8Writer(4);
      StringBuilder all = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        String piece = pieces[random.nextInt(pieces.length)];
        all.append(piece);
        switch (random.nextInt(3)) {
          case 0 -> out.write(piece);
          case 1 -> out.write(("#" + piece + "#").toCharArray(), 1, piece.length());
          default -> out.append(piece);
        }
      }
      assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8)).isEqualTo(all.toString());
    }
  }
}
