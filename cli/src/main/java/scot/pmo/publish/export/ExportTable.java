package scot.pmo.publish.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import scot.pmo.model.Catalogue;
import scot.pmo.model.Entity;
import scot.pmo.model.Kind;

/**
 * Entities as a table for spreadsheet users: one row per entity, one column per field, and ids
 * replaced by the names of what they name ("Jane Doe", not "jane-doe").
 *
 * @param name the sheet's name: a kind's folder, or "entities" for a mix
 * @param columns the column headings
 * @param rows the cells, one list per entity
 */
public record ExportTable(String name, List<String> columns, List<List<String>> rows) {

  private static final List<String> FIRST = List.of("kind", "id", "title", "file");

  /**
   * One table per kind present, in kind order, columns in schema order ({@code fieldsOf} gives a
   * kind's field names).
   */
  public static List<ExportTable> perKind(
      Catalogue catalogue, Function<Kind, List<String>> fieldsOf) {
    List<ExportTable> tables = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      List<Entity> entities = catalogue.of(kind);
      if (!entities.isEmpty()) {
        tables.add(of(kind.folder(), entities, fieldsOf.apply(kind), catalogue));
      }
    }
    return tables;
  }

  /** One table of the given entities, with the union of their kinds' fields. */
  public static ExportTable of(
      String name, List<Entity> entities, List<String> fields, Catalogue catalogue) {
    List<String> columns = new ArrayList<>(FIRST);
    fields.stream().filter(f -> !columns.contains(f)).forEach(columns::add);
    columns.add("text");
    List<List<String>> rows = new ArrayList<>();
    for (Entity e : entities) {
      List<String> row = new ArrayList<>();
      for (String column : columns) {
        row.add(
            switch (column) {
              case "kind" -> e.kind().label();
              case "id" -> e.id();
              case "title" -> e.title();
              case "file" -> e.path();
              case "text" -> e.body().strip();
              default -> readable(e.data().get(column), catalogue);
            });
      }
      rows.add(List.copyOf(row));
    }
    return new ExportTable(name, List.copyOf(columns), List.copyOf(rows));
  }

  /** The union of the fields of the kinds in {@code entities}, in kind and schema order. */
  public static List<String> fieldsOf(
      List<Entity> entities, Function<Kind, List<String>> fieldsOf) {
    Set<Kind> kinds = new java.util.TreeSet<>();
    entities.forEach(e -> kinds.add(e.kind()));
    Set<String> fields = new LinkedHashSet<>();
    kinds.forEach(k -> fields.addAll(fieldsOf.apply(k)));
    return List.copyOf(fields);
  }

  /** A field value as one cell: lists joined by "; ", ids as the names of what they name. */
  static String readable(JsonNode value, Catalogue catalogue) {
    if (value == null || value.isNull()) {
      return "";
    }
    if (value.isArray()) {
      List<String> parts = new ArrayList<>();
      value.forEach(v -> parts.add(readable(v, catalogue)));
      return String.join("; ", parts);
    }
    if (value.isObject()) {
      List<String> parts = new ArrayList<>();
      for (Map.Entry<String, JsonNode> f : value.properties()) {
        parts.add(f.getKey() + ": " + readable(f.getValue(), catalogue));
      }
      return String.join(", ", parts);
    }
    String text = value.asText();
    return catalogue.get(text).map(Entity::title).orElse(text);
  }
}
