package scot.pmo.workflow;

import java.nio.file.Path;
import java.time.LocalDate;
import scot.pmo.author.Starter;
import scot.pmo.load.LoadLimits;
import scot.pmo.validate.Validation;

/**
 * The workflow of {@code pmo init}: a new programme repository, then the same checks as {@code pmo
 * validate} on it, so that what it wrote is known to pass before anyone edits it.
 */
public final class InitWorkflow {

  /** What was written, and the validation of the new repository. */
  public record Outcome(Starter.Started started, Validation validation) {}

  private InitWorkflow() {}

  public static Outcome init(Path folder, String name, String organisation, boolean force) {
    Path root = folder.toAbsolutePath().normalize();
    Starter.Started started =
        Starter.start(root, new Starter.Programme(name, organisation, LocalDate.now()), force);
    Validation validation =
        Snapshot.load(new WorkflowContext(root, LoadLimits.DEFAULT)).validation();
    return new Outcome(started, validation);
  }
}
