package scot.pmo.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import scot.pmo.testing.TestRepos;

/**
 * SECURITY.md lists every case of the hostile catalogue with its expectation, as the case folders
 * state them; {@code -Dgolden.update=true} rewrites the table.
 */
class SecurityDocTest {

  private static final Path SECURITY = TestRepos.REPO.resolve("SECURITY.md");
  private static final String START = "<!-- hostile-cases:start -->\n";
  private static final String END = "<!-- hostile-cases:end -->";

  @Test
  void listsEveryHostileCase() throws IOException {
    String doc = Files.readString(SECURITY, StandardCharsets.UTF_8);
    int start = doc.indexOf(START);
    int end = doc.indexOf(END);
    assertThat(start).as("SECURITY.md marks the table with " + START.strip()).isPositive();
    String table = table();
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(
          SECURITY,
          doc.substring(0, start + START.length()) + table + doc.substring(end),
          StandardCharsets.UTF_8);
      return;
    }
    assertThat(doc.substring(start + START.length(), end)).isEqualTo(table);
  }

  @Test
  void everyCasePlantedAtRunTimeHasItsFolder() {
    assertThat(HostileCatalogueTest.cases()).containsAll(HostileSetups.names());
  }

  @Test
  void theHeapItStatesIsTheOneUsed() throws IOException {
    assertThat(Files.readString(SECURITY))
        .contains(HostileCatalogueTest.SMALL_HEAP.replace("-Xmx", "").replace("m", " MiB heap"));
  }

  private static String table() {
    List<String> rows = new ArrayList<>();
    rows.add("| case | expected | what happens |");
    rows.add("|---|---|---|");
    HostileCatalogueTest.catalogue()
        .forEach(
            (name, expected) ->
                rows.add(
                    "| `"
                        + name
                        + "` | "
                        + expected.stated()
                        + " | "
                        + expected
                            .description()
                            .replace("\\", "\\\\")
                            .replace("|", "\\|")
                            .replace("<", "\\<")
                        + " |"));
    return String.join("\n", rows) + "\n";
  }
}
