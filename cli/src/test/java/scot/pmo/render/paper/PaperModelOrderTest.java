package scot.pmo.render.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.pmo.model.Config;
import scot.pmo.render.markdown.MarkdownRenderer;
import scot.pmo.testing.SyntheticRaid;
import scot.pmo.testing.TestRepos;

/**
 * Every paper's model says the same in every run of Java. Its text is part of the paper's cache
 * key, and a map or set whose order Java draws at random in each run ({@code Map.of}, {@code
 * Set.of}, {@code HashMap}) made the programme proposal's key differ from one build to the next, so
 * that it was rendered again about every other build.
 */
class PaperModelOrderTest {

  @TempDir Path tmp;

  @Test
  void noPaperModelHoldsAMapOrSetInAnOrderDrawnEachRun() {
    Path repo = Papers.withRaid(tmp.resolve("repo"));
    TestRepos.Loaded loaded = Papers.loaded(repo);
    Config config = Papers.config(repo);
    List<Paper> papers = new ArrayList<>();
    for (String project :
        List.of(
            "active-communities",
            "crerar-implementation",
            "procurement",
            "statutory-and-non-statutory-services")) {
      papers.add(Papers.briefing(repo, project));
    }
    papers.add(
        new EscalationReports(loaded.validation().catalogue(), loaded.graph())
            .build(LocalDate.of(2024, 3, 1), TestRepos.PROVENANCE));
    papers.add(
        new MeetingPacks(
                loaded.validation().catalogue(), loaded.graph(), new MarkdownRenderer(), config)
            .build(SyntheticRaid.SECOND_MEETING, LocalDate.of(2024, 3, 1), TestRepos.PROVENANCE));
    papers.add(Papers.entityPaper(repo, "programme-proposal", "solace-is-transformation"));
    papers.add(Papers.entityPaper(repo, "event-report", "fife-working-for-place"));
    papers.add(Papers.entityPaper(repo, "letter", "is-priorities-for-session-6-letter"));

    List<String> unordered = new ArrayList<>();
    for (Paper paper : papers) {
      walk(paper, paper.id(), unordered);
    }
    assertThat(unordered).isEmpty();
  }

  /** Notes, under {@code at}, each map or set in {@code value} whose order is drawn each run. */
  private static void walk(Object value, String at, List<String> unordered) {
    if (value == null) {
      return;
    }
    if (value instanceof Map<?, ?> map) {
      if (map.size() > 1 && drawnEachRun(map)) {
        unordered.add(at + ": " + map.getClass().getName() + " " + map.keySet());
      }
      map.forEach((k, v) -> walk(v, at + "." + k, unordered));
    } else if (value instanceof Collection<?> items) {
      if (items instanceof Set<?> && items.size() > 1 && drawnEachRun(items)) {
        unordered.add(at + ": " + items.getClass().getName());
      }
      int i = 0;
      for (Object item : items) {
        walk(item, at + "[" + i++ + "]", unordered);
      }
    } else if (value.getClass().isRecord()) {
      for (RecordComponent c : value.getClass().getRecordComponents()) {
        try {
          walk(c.getAccessor().invoke(value), at + "." + c.getName(), unordered);
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
      }
    }
  }

  /** Java's immutable maps and sets of more than one entry, and the hash-ordered ones. */
  private static boolean drawnEachRun(Object container) {
    String name = container.getClass().getName();
    return name.startsWith("java.util.ImmutableCollections$Map")
        || name.startsWith("java.util.ImmutableCollections$Set")
        || name.equals("java.util.HashMap")
        || name.equals("java.util.HashSet")
        || name.equals("java.util.concurrent.ConcurrentHashMap");
  }
}
