package scot.pmo.publish.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** Writes a table as a JSON array of objects, one per entity, with the table's columns. */
public final class JsonExport {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonExport() {}

  public static void write(ExportTable table, PrintWriter out) {
    ArrayNode list = JSON.createArrayNode();
    for (List<String> row : table.rows()) {
      ObjectNode item = list.addObject();
      for (int i = 0; i < table.columns().size(); i++) {
        if (!row.get(i).isEmpty()) {
          item.put(table.columns().get(i), row.get(i));
        }
      }
    }
    try {
      out.println(JSON.writeValueAsString(list));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    out.flush();
  }
}
