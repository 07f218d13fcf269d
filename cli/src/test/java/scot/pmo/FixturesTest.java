package scot.pmo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Guards the fixtures themselves: every scenario really changes the valid programme. */
class FixturesTest {

  private static Map<String, String> valid;

  @BeforeAll
  static void readValid(@TempDir Path tmp) throws IOException {
    valid = files(Fixtures.repo(tmp));
  }

  static Stream<String> scenarios() {
    return Fixtures.scenarios().stream();
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void scenarioFolderSaysWhatItsDefectIsAndChangesSomething(String scenario) throws IOException {
    Path folder = Fixtures.FIXTURES.resolve(scenario);
    assumeTrue(Files.isDirectory(folder), "generated at run time");

    assertThat(Files.readString(folder.resolve(Fixtures.SCENARIO))).isNotBlank();
    assertThat(
            Files.isDirectory(folder.resolve("content"))
                || Files.exists(folder.resolve("delete.txt")))
        .as("content/ or delete.txt")
        .isTrue();
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void scenarioChangesTheValidProgramme(String scenario, @TempDir Path tmp) throws IOException {
    Map<String, String> changed = files(Fixtures.repo(tmp, scenario));

    assertThat(changed).isNotEqualTo(valid);
  }

  private static Map<String, String> files(Path repo) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(repo)) {
      for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
        files.put(repo.relativize(file).toString(), Files.readString(file));
      }
    }
    return files;
  }
}
