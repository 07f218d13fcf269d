package scot.pmo.model;

import java.util.HashMap;
import java.util.Map;

/**
 * Where each value and key of an entity's YAML stands in its file, by JSON pointer ({@code ""} is
 * the whole mapping, {@code /team/0/person} one value).
 */
public final class SourceMap {

  private final String path;
  private final Map<String, long[]> values = new HashMap<>();
  private final Map<String, long[]> keys = new HashMap<>();

  public SourceMap(String path) {
    this.path = path;
  }

  public void putValue(String pointer, int line, int column) {
    values.put(pointer, new long[] {line, column});
  }

  public void putKey(String pointer, int line, int column) {
    keys.put(pointer, new long[] {line, column});
  }

  /** Where the value at {@code pointer} starts, or the nearest enclosing value that is known. */
  public SourceRef value(String pointer) {
    String p = pointer;
    while (true) {
      long[] at = values.get(p);
      if (at != null) {
        return new SourceRef(path, (int) at[0], (int) at[1]);
      }
      if (p.isEmpty()) {
        return SourceRef.file(path);
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }

  /** Where the key of the field at {@code pointer} stands, falling back to its value. */
  public SourceRef key(String pointer) {
    long[] at = keys.get(pointer);
    return at != null ? new SourceRef(path, (int) at[0], (int) at[1]) : value(pointer);
  }

  /** Escapes one name for use in a JSON pointer (RFC 6901). */
  public static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
