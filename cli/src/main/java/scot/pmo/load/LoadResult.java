package scot.pmo.load;

import java.util.List;
import scot.pmo.model.Diagnostic;
import scot.pmo.model.Entity;

/**
 * What the loader read: the entities, in path order, and the problems that kept files or parts of
 * them from being read.
 *
 * @param totalBytes the size of the content files listed, which the loader holds to a limit
 */
public record LoadResult(
    List<Entity> entities, List<Diagnostic> problems, int filesRead, long totalBytes) {}
