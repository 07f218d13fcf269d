package scot.pmo.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import scot.pmo.concurrent.Parallel;
import scot.pmo.model.Catalogue;
import scot.pmo.model.Diagnostic;
import scot.pmo.model.Diagnostics;
import scot.pmo.model.Entity;
import scot.pmo.model.FieldPath;
import scot.pmo.model.SourceMap;
import scot.pmo.model.SourceRef;
import scot.pmo.model.Suggestions;

/**
 * Checks each entity against its kind's JSON Schema, and turns the schema library's findings into
 * diagnostics that name the field, the line and a fix.
 */
public final class SchemaValidator implements FileValidator {

  private final Schemas schemas;

  public SchemaValidator(Schemas schemas) {
    this.schemas = schemas;
  }

  @Override
  public void validate(Catalogue catalogue, List<Entity> entities, Diagnostics diagnostics) {
    Parallel.forEach(
        entities,
        entity ->
            check(
                    schemas,
                    schemas.of(entity.kind()),
                    entity.data(),
                    new Subject(
                        entity.positions(),
                        entity.kind().schemaFile(),
                        entity.kind().withArticle(),
                        entity.kind().label()))
                .forEach(diagnostics::add));
  }

  /**
   * What a schema's findings are about.
   *
   * @param positions where each value stands
   * @param schemaFile the schema's file in {@code schemas/}
   * @param name how a message names the whole, such as "a project" or "pmo.yaml"
   * @param label how a message names the whole as a field, such as "project"
   */
  record Subject(SourceMap positions, String schemaFile, String name, String label) {}

  /**
   * The problems {@code schema} finds in {@code data}, each naming the field, its line and a fix. A
   * field that is unknown and close to a required field that is missing is one mistake, and is
   * reported once: as the misspelling, saying that the field it should be is required and missing.
   */
  static List<Diagnostic> check(Schemas schemas, Schema schema, JsonNode data, Subject subject) {
    List<Error> errors = schema.validate(data);
    Map<String, Set<String>> missing = new HashMap<>();
    for (Error error : errors) {
      if (error.getKeyword().equals("required")) {
        missing.computeIfAbsent(pointer(error), p -> new TreeSet<>()).add(error.getProperty());
      }
    }
    Set<String> misspelt = new HashSet<>();
    List<Diagnostic> found = new ArrayList<>();
    for (Error error : errors) {
      if (error.getKeyword().equals("additionalProperties")) {
        found.add(unknownField(schemas, subject, data, error, missing, misspelt));
      }
    }
    for (Error error : errors) {
      String keyword = error.getKeyword();
      if (keyword.equals("additionalProperties")
          || keyword.equals("required")
              && misspelt.contains(pointer(error) + "/" + error.getProperty())) {
        continue;
      }
      found.add(describe(schemas, subject, error));
    }
    return found;
  }

  /**
   * A field the schema does not have, with the field it was most likely meant to be: a required one
   * that is missing first, then one not yet written, then any. A required field it names is added
   * to {@code misspelt} as {@code pointer/field}.
   */
  private static Diagnostic unknownField(
      Schemas schemas,
      Subject subject,
      JsonNode data,
      Error error,
      Map<String, Set<String>> missing,
      Set<String> misspelt) {
    String pointer = pointer(error);
    String unknown = error.getProperty();
    List<String> known =
        Schemas.propertyNames(schemas.at(parentOf(error.getSchemaLocation().toString())));
    JsonNode object = data.at(pointer);
    Set<String> missingHere = missing.getOrDefault(pointer, Set.of());
    List<String> best =
        Suggestions.closest(
            unknown, known.stream().filter(k -> !object.has(k)).toList(), missingHere, 1);
    if (best.isEmpty()) {
      best = Suggestions.closest(unknown, known, 1);
    }
    String container = pointer.isEmpty() ? subject.name() : "'" + FieldPath.named(pointer) + "'";
    SourceRef at = subject.positions().key(pointer + "/" + SourceMap.escape(unknown));
    String fields = "the fields are: " + String.join(", ", known);
    if (best.isEmpty()) {
      return Diagnostic.error(
          "unknown-field", at, "'" + unknown + "' is not a field of " + container, fields);
    }
    String meant = best.get(0);
    if (!missingHere.contains(meant)) {
      return Diagnostic.error(
          "unknown-field",
          at,
          "'" + unknown + "' is not a field of " + container,
          "did you mean '" + meant + "'? " + fields);
    }
    misspelt.add(pointer + "/" + meant);
    JsonNode value = object.path(unknown);
    return Diagnostic.error(
        "unknown-field",
        at,
        "'"
            + unknown
            + "' is not a field of "
            + container
            + "; did you mean '"
            + meant
            + "', which is required and missing?",
        "rename it: '"
            + meant
            + ":"
            + (value.isTextual() ? " " + shortened(value.textValue()) : "")
            + "'");
  }

