package scot.pmo.workflow;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import scot.pmo.author.FieldSpec;
import scot.pmo.author.Scaffold;
import scot.pmo.model.Diagnostic;
import scot.pmo.model.Kind;

/** The workflow of {@code pmo new}: a new entity from its archetype, checked at once. */
public final class NewWorkflow {

  /**
   * What was written, and what the checks found in it.
   *
   * @param path the new file, relative to the repository
   * @param problems the problems found in the new file, sorted
   */
  public record Created(String path, List<Diagnostic> problems) {}

  private final WorkflowContext context;

  public NewWorkflow(WorkflowContext context) {
    this.context = context;
  }

  /**
   * Writes the entity {@code id} of {@code kind} with {@code values}, asking {@code ask} for the
   * required fields not given; see {@link Scaffold#create}.
   */
  public Created create(
      Kind kind,
      String id,
      Map<String, String> values,
      Function<FieldSpec, Optional<String>> ask,
      LocalDate today) {
    Snapshot before = Snapshot.load(context);
    String path =
        new Scaffold(context.repo(), context.schemas())
            .create(kind, id, before.catalogue(), values, ask, today);
    Snapshot after = before.afterEditOf(path);
    return new Created(
        path,
        after.validation().diagnostics().sorted().stream()
            .filter(d -> d.at().path().equals(path))
            .toList());
  }
}
