package scot.pmo.publish.listing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import scot.pmo.git.EntityHistory;
import scot.pmo.git.GitHistory;
import scot.pmo.model.Entity;
import scot.pmo.publish.export.CsvWriter;

/**
 * Writes a list of entities as an aligned table, JSON or CSV; the JSON carries each entity's dates
 * from git when there is history.
 */
public final class EntityListing {

  /** The forms of a listing. */
  public enum Format {
    text,
    json,
    csv,
    ids
  }

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private EntityListing() {}

  public static void write(List<Entity> entities, Format format, PrintWriter out) {
    write(entities, format, GitHistory.none("not read"), out);
  }

  /** The listing, with {@code created}, {@code updated} and {@code updatedBy} in JSON. */
  public static void write(
      List<Entity> entities, Format format, GitHistory history, PrintWriter out) {
    switch (format) {
      case json -> json(entities, history, out);
      case csv -> csv(entities, out);
      case ids -> entities.forEach(e -> out.println(e.id()));
      default -> text(entities, out);
    }
  }

  private static void text(List<Entity> entities, PrintWriter out) {
    int kindWidth = width(entities.stream().map(e -> e.kind().label()).toList(), "KIND");
    int idWidth = width(entities.stream().map(Entity::id).toList(), "ID");
    int titleWidth = Math.min(60, width(entities.stream().map(Entity::title).toList(), "TITLE"));
    String row = "%-" + kindWidth + "s  %-" + idWidth + "s  %-" + titleWidth + "s  %s%n";
    out.printf(row, "KIND", "ID", "TITLE", "FILE");
    for (Entity e : entities) {
      String title = e.title().replaceAll("\\s+", " ");
      if (title.length() > titleWidth) {
        title = title.substring(0, titleWidth - 1) + "…";
      }
      out.printf(row, e.kind().label(), e.id(), title, e.path());
    }
    out.println(entities.size() + (entities.size() == 1 ? " entity" : " entities"));
  }

  private static void json(List<Entity> entities, GitHistory history, PrintWriter out) {
    ArrayNode list = JSON.createArrayNode();
    for (Entity e : entities) {
      ObjectNode item = list.addObject();
      item.put("kind", e.kind().label());
      item.put("id", e.id());
      item.put("title", e.title());
      item.put("path", e.path());
      java.util.Optional<EntityHistory> dates = history.of(e.path());
      if (dates.isPresent()) {
        item.put("created", dates.get().created().date());
        item.put("updated", dates.get().updated().date());
        item.put("updatedBy", dates.get().updated().author());
      }
    }
    try {
      out.println(JSON.writeValueAsString(list));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void csv(List<Entity> entities, PrintWriter out) {
    CsvWriter.record(List.of("kind", "id", "title", "path"), out);
    for (Entity e : entities) {
      CsvWriter.record(List.of(e.kind().label(), e.id(), e.title(), e.path()), out);
    }
  }

  private static int width(List<String> values, String header) {
    return Math.max(header.length(), values.stream().mapToInt(String::length).max().orElse(0));
  }
}
