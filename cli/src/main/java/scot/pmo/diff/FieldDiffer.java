package scot.pmo.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import scot.pmo.diff.ProgrammeDiff.Change;
import scot.pmo.diff.ProgrammeDiff.FieldChange;
import scot.pmo.model.DateStyle;
import scot.pmo.model.FieldPath;
import scot.pmo.model.Kind;

/**
 * Compares the data of one entity at two revisions, field by field, giving each value as people
 * read it: names for ids, dates written out, list items added and removed.
 */
final class FieldDiffer {

  private static final Pattern WORD = Pattern.compile("[a-z0-9][a-z0-9-]*");
  private static final int LONG_TEXT = 80;

  private final Kind kind;
  private final Function<String, String> names;
  private final DateStyle dates;

  /**
   * @param kind the entity's kind, which says which fields hold dates, ids and Markdown
   * @param names the name of an entity, by id
   */
  FieldDiffer(Kind kind, Function<String, String> names, DateStyle dates) {
    this.kind = kind;
    this.names = names;
    this.dates = dates;
  }

  /**
   * The changes from {@code before} to {@code after}, in the order of the fields, less {@code
   * skip}.
   */
  List<FieldChange> compare(ObjectNode before, ObjectNode after, Set<String> skip) {
    Set<String> fields = new LinkedHashSet<>();
    after.fieldNames().forEachRemaining(fields::add);
    before.fieldNames().forEachRemaining(fields::add);
    List<FieldChange> out = new ArrayList<>();
    for (String field : fields) {
      if (skip.contains(field)) {
        continue;
      }
      JsonNode a = before.get(field);
      JsonNode b = after.get(field);
      if (a != null && a.equals(b)) {
        continue;
      }
      out.add(change(field, a, b));
    }
    return out;
  }

  private FieldChange change(String field, JsonNode before, JsonNode after) {
    if (before == null || before.isNull()) {
      return new FieldChange(field, Change.SET, "", value(field, after), List.of(), List.of(), 0);
    }
    if (after == null || after.isNull()) {
      return new FieldChange(
          field, Change.REMOVED, value(field, before), "", List.of(), List.of(), 0);
    }
    if (before.isArray() && after.isArray()) {
      return items(field, before, after);
    }
    if (before.isTextual() && after.isTextual()) {
      String old = before.textValue();
      String now = after.textValue();
      if (isLong(field, old) || isLong(field, now)) {
        return new FieldChange(field, Change.TEXT, brief(old), brief(now), List.of(), List.of(), 0);
      }
      Change change = kind == Kind.MEETING && field.equals("date") ? Change.MOVED : Change.CHANGED;
      return new FieldChange(
          field, change, scalar(field, old), scalar(field, now), List.of(), List.of(), 0);
    }
    return new FieldChange(
        field, Change.CHANGED, value(field, before), value(field, after), List.of(), List.of(), 0);
  }

  private FieldChange items(String field, JsonNode before, JsonNode after) {
    List<String> old = new ArrayList<>();
    List<String> now = new ArrayList<>();
    before.forEach(v -> old.add(item(field, v)));
    after.forEach(v -> now.add(item(field, v)));
    List<String> removed = minus(old, now);
    List<String> added = minus(now, old);
    Change change =
        added.isEmpty() && removed.isEmpty() && !old.equals(now) ? Change.REORDERED : Change.ITEMS;
    return new FieldChange(field, change, "", "", added, removed, 0);
  }

  /** What is in {@code a} and not in {@code b}, counting repeats, in {@code a}'s order. */
  static List<String> minus(List<String> a, List<String> b) {
    Map<String, Integer> left = new HashMap<>();
    b.forEach(v -> left.merge(v, 1, Integer::sum));
    List<String> out = new ArrayList<>();
    for (String v : a) {
      Integer n = left.get(v);
      if (n == null || n == 0) {
        out.add(v);
      } else {
        left.put(v, n - 1);
      }
    }
    return out;
  }

  /** One list item as people read it: a name for an id, a short text, a heading. */
  private String item(String field, JsonNode value) {
    if (value.isTextual()) {
      String text = value.textValue();
      if (isReference(field + "[]")) {
        return names.apply(text);
      }
      return WORD.matcher(text).matches() ? text : "\"" + brief(text) + "\"";
    }
    if (value.isObject()) {
      List<String> parts = new ArrayList<>();
      for (Map.Entry<String, JsonNode> e : value.properties()) {
        if (!e.getValue().isTextual()) {
          continue;
        }
        String text = e.getValue().textValue();
        parts.add(
            isReference(field + "[]." + e.getKey())
                ? names.apply(text)
                : e.getKey() + " \"" + brief(text) + "\"");
      }
      return String.join(", ", parts);
    }
    return value.toString();
  }

  private String value(String field, JsonNode value) {
    if (value.isTextual()) {
      String text = value.textValue();
      return isLong(field, text) ? "\"" + brief(text) + "\"" : scalar(field, text);
    }
    if (value.isArray()) {
      List<String> items = new ArrayList<>();
      value.forEach(v -> items.add(item(field, v)));
      return String.join(", ", items);
    }
    return value.toString();
  }

  /** A short value as people read it: a date written out, a name for an id, a quoted text. */
  private String scalar(String field, String text) {
    if (kind.dateFields().stream().anyMatch(p -> p.text().equals(field))) {
      return dates.format(text);
    }
    if (isReference(field)) {
      return names.apply(text);
    }
    return WORD.matcher(text).matches() ? text : "\"" + text + "\"";
  }

  private boolean isReference(String path) {
    return kind.references().stream().anyMatch(r -> r.path().text().equals(path));
  }

  private boolean isLong(String field, String text) {
    boolean markdown =
        kind.markdownFields().stream().map(FieldPath::text).anyMatch(p -> p.equals(field));
    return text.length() > LONG_TEXT || text.indexOf('\n') >= 0 || (markdown && text.length() > 40);
  }

  /** The first words of a long text. */
  static String brief(String text) {
    String flat = text.replaceAll("\\s+", " ").strip();
    return flat.length() <= 60 ? flat : flat.substring(0, 59).stripTrailing() + "…";
  }
}
