package scot.pmo.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.pmo.load.LoadLimits;
import scot.pmo.model.Diagnostic;
import scot.pmo.model.Rules;
import scot.pmo.model.Severity;
import scot.pmo.testing.SyntheticRaid;
import scot.pmo.testing.TestRepos;
import scot.pmo.workflow.Snapshot;
import scot.pmo.workflow.WorkflowContext;

/**
 * The working rules over the synthetic RAID log and actions laid over a copy of the sample, checked
 * as of the day of the second synthetic meeting, with a few more synthetic records that each break
 * (or keep) one rule.
 */
class WorkingRulesValidatorTest {

  private static final LocalDate AS_OF = LocalDate.of(2024, 3, 14);

  @TempDir static Path tmp;
  static Path repo;
  static List<Diagnostic> found;

  @BeforeAll
  static void validate() {
    repo = TestRepos.copy(tmp.resolve("repo"));
    SyntheticRaid.addTo(repo);
    record(
        "synthetic-escalated-no-owner",
        """
        type: issue
        project: active-communities
        status: escalated
        raised: "2024-01-10"
        escalated: "2024-02-01"
        escalated_to: chief-executive-working-group
        """);
    record(
        "synthetic-level-no-owner",
        """
        type: risk
        project: active-communities
        status: open
        raised: "2024-01-10"
        level: workstream
        """);
    record(
        "synthetic-closed-no-closed-date",
        """
        type: risk
        project: active-communities
        status: closed
        owner: derek-crichton
        raised: "2024-01-10"
        resolved: "2024-02-01"
        """);
    record(
        "synthetic-resolved-no-date",
        """
        type: decision
        project: active-communities
        status: resolved
        owner: derek-crichton
        raised: "2024-01-10"
        """);
    record(
        "synthetic-rating-too-high",
        """
        type: risk
        project: active-communities
        status: open
        owner: derek-crichton
        raised: "2024-01-10"
        likelihood: "7"
        impact: "2"
        """);
    record(
        "synthetic-rating-half",
        """
        type: risk
        project: active-communities
        status: open
        owner: derek-crichton
        raised: "2024-01-10"
        impact: "3"
        """);
    record(
        "synthetic-closed-never-resolved",
        """
        type: issue
        project: active-communities
        status: closed
        owner: derek-crichton
        raised: "2024-01-10"
        closed: "2024-02-01"
        """);
    record(
        "synthetic-escalated-no-date",
        """
        type: issue
        project: active-communities
        status: escalated
        owner: derek-crichton
        raised: "2024-01-10"
        escalated_to: chief-executive-working-group
        """);
    record(
        "synthetic-steps-out-of-order",
        """
        type: issue
        project: active-communities
        status: closed
        owner: derek-crichton
        raised: "2024-01-10"
        escalated: "2024-02-10"
        resolved: "2024-02-01"
        closed: "2024-01-20"
        """);
    record(
        "synthetic-review-past-but-closed",
        """
        type: risk
        project: active-communities
        status: closed
        owner: derek-crichton
        raised: "2024-01-10"
        review: "2024-02-01"
        resolved: "2024-02-01"
        closed: "2024-02-02"
        """);
    TestRepos.write(
        repo,
        "content/meetings/synthetic-meeting-past-still-planned.yaml",
        """
        title: "Synthetic meeting that nobody marked as held"
        summary: "Synthetic test data: a meeting invented for tests."
        type: meeting
        date: "2024-03-13"
        status: planned
        """);
    TestRepos.write(
        repo,
        "content/meetings/synthetic-meeting-month-still-planned.yaml",
        """
        title: "Synthetic meeting in the month of today"
        summary: "Synthetic test data: a meeting invented for tests."
        type: meeting
        date: "2024-03"
        status: planned
        """);
    found = validation(repo, AS_OF);
  }

  /** Writes a synthetic RAID record with {@code fields} after its title. */
  private static void record(String id, String fields) {
    TestRepos.write(
        repo,
        "content/interdependencies/" + id + ".md",
        "---\ntitle: \"Synthetic record "
            + id
            + "\"\n"
            + fields
            + "---\nSynthetic test data: a record invented for tests.\n");
  }