  /**
   * A value as a hint may show it after its field name: on one line, not too long, and in quotes
   * unless it is plain words that YAML reads as they are.
   */
  private static String shortened(String value) {
    String line = value.strip().replaceAll("\\s+", " ");
    line = line.length() <= 40 ? line : line.substring(0, 39) + "…";
    return line.matches("[\\p{L}\\p{N}][\\p{L}\\p{N} ._/-]*")
        ? line
        : '"' + line.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  private static Diagnostic describe(Schemas schemas, Subject subject, Error error) {
    String pointer = pointer(error);
    String field = FieldPath.named(pointer);
    String location = error.getSchemaLocation().toString();
    JsonNode instance = error.getInstanceNode();
    String value = instance != null && instance.isTextual() ? instance.textValue() : null;
    SourceRef valueAt = subject.positions().value(pointer);
    String kind = subject.label();
    switch (error.getKeyword()) {
      case "required" -> {
        String missing = error.getProperty();
        JsonNode property = schemas.at(parentOf(location)).path("properties").path(missing);
        if (property.isMissingNode()) { // required by a conditional rule: look at the top level
          property = schemas.document(subject.schemaFile()).path("properties").path(missing);
        }
        String where = pointer.isEmpty() ? subject.name() : "'" + field + "'";
        return Diagnostic.error(
            "missing-field",
            subject.positions().value(pointer),
            where + " needs the field '" + missing + "', which is missing",
            "add a line '" + missing + ": ...'" + describeField(property));
      }
      case "enum" -> {
        List<String> allowed = new ArrayList<>();
        error.getSchemaNode().forEach(v -> allowed.add(v.asText()));
        return Diagnostic.error(
            "invalid-value",
            valueAt,
            "'" + field + "' is '" + value + "', which is not one of its allowed values",
            Suggestions.didYouMean(String.valueOf(value), allowed)
                + "allowed: "
                + String.join(", ", allowed));
      }
      case "const" -> {
        String allowed = error.getSchemaNode().asText();
        return Diagnostic.error(
            "invalid-value",
            valueAt,
            "'" + field + "' is '" + value + "', which is not one of its allowed values",
            "write " + allowed + ", or a list of ids, each on a line starting with '- '");
      }
      case "pattern" -> {
        return patternProblem(location, field, value, valueAt);
      }
      case "type" -> {
        return typeProblem(error, field, instance, valueAt);
      }
      case "minLength" -> {
        return Diagnostic.error(
            "empty-value",
            valueAt,
            "'" + field + "' is empty",
            "write a value, or remove the line");
      }
      case "maxLength" -> {
        return Diagnostic.error(
            "invalid-format",
            valueAt,
            "'" + field + "' is longer than " + error.getSchemaNode().asText() + " characters",
            "shorten it");
      }
      case "minItems" -> {
        return Diagnostic.error(
            "too-few-items",
            valueAt,
            "'" + field + "' needs at least " + error.getSchemaNode().asText() + " item(s)",
            "add items as lines starting with '- '");
      }
      case "uniqueItems" -> {
        return Diagnostic.error(
            "duplicate-item",
            valueAt,
            "'" + field + "' lists the same item more than once",
            "remove the repeated item");
      }
      case "not" -> {
        return Diagnostic.error(
            "conflicting-fields",
            valueAt,
            "'" + field + "' names both a person and an organisation",
            "a role is held by a person or by an organisation: keep one of the two");
      }
      default -> {
        return Diagnostic.error(
            "schema-violation",
            valueAt,
            "'" + (field.isEmpty() ? kind : field) + "' " + error.getMessage(),
            "see schemas/" + subject.schemaFile() + " for what the field takes");
      }
    }
  }

  private static Diagnostic patternProblem(
      String location, String field, String value, SourceRef at) {
    String quoted = "'" + field + "' is '" + value + "'";
    if (location.endsWith("/$defs/id/pattern")) {
      return Diagnostic.error(
          "invalid-format",
          at,
          quoted + ", which is not an id",
          "an id is the other entity's file name without '.md' or '.yaml': lower-case words"
              + " joined by hyphens, such as '"
              + Ids.slug(value)
              + "'");
    }
    if (location.endsWith("/$defs/date/pattern")) {
      return Diagnostic.error(
          "invalid-format",
          at,
          quoted + ", which is not a date in the form YYYY-MM-DD",
          "write the date as \"2024-02-08\" (or \"2024-02\" when only the month is known),"
              + " in quotes");
    }
    if (location.endsWith("/$defs/url/pattern")) {
      return Diagnostic.error(
          "invalid-format",
          at,
          quoted + ", which is not a web address",
          "write the full address, starting with https://");
    }
    if (location.endsWith("/$defs/tags/items/pattern")) {
      return Diagnostic.error(
          "invalid-format",
          at,
          quoted + ", which is not a tag",
          "tags are lower-case words joined by hyphens, such as '" + Ids.slug(value) + "'");
    }
    if (location.endsWith("/$defs/colour/pattern")) {
      return Diagnostic.error(
          "invalid-format",
          at,
          quoted + ", which is not a colour written #rrggbb",
          "write the colour as '#' and six hexadecimal digits, in quotes, such as \"#0065bd\"");
    }
    if (location.endsWith("/$defs/language/pattern")) {
      return Diagnostic.error(
          "invalid-format",
          at,
          quoted + ", which is not a language tag",
          "write a BCP 47 language tag, such as en-GB, en-US, cy or gd");
    }
    if (location.endsWith("/$defs/base_url/pattern")) {
      return Diagnostic.error(
          "invalid-format",
          at,
          quoted + ", which is not a web address",
          "write the full address, such as https://example.org/programme/");
    }
    if (location.endsWith("/$defs/path/pattern")) {
      return Diagnostic.error(
          "invalid-format",
          at,
          quoted + ", which is not the path of an .svg or .png file in the repository",
          "write the path from the repository root, with forward slashes, such as"
              + " assets/logo.svg");
    }
    if (location.endsWith("/$defs/email/pattern")) {
      return Diagnostic.error(
          "invalid-format",
          at,
          quoted + ", which is not an email address",
          "write an address such as accessibility@example.org");
    }
    if (location.endsWith("/time_zone/pattern")) {
      return Diagnostic.error(
          "invalid-format",
          at,
          quoted + ", which is not the name of a time zone",
          "write a name from the IANA time zone database, such as Europe/London");
    }
    if (location.endsWith("/$defs/count/pattern") || location.endsWith("/$defs/bytes/pattern")) {
      return Diagnostic.error(
          "invalid-format",
          at,
          quoted + ", which is not a whole number above 0",
          "write digits only, such as 50");
    }
    return Diagnostic.error(
        "invalid-format",
        at,
        quoted + ", which is not a whole number",
        "write digits only, in quotes, such as \"2\"");
  }

  private static Diagnostic typeProblem(
      Error error, String field, JsonNode instance, SourceRef at) {
    String expected = error.getSchemaNode().asText();
    if (instance == null || instance.isNull()) {
      return Diagnostic.error(
          "empty-value", at, "'" + field + "' has no value", "write a value, or remove the line");
    }
    String hint =
        switch (expected) {
          case "array" -> "write each item on its own line, starting with '- '";
          case "object" -> "write the fields indented under '" + field + ":'";
          default -> "write a single value on the same line, after '" + field + ": '";
        };
    return Diagnostic.error(
        "wrong-type",
        at,
        "'" + field + "' should be " + shape(expected) + ", but it is " + shape(instance),
        hint);
  }

  private static String shape(String type) {
    return switch (type) {
      case "array" -> "a list";
      case "object" -> "a set of fields";
      default -> "a single value";
    };
  }

  private static String shape(JsonNode node) {
    if (node.isArray()) {
      return "a list";
    }
    return node.isObject() ? "a set of fields" : "a single value";
  }

  private static String describeField(JsonNode property) {
    String description = property.path("description").asText("");
    return description.isEmpty() ? "" : " (" + description + ")";
  }

  /** The JSON pointer of the value the error is about. */
  private static String pointer(Error error) {
    var path = error.getInstanceLocation();
    StringBuilder pointer = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      Object element = path.getElement(i);
      pointer.append('/').append(SourceMap.escape(String.valueOf(element)));
    }
    return pointer.toString();
  }

  /** The schema location of the object that holds a keyword: drops the last step. */
  private static String parentOf(String location) {
    return location.substring(0, location.lastIndexOf('/'));
  }
}
