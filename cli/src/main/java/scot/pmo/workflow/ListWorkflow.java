package scot.pmo.workflow;

import java.util.List;
import scot.pmo.git.GitHistory;
import scot.pmo.git.HistoryLimits;
import scot.pmo.model.Entity;
import scot.pmo.model.EntityQuery;

/** The workflow of {@code pmo list}: the entities a query selects, with their dates from git. */
public final class ListWorkflow {

  /**
   * What a listing shows.
   *
   * @param entities the entities selected, in the order asked for
   * @param history their dates from git, or none when not asked for
   */
  public record Listing(List<Entity> entities, GitHistory history) {}

  private final Snapshot snapshot;

  public ListWorkflow(Snapshot snapshot) {
    this.snapshot = snapshot;
  }

  /** The entities {@code query} selects; with the history of at most {@code maxCommits}. */
  public Listing list(EntityQuery query, boolean withHistory, int maxCommits) {
    List<Entity> entities = query.apply(snapshot.catalogue().all());
    GitHistory history =
        withHistory
            ? GitHistory.read(snapshot.repo(), HistoryLimits.DEFAULT.withMaxCommits(maxCommits))
            : GitHistory.none("not needed");
    return new Listing(entities, history);
  }
}
