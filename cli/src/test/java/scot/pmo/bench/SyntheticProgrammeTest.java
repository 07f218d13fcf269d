package scot.pmo.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.pmo.load.LoadLimits;
import scot.pmo.validate.Validation;
import scot.pmo.workflow.Snapshot;
import scot.pmo.workflow.WorkflowContext;

/** The synthetic programme the benchmarks use is valid content of the size asked for. */
class SyntheticProgrammeTest {

  @Test
  void aHundredEntitiesValidateWithoutProblems(@TempDir Path repo) throws Exception {
    SyntheticProgramme.generate(100, 42, repo);
    Validation validation =
        Snapshot.load(new WorkflowContext(repo, LoadLimits.DEFAULT)).validation();
    assertThat(validation.diagnostics().sorted()).isEmpty();
    assertThat(validation.catalogue().all()).hasSizeBetween(95, 105);
  }

  @Test
  void theSameSeedGivesTheSameFiles(@TempDir Path a, @TempDir Path b) throws Exception {
    SyntheticProgramme.generate(60, 7, a);
    SyntheticProgramme.generate(60, 7, b);
    try (Stream<Path> files = Files.walk(a.resolve("content"))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path other = b.resolve(a.relativize(file));
        assertThat(other).hasSameBinaryContentAs(file);
      }
    }
  }

  @Test
  void caseStudiesAreOfRealisticLength(@TempDir Path repo) throws Exception {
    SyntheticProgramme.generate(100, 3, repo);
    try (Stream<Path> files = Files.list(repo.resolve("content/case-studies"))) {
      for (Path file : files.toList()) {
        String text = Files.readString(file);
        int words = text.split("\\s+").length;
        assertThat(words).as(file.toString()).isBetween(450, 900);
        assertThat(text).contains("Synthetic", "## ", "| Measure", "](../projects/");
      }
    }
  }
}
