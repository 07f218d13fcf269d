package scot.pmo.author;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import scot.pmo.model.Entity;
import scot.pmo.model.SourceMap;

/**
 * What one row of a register becomes: a new file, or an edit of the file an earlier import of the
 * same row made.
 *
 * @param row the row, as the sheet numbers it
 * @param id the entity's id
 * @param path the file, relative to the repository
 * @param existing the entity the file holds now, when the row updates it
 * @param before the file's text now; "" for a new file
 * @param text the file's text as the row makes it; "" when a problem keeps the row out
 * @param columns for each field the row fills, its 0-based column
 * @param problems what keeps the row out, or is worth a look
 */
public record RowPlan(
    int row,
    String id,
    String path,
    Optional<Entity> existing,
    String before,
    String text,
    Map<String, Integer> columns,
    List<RowProblem> problems) {

  /** Whether a problem keeps the row out. */
  public boolean refused() {
    return problems.stream().anyMatch(RowProblem::error);
  }

  /** Whether writing it would change anything on disk. */
  public boolean changes() {
    return !refused() && !text.equals(before);
  }

  /** The same plan with {@code more} problems. */
  public RowPlan with(List<RowProblem> more) {
    List<RowProblem> all = new ArrayList<>(problems);
    all.addAll(more);
    return new RowPlan(row, id, path, existing, before, text, columns, List.copyOf(all));
  }

  /**
   * The column of the field a diagnostic is about: the one its {@code message} names in quotes, or
   * the one written at {@code line} of the new text, found from {@code parsed} (the text as the
   * loader read it); -1 when no mapped field stands there.
   */
  public int columnAt(Entity parsed, int line, String message) {
    // A field that is missing or wrong as a whole ("needs the field 'seniority'") is the cell of
    // that field, wherever the file says it.
    for (Map.Entry<String, Integer> column : columns.entrySet()) {
      if (message.contains("'" + column.getKey() + "'")) {
        return column.getValue();
      }
    }
    String best = null;
    int bestLine = 0;
    for (var names = parsed.data().fieldNames(); names.hasNext(); ) {
      String name = names.next();
      int at = parsed.positions().key("/" + SourceMap.escape(name)).line();
      if (at <= line && at >= bestLine) {
        best = name;
        bestLine = at;
      }
    }
    return best == null ? -1 : columns.getOrDefault(best, -1);
  }
}
