package scot.pmo.author;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import scot.pmo.model.Kind;
import scot.pmo.model.SourceMap;
import scot.pmo.validate.Schemas;

/**
 * The fields of a form for one entity, generated from its kind's JSON Schema: each property a
 * field, with its label, its description as a hint, whether it is required, and the control that
 * suits it (a choice for an enumeration, a searchable choice of existing ids for a reference, a
 * date, a text area for Markdown, a list that grows, a group for the fields of a list item). Every
 * field is named by the JSON pointer of its value, so that {@link FormValues} can read the form
 * back into the entity's data.
 */
public final class EditForm {

  /** How a field is entered. */
  public enum Control {
    TEXT,
    MARKDOWN,
    CHOICE,
    DATE,
    REFERENCE,
    LIST,
    GROUP
  }

  /**
   * One field of the form.
   *
   * @param pointer the JSON pointer of its value, such as {@code /team/0/person}; a list's blank
   *     item has {@code __i__} for its index
   * @param name the property's name, or the item's number in its list
   * @param label what the field is called
   * @param hint the schema's description of it
   * @param control how it is entered
   * @param required whether the entity must have it
   * @param choices the allowed values, for a choice
   * @param targets the kind it names, for a reference (its ids are offered)
   * @param value the value now, for a single value
   * @param children a group's fields, or a list's items
   * @param blank a list's empty item, for adding another
   */
  public record Field(
      String pointer,
      String name,
      String label,
      String hint,
      Control control,
      boolean required,
      List<String> choices,
      String targets,
      String value,
      List<Field> children,
      Field blank) {}

  private static final Pattern NAMED_KIND = Pattern.compile("\\(([a-z-]+) ids?\\)");
  static final String INDEX = "__i__";

  private final Schemas schemas;

  public EditForm(Schemas schemas) {
    this.schemas = schemas;
  }

  /** The fields of {@code kind}'s form, holding {@code data} (empty for a new entity). */
  public List<Field> fields(Kind kind, ObjectNode data) {
    JsonNode schema = schemas.document(kind.schemaFile());
    Map<String, Kind> targets = new HashMap<>();
    for (Kind.ReferenceField ref : kind.references()) {
      targets.put(ref.path().text(), ref.targets().iterator().next());
    }
    return object(schema, kind.schemaFile(), data, "", "", targets);
  }

  private List<Field> object(
      JsonNode schema,
      String file,
      JsonNode data,
      String pointer,
      String path,
      Map<String, Kind> targets) {
    Set<String> required = new LinkedHashSet<>();
    schema.path("required").forEach(r -> required.add(r.asText()));
    List<Field> fields = new ArrayList<>();
    for (Map.Entry<String, JsonNode> p : schema.path("properties").properties()) {
      String name = p.getKey();
      fields.add(
          field(
              p.getValue(),
              file,
              data == null ? null : data.get(name),
              pointer + "/" + SourceMap.escape(name),
              name,
              path.isEmpty() ? name : path + "." + name,
              required.contains(name),
              targets));
    }
    return fields;
  }

  private Field field(
      JsonNode property,
      String file,
      JsonNode value,
      String pointer,
      String name,
      String path,
      boolean required,
      Map<String, Kind> targets) {
    Resolved resolved = resolve(property, file);
    JsonNode schema = resolved.schema();
    String hint = property.path("description").asText(schema.path("description").asText(""));
    String label = label(name);
    String type = schema.path("type").asText("string");
    if (type.equals("array")) {
      JsonNode items = schema.path("items");
      List<Field> children = new ArrayList<>();
      if (value != null && value.isArray()) {
        for (int i = 0; i < value.size(); i++) {
          children.add(
              field(
                  items,
                  resolved.file(),
                  value.get(i),
                  pointer + "/" + i,
                  String.valueOf(i + 1),
                  path + "[]",
                  false,
                  targets));
        }
      }
      Field blank =
          field(
              items,
              resolved.file(),
              null,
              pointer + "/" + INDEX,
              INDEX,
              path + "[]",
              false,
              targets);
      return new Field(
          pointer, name, label, hint, Control.LIST, required, List.of(), "", "", children, blank);
    }
    if (type.equals("object")) {
      Resolved items = resolve(schema, resolved.file());
      return new Field(
          pointer,
          name,
          label,
          hint,
          Control.GROUP,
          required,
          List.of(),
          "",
          "",
          object(items.schema(), items.file(), value, pointer, path, targets),
          null);
    }
    String text = value != null && value.isTextual() ? value.textValue() : "";
    List<String> choices = new ArrayList<>();
    schema.path("enum").forEach(v -> choices.add(v.asText()));
    Control control = Control.TEXT;
    String kind = "";
    Optional<Kind> named = target(path, hint, targets);
    if (!choices.isEmpty()) {
      control = Control.CHOICE;
    } else if (named.isPresent()) {
      control = Control.REFERENCE;
      kind = named.get().label();
    } else if (resolved.ref().endsWith("/date")) {
      control = Control.DATE;
    } else if (resolved.ref().endsWith("/markdown") || text.contains("\n")) {
      control = Control.MARKDOWN;
    }
    return new Field(
        pointer, name, label, hint, control, required, choices, kind, text, List.of(), null);
  }

  private static Optional<Kind> target(String path, String hint, Map<String, Kind> targets) {
    Kind known = targets.get(path);
    if (known != null) {
      return Optional.of(known);
    }
    Matcher m = NAMED_KIND.matcher(hint);
    return m.find() ? Kind.byName(m.group(1)) : Optional.empty();
  }

  /** A schema with its {@code $ref} followed (its own description kept), and the file it is in. */
  private record Resolved(JsonNode schema, String file, String ref) {}

  private Resolved resolve(JsonNode node, String file) {
    String ref = node.path("$ref").asText("");
    if (ref.isEmpty()) {
      return new Resolved(node, file, "");
    }
    int hash = ref.indexOf('#');
    String target = hash == 0 ? file : ref.substring(0, hash < 0 ? ref.length() : hash);
    JsonNode resolved = schemas.at(target + (hash < 0 ? "" : ref.substring(hash)));
    return new Resolved(resolve(resolved, target).schema(), target, ref);
  }

  /** "title_in_text" as a person reads it: "Title in text". */
  static String label(String name) {
    String words = name.replace('_', ' ');
    // The initialisms a programme office writes in capitals: "RAG reason", "URL".
    words = words.replaceAll("\\brag\\b", "RAG").replaceAll("\\burl\\b", "URL");
    return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
