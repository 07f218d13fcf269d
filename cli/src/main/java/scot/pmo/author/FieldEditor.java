package scot.pmo.author;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import scot.pmo.model.Entity;

/**
 * Sets some top-level fields of an entity in the text of its file, through {@link FieldWriter}, so
 * that only the lines of the values that change are edited: everything else (other fields, their
 * order, comments, blank lines, the Markdown body) stays exactly as it was. A field given no value
 * is removed. What a second import of a register does to the files of its rows.
 */
public final class FieldEditor {

  /**
   * The file's new text, and the fields whose values changed.
   *
   * @param text the whole file
   * @param changed the fields written, added or removed, in the order given
   */
  public record Edited(String text, List<String> changed) {

    public boolean changes() {
      return !changed.isEmpty();
    }
  }

  private FieldEditor() {}

  /**
   * Applies {@code values} (top-level field to value; a null value removes the field) to {@code
   * text}, the file that {@code entity} was loaded from.
   */
  public static Edited apply(String text, Entity entity, Map<String, JsonNode> values) {
    ObjectNode data = entity.data().deepCopy();
    List<String> changed = new ArrayList<>();
    values.forEach(
        (field, value) -> {
          JsonNode old = data.get(field);
          if (value == null || value.isNull()) {
            if (old != null) {
              data.remove(field);
              changed.add(field);
            }
          } else if (!value.equals(old)) {
            data.set(field, value);
            changed.add(field);
          }
        });
    if (changed.isEmpty()) {
      return new Edited(text, List.of());
    }
    String name = entity.path().substring(entity.path().lastIndexOf('/') + 1);
    return new Edited(FieldWriter.write(name, text, data, null), List.copyOf(changed));
  }
}