  static List<Diagnostic> validation(Path repo, LocalDate asOf) {
    WorkflowContext context = new WorkflowContext(repo, LoadLimits.DEFAULT);
    context.checkOn(asOf);
    return Snapshot.load(context).validation().diagnostics().sorted();
  }

  /** The problems of one rule, as (place, severity). */
  private static List<Diagnostic> of(String code) {
    return found.stream().filter(d -> d.code().equals(code)).toList();
  }

  private static List<Diagnostic> in(String id) {
    return found.stream().filter(d -> d.at().path().contains("/" + id + ".")).toList();
  }

  @Test
  void aLiveRecordPastItsReviewDateIsReportedAtTheReviewDate() {
    assertThat(of("review-overdue"))
        .extracting(d -> d.at().toString(), Diagnostic::severity)
        .containsExactly(
            tuple(
                "content/interdependencies/synthetic-risk-volunteer-capacity.md:8:9",
                Severity.WARNING));
    Diagnostic d = of("review-overdue").get(0);
    assertThat(d.message())
        .isEqualTo(
            "the record is escalated and its review was due on 2024-02-15, before today"
                + " (2024-03-14)");
    assertThat(d.hint()).contains("set 'review:' to the date of the next review");
  }

  @Test
  void aReviewDueTodayOrLaterOrOfAClosedRecordIsNotOverdue() {
    assertThat(in("synthetic-review-past-but-closed")).isEmpty();
    assertThat(in("synthetic-risk-data-sharing")).isEmpty(); // review 2024-04-10
    assertThat(
            validation(repo, LocalDate.of(2024, 2, 15)).stream()
                .filter(d -> d.code().equals("review-overdue")))
        .isEmpty();
  }

  @Test
  void anEscalatedRecordWithoutAnOwnerIsReported() {
    assertThat(of("escalated-without-owner"))
        .extracting(d -> d.at().toString(), Diagnostic::message)
        .containsExactly(
            tuple(
                "content/interdependencies/synthetic-escalated-no-owner.md:5:9",
                "the record is escalated to 'chief-executive-working-group', but has no owner to"
                    + " answer for it there"),
            tuple(
                "content/interdependencies/synthetic-level-no-owner.md:7:8",
                "the record was escalated to the workstream level, but has no owner to answer for"
                    + " it there"));
    assertThat(of("escalated-without-owner").get(0).hint()).startsWith("add 'owner:'");
    // Escalated records with an owner, and open records never escalated, are not reported.
    assertThat(in("synthetic-issue-survey-delay")).isEmpty();
    assertThat(in("crerar-implementation-depends-on-lgbf-peer-improvement")).isEmpty();
  }

  @Test
  void aClosedOrResolvedRecordWithoutItsDateIsReported() {
    assertThat(of("closed-without-date"))
        .extracting(d -> d.at().toString(), Diagnostic::message, Diagnostic::hint)
        .containsExactly(
            tuple(
                "content/interdependencies/synthetic-closed-no-closed-date.md:5:9",
                "the record is closed but does not say when: it has no 'closed' date",
                "add 'closed: \"YYYY-MM-DD\"', the day it was closed"),
            tuple(
                "content/interdependencies/synthetic-resolved-no-date.md:5:9",
                "the record is resolved but does not say when: it has no 'resolved' date",
                "add 'resolved: \"YYYY-MM-DD\"', the day it was decided"));
    assertThat(in("synthetic-risk-closed")).isEmpty();
  }

  @Test
  void aRatingAboveTheScaleOrHalfARatingIsAnError() {
    assertThat(of("rating-out-of-scale"))
        .extracting(d -> d.at().toString(), Diagnostic::severity, Diagnostic::message)
        .containsExactly(
            tuple(
                "content/interdependencies/synthetic-rating-half.md:8:9",
                Severity.ERROR,
                "the record gives 'impact' but no 'likelihood': a rating needs both"),
            tuple(
                "content/interdependencies/synthetic-rating-too-high.md:8:13",
                Severity.ERROR,
                "'likelihood' is 7, above the top of the likelihood scale (5, Almost certain)"));
    assertThat(of("rating-out-of-scale").get(1).hint())
        .isEqualTo(
            "rate it from 1 (Rare) to 5 (Almost certain), or widen the scale under 'raid:"
                + " likelihood:' in pmo.yaml");
    assertThat(in("synthetic-risk-volunteer-capacity"))
        .noneMatch(d -> d.code().equals("rating-out-of-scale"));
  }

