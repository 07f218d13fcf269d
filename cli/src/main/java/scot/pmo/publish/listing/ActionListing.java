package scot.pmo.publish.listing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import scot.pmo.publish.export.CsvWriter;

/**
 * Writes the programme's actions as an aligned table, CSV or JSON: each one's id, title, owner, due
 * date and status, and whether it is overdue, said in words.
 */
public final class ActionListing {

  /** The forms of the listing. */
  public enum Format {
    text,
    csv,
    json
  }

  /**
   * One action as listed.
   *
   * @param id {@code SOURCE-ID/ID}
   * @param title what is to be done, as plain text
   * @param owner the owner's person id
   * @param ownerName the owner's name, or the id when no person has it
   * @param due the due date as written ({@code YYYY-MM-DD}), or empty
   * @param status open, done or cancelled
   * @param overdue whether it is open and its due date has passed
   * @param source the id of the meeting or RAID record it belongs to
   * @param at where it is written: {@code path:line}
   */
  public record Row(
      String id,
      String title,
      String owner,
      String ownerName,
      String due,
      String status,
      boolean overdue,
      String source,
      String at) {

    /** The status as the table shows it: "open, overdue" for an overdue action. */
    public String statusInWords() {
      return overdue ? status + ", overdue" : status;
    }
  }

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** The widest a title is shown in a table, and the narrowest it is cut to to fit. */
  private static final int WIDEST_TITLE = 60;

  private static final int NARROWEST_TITLE = 16;

  private ActionListing() {}

  /**
   * The listing of {@code rows}, overdue as of {@code asOf}; a text table is fitted to {@code
   * columns} when given (a terminal's width) by shortening the titles.
   */
  public static void write(
      List<Row> rows, LocalDate asOf, Format format, OptionalInt columns, PrintWriter out) {
    switch (format) {
      case json -> json(rows, asOf, out);
      case csv -> csv(rows, out);
      default -> text(rows, asOf, columns, out);
    }
    out.flush();
  }

  private static void text(List<Row> rows, LocalDate asOf, OptionalInt columns, PrintWriter out) {
    if (rows.isEmpty()) {
      out.println("No actions.");
      return;
    }
    int idWidth = width(rows.stream().map(Row::id).toList(), "ID");
    int ownerWidth = width(rows.stream().map(Row::ownerName).toList(), "OWNER");
    int dueWidth = width(rows.stream().map(Row::due).toList(), "DUE");
    int titleWidth = Math.min(WIDEST_TITLE, width(rows.stream().map(Row::title).toList(), "TITLE"));
    if (columns.isPresent()) {
      int statusWidth = width(rows.stream().map(Row::statusInWords).toList(), "STATUS");
      int room = columns.getAsInt() - idWidth - ownerWidth - dueWidth - statusWidth - 8;
      titleWidth = Math.max(Math.min(titleWidth, room), Math.min(titleWidth, NARROWEST_TITLE));
    }
    String row =
        "%-"
            + idWidth
            + "s  %-"
            + titleWidth
            + "s  %-"
            + ownerWidth
            + "s  %-"
            + dueWidth
            + "s  %s%n";
    print(out, String.format(row, "ID", "TITLE", "OWNER", "DUE", "STATUS"));
    for (Row r : rows) {
      String title = r.title().replaceAll("\\s+", " ");
      if (title.length() > titleWidth) {
        title = title.substring(0, titleWidth - 1) + "…";
      }
      print(out, String.format(row, r.id(), title, r.ownerName(), r.due(), r.statusInWords()));
    }
    long overdue = rows.stream().filter(Row::overdue).count();
    out.println(
        rows.size()
            + (rows.size() == 1 ? " action" : " actions")
            + ", "
            + (overdue == 0 ? "none" : String.valueOf(overdue))
            + " overdue as of "
            + asOf);
  }

  private static void print(PrintWriter out, String line) {
    // A padded last column would leave trailing blanks on the line.
    out.print(line.replaceAll(" +(\\R)$", "$1"));
  }

  private static void csv(List<Row> rows, PrintWriter out) {
    out.print('\uFEFF');
    CsvWriter.record(
        List.of("id", "title", "owner", "owner_name", "due", "status", "overdue", "source", "at"),
        out);
    for (Row r : rows) {
      CsvWriter.record(
          List.of(
              r.id(),
              r.title(),
              r.owner(),
              r.ownerName(),
              r.due(),
              r.status(),
              r.overdue() ? "overdue" : "",
              r.source(),
              r.at()),
          out);
    }
  }

  private static void json(List<Row> rows, LocalDate asOf, PrintWriter out) {
    ObjectNode root = JSON.createObjectNode();
    root.put("asOf", asOf.toString());
    ArrayNode list = root.putArray("actions");
    for (Row r : rows) {
      ObjectNode item = list.addObject();
      item.put("id", r.id());
      item.put("title", r.title());
      item.put("owner", r.owner());
      item.put("ownerName", r.ownerName());
      if (r.due().isEmpty()) {
        item.putNull("due");
      } else {
        item.put("due", r.due());
      }
      item.put("status", r.status());
      item.put("overdue", r.overdue());
      item.put("source", r.source());
      item.put("at", r.at());
    }
    try {
      out.println(JSON.writeValueAsString(root));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int width(List<String> values, String header) {
    return Math.max(header.length(), values.stream().mapToInt(String::length).max().orElse(0));
  }
}
