package scot.pmo.author;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import scot.pmo.model.Kind;

/**
 * What a kind's schema says of one field, for asking a person for it and writing it as YAML.
 *
 * @param name the field's name
 * @param description what the field means
 * @param list whether it takes a list
 * @param choices the allowed values, if the field is an enumeration
 * @param date whether it takes a date
 * @param required whether the kind requires it
 * @param targets the kinds of entity it names by id; empty when it names none
 */
public record FieldSpec(
    String name,
    String description,
    boolean list,
    List<String> choices,
    boolean date,
    boolean required,
    Set<Kind> targets) {

  /** Reads a property of a schema, whose field names entities of {@code targets}. */
  static FieldSpec of(String name, JsonNode property, boolean required, Set<Kind> targets) {
    boolean list = "array".equals(property.path("type").asText());
    JsonNode scalar = list ? property.path("items") : property;
    List<String> choices = new ArrayList<>();
    scalar.path("enum").forEach(v -> choices.add(v.asText()));
    boolean date = scalar.path("$ref").asText().endsWith("/date");
    return new FieldSpec(
        name,
        property.path("description").asText(""),
        list,
        List.copyOf(choices),
        date,
        required,
        Set.copyOf(targets));
  }
}
