package scot.pmo.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.pmo.Fixtures;
import scot.pmo.concurrent.Meter;
import scot.pmo.load.LoadLimits;
import scot.pmo.render.paper.PaperFormat;

/** A build counts its papers and pages as it makes them, for the progress bar on a terminal. */
class BuildProgressTest {

  @TempDir Path tmp;

  /** Each stage's total, and how many of its items said they were done. */
  private static final class Recorder implements Meter {
    final Map<String, Integer> totals = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> done = new ConcurrentHashMap<>();

    @Override
    public Counter start(String what, int total) {
      totals.put(what, total);
      AtomicInteger count = done.computeIfAbsent(what, w -> new AtomicInteger());
      return count::incrementAndGet;
    }
  }

  @Test
  void everyPaperAndPageIsCountedOnceAgainstItsStagesTotal() throws Exception {
    Path repo = Fixtures.withTemplates(Fixtures.repo(tmp.resolve("repo")));
    WorkflowContext context = new WorkflowContext(repo, LoadLimits.DEFAULT);
    Recorder recorder = new Recorder();
    context.countOn(recorder);
    Path site = tmp.resolve("site");

    int pages =
        new BuildWorkflow(context)
            .build(
                Snapshot.load(context),
                site,
                Optional.empty(),
                List.of(PaperFormat.HTML, PaperFormat.MD));

    assertThat(recorder.totals).containsOnlyKeys("Papers", "Pages");
    assertThat(recorder.totals.get("Pages")).isEqualTo(pages);
    assertThat(recorder.done.get("Pages")).hasValue(pages);
    try (Stream<Path> papers = Files.list(site.resolve("papers"))) {
      int written = (int) papers.count();
      assertThat(written).as("the fixture has papers to count").isPositive();
      assertThat(recorder.totals.get("Papers")).isEqualTo(written);
      assertThat(recorder.done.get("Papers")).hasValue(written);
    }
  }
}
