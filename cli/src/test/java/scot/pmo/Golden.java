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
    if (!actual.equals(expected)) {
      throw new AssertionError(
          "output differs from "
              + file
              + " (update with -Dgolden.update=true and review the diff):\n"
              + diff(expected, actual));
    }
  }

  /**
   * The lines that differ between two texts, as a unified diff without context: "-" before each
   * line only {@code expected} has, "+" before each line only {@code actual} has, and "@@ line N"
   * before each run of changes.
   */
  public static String diff(String expected, String actual) {
    String[] a = expected.split("\n", -1);
    String[] b = actual.split("\n", -1);
    int[][] common = new int[a.length + 1][b.length + 1];
    for (int i = a.length - 1; i >= 0; i--) {
      for (int j = b.length - 1; j >= 0; j--) {
        common[i][j] =
            a[i].equals(b[j])
                ? common[i + 1][j + 1] + 1
                : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    StringBuilder out = new StringBuilder();
    int i = 0;
    int j = 0;
    boolean inRun = false;
    while (i < a.length || j < b.length) {
      if (i < a.length && j < b.length && a[i].equals(b[j])) {
        i++;
        j++;
        inRun = false;
        continue;
      }
      if (!inRun) {
        out.append("@@ line ").append(i + 1).append('\n');
        inRun = true;
      }
      if (j < b.length && (i == a.length || common[i][j + 1] >= common[i + 1][j])) {
        out.append("+ ").append(b[j++]).append('\n');
      } else {
        out.append("- ").append(a[i++]).append('\n');
      }
    }
    return out.toString();
  }

  /** A fixture repository under {@code src/test/resources/fixtures/}. */
  public static Path fixture(String name) {
    return Path.of("src/test/resources/fixtures").resolve(name).toAbsolutePath();
  }
}