  @Test
  void aSkippedStepOrStepsOutOfOrderAreReported() {
    assertThat(of("lifecycle-skip"))
        .extracting(d -> d.at().toString(), Diagnostic::message)
        .containsExactly(
            tuple(
                "content/interdependencies/synthetic-closed-never-resolved.md:5:9",
                "the record is closed but was never resolved: it has no 'resolved' date"),
            tuple(
                "content/interdependencies/synthetic-escalated-no-date.md:5:9",
                "the record is escalated but has no 'escalated' date"),
            tuple(
                "content/interdependencies/synthetic-steps-out-of-order.md:9:11",
                "'resolved' (2024-02-01) comes before 'escalated' (2024-02-10), but the steps go"
                    + " raised, escalated, resolved, closed"),
            tuple(
                "content/interdependencies/synthetic-steps-out-of-order.md:10:9",
                "'closed' (2024-01-20) comes before 'resolved' (2024-02-01), but the steps go"
                    + " raised, escalated, resolved, closed"));
    assertThat(in("synthetic-risk-closed")).isEmpty();
    assertThat(in("synthetic-decision-scope")).isEmpty();
  }

  @Test
  void anOpenActionPastItsDueDateIsReportedAtItsDueLine() {
    assertThat(of("action-overdue"))
        .extracting(d -> d.at().toString(), Diagnostic::severity)
        .containsExactly(
            tuple(
                "content/interdependencies/synthetic-risk-volunteer-capacity.md:21:10",
                Severity.WARNING),
            tuple("content/meetings/synthetic-cewg-2024-01.yaml:32:10", Severity.WARNING));
    assertThat(of("action-overdue").get(1).message())
        .isEqualTo(
            "the action 'Synthetic action: draft the council survey' (monica-patterson) was due"
                + " on 2024-02-29 and is still open (today is 2024-03-14)");
    assertThat(of("action-overdue").get(1).hint()).startsWith("if it is done, set 'status: done'");
    // Done actions and actions not yet due are not reported.
    assertThat(in(SyntheticRaid.SECOND_MEETING)).isEmpty();
  }

  @Test
  void aMeetingPastItsDateStillPlannedIsReportedAtItsStatus() {
    assertThat(of("meeting-still-planned"))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.at().toString())
                  .isEqualTo("content/meetings/synthetic-meeting-past-still-planned.yaml:5:9");
              assertThat(d.severity()).isEqualTo(Severity.WARNING);
              assertThat(d.message())
                  .isEqualTo(
                      "the meeting is still 'planned', but the day it was to be held has passed");
              assertThat(d.hint())
                  .isEqualTo(
                      "it was dated 2024-03-13, before today (2024-03-14): set 'status: held' or"
                          + " 'status: cancelled'; if it was moved, set 'date:' to its new date;"
                          + " if nobody knows, remove 'status:'");
            });
    // A meeting dated today, or in a month not yet over, is still to come.
    assertThat(in(SyntheticRaid.SECOND_MEETING)).isEmpty();
    assertThat(in("synthetic-meeting-month-still-planned")).isEmpty();
    assertThat(validation(repo, LocalDate.of(2024, 3, 13)))
        .noneMatch(d -> d.code().equals("meeting-still-planned"));
  }

  @Test
  void asOfAnEarlierDayNothingIsOverdue() {
    List<Diagnostic> early = validation(repo, LocalDate.of(2024, 1, 1));

    assertThat(early)
        .noneMatch(d -> d.code().equals("action-overdue") || d.code().equals("review-overdue"));
  }

  @Test
  void theSampleAloneKeepsEveryRule() {
    Path sample = TestRepos.copy(tmp.resolve("sample"));

    assertThat(validation(sample, LocalDate.of(2030, 1, 1)))
        .noneMatch(d -> Rules.CODES.contains(d.code()));
  }
}
