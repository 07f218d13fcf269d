package scot.pmo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Builds test repositories from {@code src/test/resources/fixtures/}: the {@code valid} programme,
 * with the change of one or more scenarios applied on top.
 *
 * <p>A scenario folder holds a {@code scenario.txt} that says, in a sentence, what its one defect
 * is, and only what differs from {@code valid}: files that replace or add to the base under {@code
 * content/}, and an optional {@code delete.txt} listing repository-relative files to remove, one a
 * line. Fixture folders without {@code scenario.txt} are whole repositories of their own and are
 * not scenarios. A few scenarios are generated at run time instead, so that large files need not be
 * committed.
 */
public final class Fixtures {

  /** The test resources, relative to the module folder in which Maven runs the tests. */
  public static final Path RESOURCES = Path.of("src", "test", "resources");

  public static final Path FIXTURES = RESOURCES.resolve("fixtures");

  /** The scenario every other one starts from. */
  public static final String VALID = "valid";

  /** The file that marks a folder as a scenario and says what its defect is. */
  public static final String SCENARIO = "scenario.txt";

  /** The exact size of the generated file in {@code file-too-large}: twice the default limit. */
  public static final int LARGE_FILE_BYTES = 2 * 1024 * 1024;

  private static final Map<String, Generator> GENERATED =
      Map.of("file-too-large", Fixtures::writeLargeReference);

  private Fixtures() {}

  /** Something that changes a copied repository, for a scenario built at run time. */
  @FunctionalInterface
  private interface Generator {
    void apply(Path repo) throws IOException;
  }

  /**
   * Copies {@code valid} into {@code target}, applies {@code scenarios} in order, and returns
   * {@code target}, ready for {@code --repo}.
   */
  public static Path repo(Path target, String... scenarios) {
    try {
      copyTree(FIXTURES.resolve(VALID), target);
      for (String scenario : scenarios) {
        apply(scenario, target);
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies the repository's own {@code templates/} into a fixture repository. */
  public static Path withTemplates(Path repo) {
    try {
      copyTree(Path.of("..", "templates"), repo.resolve("templates"));
      return repo;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every defect scenario, by name, sorted; {@code valid} itself is not among them. */
  public static List<String> scenarios() {
    TreeSet<String> names = new TreeSet<>(GENERATED.keySet());
    try (Stream<Path> dirs = Files.list(FIXTURES)) {
      dirs.filter(d -> Files.isRegularFile(d.resolve(SCENARIO)))
          .map(d -> d.getFileName().toString())
          .forEach(names::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ArrayList<>(names);
  }

  private static void apply(String scenario, Path target) throws IOException {
    Generator generator = GENERATED.get(scenario);
    if (generator != null) {
      generator.apply(target);
      return;
    }
    Path dir = FIXTURES.resolve(scenario);
    if (!Files.isRegularFile(dir.resolve(SCENARIO))) {
      throw new IllegalArgumentException(
          "no fixture scenario " + scenario + " (a folder with " + SCENARIO + ") in " + FIXTURES);
    }
    Path content = dir.resolve("content");
    if (Files.isDirectory(content)) {
      copyTree(content, target.resolve("content"));
    }
    Path delete = dir.resolve("delete.txt");
    if (Files.exists(delete)) {
      for (String line : Files.readAllLines(delete, StandardCharsets.UTF_8)) {
        String name = line.strip();
        if (name.isEmpty() || name.startsWith("#")) {
          continue;
        }
        Path file = target.resolve(name).normalize();
        if (!file.startsWith(target) || !Files.isRegularFile(file)) {
          throw new IllegalArgumentException(
              delete + " names " + name + ", which is not a file of the valid fixture");
        }
        Files.delete(file);
      }
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path source : (Iterable<Path>) files::iterator) {
        Path dest = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(dest);
        } else {
          Files.copy(source, dest, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  /** A reference whose Markdown body makes the file exactly {@link #LARGE_FILE_BYTES} long. */
  private static void writeLargeReference(Path repo) throws IOException {
    String head =
        "---\ntitle: \"A very long report\"\ntype: report\n"
            + "summary: \"Synthetic test data, far larger than any real content file.\"\n---\n";
    StringBuilder text = new StringBuilder(LARGE_FILE_BYTES).append(head);
    String line = "Synthetic test data. ".repeat(4).strip() + "\n";
    while (text.length() + line.length() <= LARGE_FILE_BYTES) {
      text.append(line);
    }
    text.append("x".repeat(LARGE_FILE_BYTES - text.length())); // ASCII: one byte a character
    Files.writeString(repo.resolve("content/references/very-long-report.md"), text);
  }
}
