package scot.pmo.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One entity of the programme, as loaded from one file.
 *
 * @param kind what kind of entity it is, from its folder
 * @param id its id: the file name without extension
 * @param path the file, relative to the repository root, with forward slashes
 * @param data the YAML data (front matter, or the whole file), every scalar a string
 * @param positions where each value of {@code data} stands in the file
 * @param body the Markdown body ({@code ""} for YAML files)
 * @param bodyLine the 1-based line of the file on which the body starts
 */
public record Entity(
    Kind kind,
    String id,
    String path,
    ObjectNode data,
    SourceMap positions,
    String body,
    int bodyLine) {

  /** The display title: the {@code title} (or {@code name}) field, else the id. */
  public String title() {
    return text(kind.titleField()).orElse(id);
  }

  /** A top-level text field, if present and not blank. */
  public Optional<String> text(String field) {
    JsonNode value = data.get(field);
    return value != null && value.isTextual() && !value.textValue().isBlank()
        ? Optional.of(value.textValue())
        : Optional.empty();
  }

  /** A top-level list of text values; empty when absent. */
  public List<String> texts(String field) {
    JsonNode value = data.get(field);
    List<String> out = new ArrayList<>();
    if (value != null && value.isArray()) {
      value.forEach(
          v -> {
            if (v.isTextual()) {
              out.add(v.textValue());
            }
          });
    }
    return out;
  }

  /** Where the whole entity starts: the first line of its data. */
  public SourceRef at() {
    return positions.value("");
  }
}
