package scot.pmo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pipeline's shape, as PIPELINE.md states it, read from the imports of the main sources: each
 * stage uses only the stages before it, no two packages import each other, and the stages that the
 * preview's incremental path must not climb back into stay out of reach.
 */
class ArchitectureTest {

  private static final Path SOURCES = Path.of("src/main/java/scot/pmo");

  /** Each package's stage; a package may import those of its own stage or earlier ones. */
  private static final Map<String, Integer> STAGES =
      Map.ofEntries(
          Map.entry("model", 0),
          Map.entry("concurrent", 0),
          Map.entry("run", 0),
          Map.entry("markdown", 1),
          Map.entry("load", 2),
          Map.entry("validate", 3),
          Map.entry("audience", 3),
          Map.entry("link", 4),
          Map.entry("git", 4),
          Map.entry("render", 5),
          Map.entry("diff", 5),
          Map.entry("author", 5),
          Map.entry("publish", 6),
          Map.entry("workflow", 7),
          Map.entry("cli", 8),
          Map.entry("", 9));

  private static final Pattern IMPORT =
      Pattern.compile("(?m)^import (?:static )?scot\\.pmo\\.((?:[a-z]+\\.)*)([A-Z]\\w*)");

  /** Each package under scot.pmo ("" for the root) and the packages its classes import. */
  private static Map<String, Set<String>> imports() {
    Map<String, Set<String>> found = new TreeMap<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String pkg =
            SOURCES.relativize(file.getParent()).toString().replace('\\', '/').replace('/', '.');
        Set<String> used = found.computeIfAbsent(pkg, p -> new TreeSet<>());
        Matcher m = IMPORT.matcher(Files.readString(file));
        while (m.find()) {
          String imported =
              m.group(1).isEmpty() ? "" : m.group(1).substring(0, m.group(1).length() - 1);
          if (!imported.equals(pkg)) {
            used.add(imported);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }

  private static int stage(String pkg) {
    String top = pkg.contains(".") ? pkg.substring(0, pkg.indexOf('.')) : pkg;
    Integer stage = STAGES.get(top);
    if (stage == null) {
      throw new AssertionError(
          "the package " + pkg + " has no stage: add it to STAGES and to" + " PIPELINE.md");
    }
    return stage;
  }

  @Test
  void eachStageImportsOnlyItselfAndTheStagesBeforeIt() {
    List<String> backwards = new ArrayList<>();
    imports()
        .forEach(
            (pkg, used) ->
                used.stream()
                    .filter(other -> stage(other) > stage(pkg))
                    .forEach(other -> backwards.add(pkg + " imports " + other)));
    assertThat(backwards).isEmpty();
  }

  @Test
  void noTwoPackagesImportEachOtherEvenByWayOfOthers() {
    Map<String, Set<String>> graph = imports();
    List<String> cycles = new ArrayList<>();
    for (String start : graph.keySet()) {
      // Every package reachable from start; start among them is a loop.
      Set<String> seen = new LinkedHashSet<>();
      List<String> todo = new ArrayList<>(graph.get(start));
      while (!todo.isEmpty()) {
        String next = todo.remove(todo.size() - 1);
        if (seen.add(next)) {
          todo.addAll(graph.getOrDefault(next, Set.of()));
        }
      }
      if (seen.contains(start)) {
        cycles.add(start + " reaches itself through " + seen);
      }
    }
    assertThat(cycles).isEmpty();
  }

  @Test
  void renderingNeitherReadsNorChecksContent() {
    imports()
        .forEach(
            (pkg, used) -> {
              if (pkg.equals("render") || pkg.startsWith("render.")) {
                assertThat(used).as(pkg).doesNotContain("load", "validate");
              }
            });
  }

  /**
   * A daemon serves many runs from one process, each with its client's environment and terminal:
   * code that read the process's own would see the first client's, or none.
   */
  @Test
  void onlyTheInvocationReadsTheEnvironmentOrTheTerminal() throws IOException {
    List<String> reading = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String text = Files.readString(file);
        if (!file.endsWith(Path.of("run", "Invocation.java"))
            && (text.contains("System.getenv(") || text.contains("System.console()"))) {
          reading.add(SOURCES.relativize(file).toString());
        }
      }
    }
    assertThat(reading).isEmpty();
  }

  @Test
  void onlyTheLinkStageAndTheWorkflowsLinkTheGraph() throws IOException {
    List<String> linking = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String pkg = SOURCES.relativize(file.getParent()).toString().replace('\\', '/');
        if (!pkg.equals("link")
            && !pkg.equals("workflow")
            && Files.readString(file).contains("GraphBuilder")) {
          linking.add(SOURCES.relativize(file).toString());
        }
      }
    }
    assertThat(linking).as("files that link the graph themselves").isEmpty();
  }
}
