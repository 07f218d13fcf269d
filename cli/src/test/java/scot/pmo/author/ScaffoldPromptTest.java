package scot.pmo.author;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.pmo.Fixtures;
import scot.pmo.load.LoadLimits;
import scot.pmo.model.Kind;
import scot.pmo.workflow.NewWorkflow;
import scot.pmo.workflow.Snapshot;
import scot.pmo.workflow.WorkflowContext;

/**
 * {@code pmo new} at a terminal: each answer is checked as it is typed and asked for again until
 * pmo can write it, and what is written validates.
 */
class ScaffoldPromptTest {

  @TempDir Path tmp;

  /** Types the answers in turn, and keeps what each prompt showed. */
  private static final class Typist implements Scaffold.Asker {
    final Deque<String> answers;
    final List<String> prompts = new ArrayList<>();

    Typist(String... answers) {
      this.answers = new ArrayDeque<>(List.of(answers));
    }

    @Override
    public Optional<String> ask(FieldSpec field, String choices, String problem) {
      prompts.add(field.name() + choices + (problem.isEmpty() ? "" : " <- " + problem));
      return Optional.ofNullable(answers.poll());
    }
  }

  @Test
  void aWrongChoiceOrAnIdThatNamesNothingIsAskedForAgain() {
    Path repo = Fixtures.withTemplates(Fixtures.repo(tmp.resolve("repo")));
    Typist typist = new Typist("Jane Doe", "fife", "northshire", "boss", "dir");

    NewWorkflow.Created created =
        new NewWorkflow(new WorkflowContext(repo, LoadLimits.DEFAULT))
            .create(Kind.PERSON, "jane-doe", Map.of(), typist, LocalDate.of(2026, 12, 6));

    assertThat(created.written()).isTrue();
    assertThat(created.problems()).isEmpty();
    assertThat(typist.prompts)
        .anySatisfy(p -> assertThat(p).contains("'fife' names no organisation"))
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith("seniority [chief-executive, director")
                    .contains("'boss' is not one of the choices"));
    assertThat(repo.resolve("content/people/jane-doe.yaml"))
        .content()
        .contains("organisation: \"northshire-council\"")
        .contains("seniority: \"director\"");
  }

  @Test
  void aTitleOrTheStartOfAnIdIsCompletedAndADateMustExist() {
    Answers answers =
        new Answers(
            Snapshot.load(
                    new WorkflowContext(Fixtures.repo(tmp.resolve("repo")), LoadLimits.DEFAULT))
                .catalogue());
    FieldSpec organisation =
        new FieldSpec("organisation", "", false, List.of(), false, true, Set.of(Kind.ORGANISATION));
    FieldSpec date = new FieldSpec("raised", "", false, List.of(), true, false, Set.of());

    assertThat(answers.check(organisation, "Northshire Council").value())
        .contains("northshire-council");
    assertThat(answers.check(organisation, "northsh").value()).contains("northshire-council");
    assertThat(answers.check(date, "2024-02-30").problem()).contains("is not a date");
    assertThat(answers.check(date, "2024-02").value()).contains("2024-02");
  }

  @Test
  void nobodyAnsweringLeavesTheFieldMissingAndNothingWritten() {
    Path repo = Fixtures.withTemplates(Fixtures.repo(tmp.resolve("repo")));
    Typist typist = new Typist("Jane Doe", "nowhere-at-all");

    assertThatThrownBy(
            () ->
                new NewWorkflow(new WorkflowContext(repo, LoadLimits.DEFAULT))
                    .create(Kind.PERSON, "jane-doe", Map.of(), typist, LocalDate.of(2026, 12, 6)))
        .isInstanceOf(Scaffold.Refused.class)
        .hasMessageContaining("still missing: organisation, seniority");
    assertThat(repo.resolve("content/people/jane-doe.yaml")).doesNotExist();
  }
}
