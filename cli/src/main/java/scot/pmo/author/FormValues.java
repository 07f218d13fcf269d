package scot.pmo.author;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a submitted {@link EditForm} back into an entity's data. Each field is named by the JSON
 * pointer of its value; a field left empty is no value at all, a list keeps its items in the order
 * of their numbers (gaps where items were removed close up), and an item or group with nothing in
 * it is left out. Fields the form does not show keep the values they had.
 */
public final class FormValues {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private FormValues() {}

  /**
   * The data {@code submitted} gives (name and value pairs, in the order sent) for the form of
   * {@code fields}, over the data as it was, {@code before} (empty for a new entity).
   */
  public static ObjectNode read(
      List<Map.Entry<String, String>> submitted, List<EditForm.Field> fields, ObjectNode before) {
    Map<String, Object> tree = new LinkedHashMap<>();
    for (Map.Entry<String, String> pair : submitted) {
      String name = pair.getKey();
      if (!name.startsWith("/") || name.contains(EditForm.INDEX)) {
        continue;
      }
      String value = pair.getValue().replace("\r\n", "\n").replace('\r', '\n');
      if (value.isBlank()) {
        continue;
      }
      put(tree, name.substring(1).split("/", -1), 0, value);
    }
    ObjectNode out = JSON.objectNode();
    for (EditForm.Field field : fields) {
      Object value = tree.get(field.name());
      JsonNode json = value == null ? null : json(value);
      if (json != null) {
        out.set(field.name(), json);
      }
    }
    // Fields the schema does not name stay, where they were; validation says what is wrong.
    ObjectNode merged = JSON.objectNode();
    before
        .properties()
        .forEach(
            e -> {
              boolean shown = fields.stream().anyMatch(f -> f.name().equals(e.getKey()));
              if (!shown) {
                merged.set(e.getKey(), e.getValue());
              } else if (out.has(e.getKey())) {
                merged.set(e.getKey(), out.get(e.getKey()));
              } else if (e.getValue().isNull()) {
                merged.set(e.getKey(), e.getValue()); // written empty, and left empty: kept
              }
            });
    out.properties().forEach(e -> merged.putIfAbsent(e.getKey(), e.getValue()));
    return merged;
  }

  @SuppressWarnings("unchecked")
  private static void put(Map<String, Object> node, String[] steps, int at, String value) {
    String key = unescape(steps[at]);
    if (at == steps.length - 1) {
      node.put(key, value);
      return;
    }
    boolean index = steps[at + 1].matches("[0-9]{1,6}");
    Object child = node.get(key);
    if (child == null || !(child instanceof Map)) {
      child = index ? new TreeMap<Integer, Object>() : new LinkedHashMap<String, Object>();
      node.put(key, child);
    }
    if (child instanceof TreeMap<?, ?> list) {
      TreeMap<Integer, Object> items = (TreeMap<Integer, Object>) list;
      if (!index) {
        return; // a name where a list's number should be: not a field of this form
      }
      int i = Integer.parseInt(steps[at + 1]);
      if (at + 1 == steps.length - 1) {
        items.put(i, value);
      } else {
        Object item = items.computeIfAbsent(i, k -> new LinkedHashMap<String, Object>());
        if (item instanceof Map<?, ?> fields) {
          put((Map<String, Object>) fields, steps, at + 2, value);
        }
      }
    } else {
      put((Map<String, Object>) child, steps, at + 1, value);
    }
  }

  private static JsonNode json(Object value) {
    if (value instanceof String text) {
      return JSON.textNode(text);
    }
    if (value instanceof TreeMap<?, ?> items) {
      ArrayNode array = JSON.arrayNode();
      items.values().stream().map(FormValues::json).filter(v -> v != null).forEach(array::add);
      return array.isEmpty() ? null : array;
    }
    ObjectNode object = JSON.objectNode();
    ((Map<?, ?>) value)
        .forEach(
            (k, v) -> {
              JsonNode json = json(v);
              if (json != null) {
                object.set((String) k, json);
              }
            });
    return object.isEmpty() ? null : object;
  }

  private static String unescape(String step) {
    return step.replace("~1", "/").replace("~0", "~");
  }
}
