package scot.pmo.workflow;

import scot.pmo.validate.Validation;

/** The workflow of {@code pmo validate}: load everything and run every check. */
public final class ValidateWorkflow {

  private final WorkflowContext context;

  public ValidateWorkflow(WorkflowContext context) {
    this.context = context;
  }

  public Validation validate() {
    long start = System.nanoTime();
    Validation validation = Snapshot.load(context).validation();
    context
        .trace()
        .accept(
            "checked "
                + validation.filesRead()
                + " files in "
                + (System.nanoTime() - start) / 1_000_000
                + " ms");
    return validation;
  }
}
