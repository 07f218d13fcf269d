package scot.pmo;

import java.nio.file.Path;
import scot.pmo.git.GitHistory;
import scot.pmo.git.HistoryLimits;
import scot.pmo.link.GraphBuilder;
import scot.pmo.link.ProgrammeGraph;
import scot.pmo.load.ContentLoader;
import scot.pmo.load.LoadLimits;
import scot.pmo.validate.ContentValidator;
import scot.pmo.validate.Schemas;
import scot.pmo.validate.Validation;

/** The named runs of the tool, each a composition of the pipeline's stages. */
public final class Pipeline {

  private final Path repo;
  private final LoadLimits limits;

  public Pipeline(Path repo, LoadLimits limits) {
    this.repo = repo;
    this.limits = limits;
  }

  /** Load: read content/. Validate: check it against the schemas and across entities. */
  public Validation validate() {
    var loaded = new ContentLoader(repo, limits).load();
    return new ContentValidator(repo, new Schemas()).validate(loaded);
  }

  /** Link: build the graph of every reference in content that validated. */
  public ProgrammeGraph link(Validation validation) {
    return GraphBuilder.build(validation.catalogue());
  }

  /**
   * History: when each content file was created and last changed, and by whom, from git; empty,
   * with a note, when there is no repository.
   */
  public GitHistory history(HistoryLimits limits) {
    return GitHistory.read(repo, limits);
  }

  public Path repo() {
    return repo;
  }
}
