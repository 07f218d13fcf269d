package scot.pmo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares rendered text with a golden file under {@code src/test/resources/golden/}; with {@code
 * -Dgolden.update=true} it rewrites the golden file instead, for review in the diff.
 */
public final class Golden {

  private static final Path ROOT = Path.of("src/test/resources/golden");

  private Golden() {}

  public static void assertMatches(String actual, String name) throws IOException {
    Path file = ROOT.resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(file).as("golden file %s (create it with -Dgolden.update=true)", file).exists();
    String expected = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(actual)
        .as("output differs from %s (update with -Dgolden.update=true)", file)
        .isEqualTo(expected);
  }

  /** A fixture repository under {@code src/test/resources/fixtures/}. */
  public static Path fixture(String name) {
    return Path.of("src/test/resources/fixtures").resolve(name).toAbsolutePath();
  }
}
