package scot.pmo.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StageTimesTest {

  @Test
  void aStageInsideAnotherIsKeptButNotCountedTwice() {
    StageTimes times = new StageTimes();
    String built =
        times.time(
            "site",
            () -> {
              times.time("papers", () -> "written");
              return "built";
            });
    times.time("load", () -> 1);

    assertThat(built).isEqualTo("built");
    assertThat(times.all())
        .extracting(StageTimes.Stage::name, StageTimes.Stage::depth)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("papers", 1),
            org.assertj.core.groups.Tuple.tuple("site", 0),
            org.assertj.core.groups.Tuple.tuple("load", 0));
    assertThat(times.outermost())
        .extracting(StageTimes.Stage::name)
        .containsExactly("site", "load");
    StageTimes.Stage site = times.outermost().get(0);
    assertThat(site.nanos()).isGreaterThanOrEqualTo(times.all().get(0).nanos());
  }

  @Test
  void aStageThatFailsIsStillTimedAndTheNextStartsAtTheTop() {
    StageTimes times = new StageTimes();
    assertThatThrownBy(
            () ->
                times.time(
                    "validate",
                    () -> {
                      throw new IllegalStateException("bad content");
                    }))
        .hasMessage("bad content");
    times.time("report", () -> null);

    assertThat(times.outermost())
        .extracting(StageTimes.Stage::name)
        .containsExactly("validate", "report");
  }
}
