package scot.pmo.author;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import scot.pmo.model.Entity;
import scot.pmo.model.SourceMap;

/**
 * Sets fields of an entity in the text of its file (YAML, or a Markdown file's front matter) by
 * editing only the lines of the values that change, found by the loader's {@link SourceMap}:
 * everything else (other fields, their order, comments, blank lines, the Markdown body) stays
 * exactly as it was. A changed field's lines are written again; a new field goes after the last; a
 * field given no value is removed.
 */
public final class FieldEditor {

  /**
   * The file's new text, and the fields whose lines changed.
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
    String newline = text.contains("\r\n") ? "\r\n" : "\n";
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    boolean endsWithNewline = text.endsWith("\n");
    if (endsWithNewline) {
      lines.remove(lines.size() - 1); // the empty string after the last line end
    }
    // The data's lines, 1-based and inclusive: a front matter's lie between its fences.
    boolean markdown = entity.path().endsWith(".md");
    int firstLine = markdown ? 2 : 1;
    int lastLine = markdown ? entity.bodyLine() - 2 : lines.size();
    TreeMap<Integer, String> keyLines = new TreeMap<>();
    entity
        .data()
        .fieldNames()
        .forEachRemaining(
            name ->
                keyLines.put(entity.positions().key("/" + SourceMap.escape(name)).line(), name));

    List<Replacement> edits = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    List<String> appended = new ArrayList<>();
    for (Map.Entry<String, JsonNode> value : values.entrySet()) {
      String name = value.getKey();
      JsonNode now =
          value.getValue() == null || value.getValue().isNull() ? null : value.getValue();
      JsonNode before = entity.data().get(name);
      boolean had = before != null && !before.isNull();
      if (had ? before.equals(now) : now == null) {
        continue;
      }
      changed.add(name);
      List<String> written = now == null ? List.of() : YamlValues.lines(name, now);
      if (before == null) {
        appended.addAll(written);
        continue;
      }
      int start = entity.positions().key("/" + SourceMap.escape(name)).line();
      Integer next = keyLines.higherKey(start);
      int end = next == null ? lastLine : next - 1;
      // Blank lines and comments that stand between this field and the next belong to neither:
      // they stay.
      while (end > start && isBlankOrComment(lines.get(end - 1))) {
        end--;
      }
      if (start == end && written.size() == 1) {
        // A comment at the end of a one-line value stays at the end of its new value.
        int column = entity.positions().value("/" + SourceMap.escape(name)).column();
        written = List.of(written.get(0) + trailingComment(lines.get(start - 1), column));
      }
      edits.add(new Replacement(start, end, written));
    }
    if (!appended.isEmpty()) {
      int after = lastLine;
      while (after >= firstLine && lines.get(after - 1).isBlank()) {
        after--;
      }
      edits.add(new Replacement(after + 1, after, appended));
    }
    edits.sort(Comparator.comparingInt(Replacement::start).reversed());
    for (Replacement edit : edits) {
      for (int i = edit.end(); i >= edit.start(); i--) {
        lines.remove(i - 1);
      }
      List<String> added = new ArrayList<>();
      for (String line : edit.lines()) {
        added.add(newline.equals("\r\n") ? line + "\r" : line);
      }
      lines.addAll(edit.start() - 1, added);
    }
    String joined = String.join("\n", lines);
    return new Edited(endsWithNewline || !appended.isEmpty() ? joined + "\n" : joined, changed);
  }

  /**
   * The comment after a one-line value that starts at 1-based {@code column} of {@code line}, with
   * the blanks before it, or "" if there is none: after a quoted value's closing quote, or at the
   * first " #" of a plain one.
   */
  static String trailingComment(String line, int column) {
    String text = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    int start = column - 1;
    if (start < 0 || start >= text.length()) {
      return "";
    }
    int end;
    char first = text.charAt(start);
    if (first == '"' || first == '\'') {
      end = start + 1;
      while (end < text.length()) {
        char c = text.charAt(end);
        if (first == '"' && c == '\\') {
          end += 2;
          continue;
        }
        if (c == first) {
          if (first == '\'' && end + 1 < text.length() && text.charAt(end + 1) == '\'') {
            end += 2;
            continue;
          }
          break;
        }
        end++;
      }
      end++;
    } else {
      int hash = text.indexOf(" #", start);
      end = hash < 0 ? text.length() : hash;
      while (end > start && text.charAt(end - 1) == ' ') {
        end--;
      }
    }
    if (end >= text.length()) {
      return "";
    }
    String rest = text.substring(end);
    return rest.strip().startsWith("#") ? rest.stripTrailing() : "";
  }

  private static boolean isBlankOrComment(String line) {
    String stripped = line.strip();
    return stripped.isEmpty()
        || (stripped.startsWith("#") && !Character.isWhitespace(line.charAt(0)));
  }

  /** Lines {@code start} to {@code end} (1-based, inclusive; none if end < start) replaced. */
  private record Replacement(int start, int end, List<String> lines) {}
}
