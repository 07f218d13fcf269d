package scot.pmo.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import scot.pmo.Fixtures;
import scot.pmo.hostile.InertOutput;
import scot.pmo.load.LoadLimits;
import scot.pmo.publish.diff.DiffFormat;
import scot.pmo.validate.Validation;
import scot.pmo.workflow.Snapshot;
import scot.pmo.workflow.WorkflowContext;

/**
 * Fuzzes the semantic diff: the made-up {@code valid} programme against a copy of it in which one
 * file is replaced by fuzzed text (valid or not). The comparison and its three printers end without
 * an exception, and the Markdown, which becomes a pull-request comment, is inert.
 */
class ProgrammeDifferFuzzTest {

  private static final Path BEFORE = Fixtures.repo(temp("before"));
  private static final Path AFTER = Fixtures.repo(temp("after"));
  private static final List<String> FILES = files(AFTER);
  private static final ProgrammeDiffer.Side SIDE_BEFORE = side(BEFORE, "before");

  @FuzzTest(maxDuration = "5m")
  void compare(FuzzedDataProvider data) throws IOException {
    String file = FILES.get(data.consumeInt(0, FILES.size() - 1));
    Path target = AFTER.resolve(file);
    byte[] original = Files.readAllBytes(target);
    Files.writeString(target, data.consumeRemainingAsString(), StandardCharsets.UTF_8);
    try {
      ProgrammeDiff diff = ProgrammeDiffer.compare(SIDE_BEFORE, side(AFTER, "after"), List.of());
      for (DiffFormat format : DiffFormat.values()) {
        StringWriter out = new StringWriter();
        format.write(diff, new PrintWriter(out));
        assertThat(out.toString()).isNotEmpty();
        if (format == DiffFormat.markdown) {
          assertThat(InertOutput.markdown(out.toString())).as(out.toString()).isEmpty();
        }
      }
    } finally {
      Files.write(target, original);
    }
  }

  private static ProgrammeDiffer.Side side(Path repo, String name) {
    Snapshot snapshot = Snapshot.load(new WorkflowContext(repo, LoadLimits.DEFAULT));
    Validation validation = snapshot.validation();
    return new ProgrammeDiffer.Side(
        new ProgrammeDiff.Version(
            Optional.of(
                new scot.pmo.git.Revision(
                    name,
                    "0".repeat(40),
                    "0000000",
                    "2024-01-01",
                    "Synthetic",
                    "Synthetic test data"))),
        validation,
        snapshot.graph());
  }

  private static Path temp(String name) {
    try {
      Path dir = Files.createTempDirectory("pmo-diff-fuzz-");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
      return dir.resolve(name);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind
    }
  }

  private static List<String> files(Path repo) {
    try (Stream<Path> walk = Files.walk(repo.resolve("content"))) {
      return walk.filter(Files::isRegularFile)
          .map(p -> repo.relativize(p).toString())
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
