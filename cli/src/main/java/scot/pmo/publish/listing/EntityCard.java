package scot.pmo.publish.listing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import scot.pmo.link.ProgrammeGraph;
import scot.pmo.link.Relation;
import scot.pmo.model.Entity;

/** Writes one entity for the terminal: title, file, fields, and relations grouped by label. */
public final class EntityCard {

  private EntityCard() {}

  public static void write(Entity entity, ProgrammeGraph graph, PrintWriter out) {
    out.println(entity.title());
    out.println(entity.kind().label() + " " + entity.id() + "  (" + entity.path() + ")");
    out.println();
    for (Map.Entry<String, JsonNode> field : entity.data().properties()) {
      writeValue(field.getKey(), field.getValue(), "", out);
    }
    List<Relation> relations = graph.relations(entity.id());
    if (!relations.isEmpty()) {
      out.println();
      out.println("Relations:");
      String label = null;
      for (Relation r : relations) {
        if (!r.label().equals(label)) {
          label = r.label();
          out.println("  " + label + ":");
        }
        out.println(
            "    "
                + r.other().title()
                + " ["
                + r.other().kind()
                + " "
                + r.other().id()
                + "]"
                + (r.outgoing() ? "" : "  (" + r.at() + ")"));
      }
    }
  }

  private static void writeValue(String name, JsonNode value, String indent, PrintWriter out) {
    if (value.isArray()) {
      out.println(indent + name + ":");
      for (JsonNode item : value) {
        if (item.isObject()) {
          String prefix = indent + "  - ";
          for (Map.Entry<String, JsonNode> f : item.properties()) {
            out.println(prefix + f.getKey() + ": " + oneLine(f.getValue()));
            prefix = indent + "    ";
          }
        } else {
          out.println(indent + "  - " + oneLine(item));
        }
      }
    } else if (value.isObject()) {
      out.println(indent + name + ":");
      value.properties().forEach(f -> writeValue(f.getKey(), f.getValue(), indent + "  ", out));
    } else {
      out.println(indent + name + ": " + oneLine(value));
    }
  }

  private static String oneLine(JsonNode value) {
    String text = value.isNull() ? "" : value.isValueNode() ? value.asText() : value.toString();
    text = text.replaceAll("\\s+", " ");
    return text.length() > 100 ? text.substring(0, 99) + "…" : text;
  }
}
