package scot.pmo.publish.listing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.OptionalInt;
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
    write(entities, format, history, OptionalInt.empty(), out);
  }

  /**
   * The listing; a text table is fitted to {@code columns} when given (a terminal's width): titles
   * are shortened first, down to {@value #NARROWEST_TITLE} characters, then the file column goes.
   */
  public static void write(
      List<Entity> entities,
      Format format,
      GitHistory history,
      OptionalInt columns,
      PrintWriter out) {
    switch (format) {
      case json -> json(entities, history, out);
      case csv -> csv(entities, out);
      case ids -> entities.forEach(e -> out.println(e.id()));
      default -> text(entities, columns, out);
    }
  }

  /** The widest a title is shown in a table, and the narrowest it is cut to to fit. */
  private static final int WIDEST_TITLE = 60;

  private static final int NARROWEST_TITLE = 16;

  private static void text(List<Entity> entities, OptionalInt columns, PrintWriter out) {
    int kindWidth = width(entities.stream().map(e -> e.kind().label()).toList(), "KIND");
    int idWidth = width(entities.stream().map(Entity::id).toList(), "ID");
    int fileWidth = width(entities.stream().map(Entity::path).toList(), "FILE");
    int titleWidth =
        Math.min(WIDEST_TITLE, width(entities.stream().map(Entity::title).toList(), "TITLE"));
    boolean files = true;
    if (columns.isPresent()) {
      int room = columns.getAsInt() - kindWidth - idWidth - 4;
      if (room - fileWidth - 2 >= Math.min(titleWidth, NARROWEST_TITLE)) {
        titleWidth = Math.min(titleWidth, room - fileWidth - 2);
      } else {
        files = false;
        titleWidth = Math.max(Math.min(titleWidth, room), Math.min(titleWidth, NARROWEST_TITLE));
      }
    }
    String row =
        files
            ? "%-" + kindWidth + "s  %-" + idWidth + "s  %-" + titleWidth + "s  %s%n"
            : "%-" + kindWidth + "s  %-" + idWidth + "s  %s%n";
    print(out, row, files, "KIND", "ID", "TITLE", "FILE");
    for (Entity e : entities) {
      String title = e.title().replaceAll("\\s+", " ");
      if (title.length() > titleWidth) {
        title = title.substring(0, titleWidth - 1) + "…";
      }
      print(out, row, files, e.kind().label(), e.id(), title, e.path());
    }
    out.println(
        entities.size()
            + (entities.size() == 1 ? " entity" : " entities")
            + (files ? "" : " (a wider terminal shows each one's file)"));
  }

  private static void print(
      PrintWriter out,
      String row,
      boolean files,
      String kind,
      String id,
      String title,
      String file) {
    String line =
        files ? String.format(row, kind, id, title, file) : String.format(row, kind, id, title);
    // A padded last column would leave trailing blanks on every line.
    out.print(line.replaceAll(" +(\\R)$", "$1"));
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
