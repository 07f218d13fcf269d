package scot.pmo.workflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import scot.pmo.author.Scaffold;
import scot.pmo.model.Diagnostic;
import scot.pmo.model.Kind;
import scot.pmo.model.Severity;

/** The workflow of {@code pmo new}: a new entity from its archetype, checked at once. */
public final class NewWorkflow {

  /**
   * What was written, and what the checks found in it.
   *
   * @param path the new file, relative to the repository
   * @param problems the problems found in the new file, sorted
   * @param written whether the file was kept: one with errors is removed again
   */
  public record Created(String path, List<Diagnostic> problems, boolean written) {}

  private final WorkflowContext context;

  public NewWorkflow(WorkflowContext context) {
    this.context = context;
  }

  /**
   * Writes the entity {@code id} of {@code kind} with {@code values}, asking {@code ask} for the
   * required fields not given; see {@link Scaffold#create}.
   */
  public Created create(
      Kind kind, String id, Map<String, String> values, Scaffold.Asker ask, LocalDate today) {
    Snapshot before = Snapshot.load(context);
    String path =
        new Scaffold(context.repo(), context.schemas())
            .create(kind, id, before.catalogue(), values, ask, today);
    Snapshot after = before.afterEditOf(path);
    List<Diagnostic> problems =
        after.validation().diagnostics().sorted().stream()
            .filter(d -> d.at().path().equals(path))
            .toList();
    boolean errors = problems.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    if (errors) {
      // Never leave a file that does not validate: the answers were checked one by one, but a
      // check across the programme (an id clash of output names, a role's holders) may still fail.
      try {
        Files.deleteIfExists(context.repo().resolve(path));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot remove " + path, e);
      }
    }
    return new Created(path, problems, !errors);
  }
}
