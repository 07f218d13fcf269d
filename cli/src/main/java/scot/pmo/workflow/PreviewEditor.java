package scot.pmo.workflow;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import scot.pmo.diff.ProgrammeDiff;
import scot.pmo.git.ContentCommit;
import scot.pmo.model.Catalogue;
import scot.pmo.model.Diagnostic;
import scot.pmo.publish.serve.Editor;
import scot.pmo.validate.Schemas;

/**
 * The programme as the preview last read it, for the edit pages of {@code pmo serve --edit}: each
 * request asks for the snapshot of that moment, which the preview replaces after every save.
 */
final class PreviewEditor implements Editor {

  private final WorkflowContext context;
  private final Supplier<Snapshot> current;

  PreviewEditor(WorkflowContext context, Supplier<Snapshot> current) {
    this.context = context;
    this.current = current;
  }

  @Override
  public Schemas schemas() {
    return context.schemas();
  }

  @Override
  public Catalogue catalogue() {
    return current.get().catalogue();
  }

  @Override
  public List<Diagnostic> check(String path, String text) {
    return current.get().check(path, text);
  }

  @Override
  public ProgrammeDiff changes() {
    return new DiffWorkflow(context).diff("HEAD", Optional.empty());
  }

  @Override
  public List<String> changedFiles() {
    return ContentCommit.changedFiles(context.repo());
  }

  @Override
  public String branch() {
    return ContentCommit.branch(context.repo());
  }

  @Override
  public ContentCommit.Committed commit(String message) {
    return ContentCommit.commit(context.repo(), message);
  }
}
