package scot.pmo.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A filter and order over entities, as {@code pmo list --where field=value --sort field} asks: a
 * condition matches a text field equal to the value, or a list holding it; {@code kind}, {@code
 * id}, {@code title} and {@code path} can be used as fields too.
 *
 * @param kind only this kind, if given
 * @param conditions every condition must match
 * @param sortField the field to sort by, if given (entities without it come last)
 */
public record EntityQuery(
    Optional<Kind> kind, List<Condition> conditions, Optional<String> sortField) {

  /** {@code field=value}. */
  public record Condition(String field, String value) {

    /** Parses {@code field=value}; the value may itself hold '='. */
    public static Optional<Condition> parse(String text) {
      int eq = text.indexOf('=');
      return eq <= 0
          ? Optional.empty()
          : Optional.of(new Condition(text.substring(0, eq).trim(), text.substring(eq + 1).trim()));
    }

    boolean matches(Entity entity) {
      return switch (field) {
        case "kind" -> entity.kind().label().equals(value);
        case "id" -> entity.id().equals(value);
        case "title" -> entity.title().equals(value);
        case "path" -> entity.path().equals(value);
        default -> {
          JsonNode node = entity.data().get(field);
          if (node == null) {
            yield false;
          }
          if (node.isArray()) {
            for (JsonNode item : node) {
              if (item.isTextual() && item.textValue().equals(value)) {
                yield true;
              }
            }
            yield false;
          }
          yield node.isTextual() && node.textValue().equals(value);
        }
      };
    }
  }

  public List<Entity> apply(List<Entity> entities) {
    Comparator<Entity> order = Comparator.comparing(Entity::kind).thenComparing(Entity::id);
    if (sortField.isPresent()) {
      String field = sortField.get();
      order =
          Comparator.comparing(
                  (Entity e) -> value(e, field),
                  Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER))
              .thenComparing(order);
    }
    return entities.stream()
        .filter(e -> kind.map(k -> e.kind() == k).orElse(true))
        .filter(e -> conditions.stream().allMatch(c -> c.matches(e)))
        .sorted(order)
        .toList();
  }

  private static String value(Entity e, String field) {
    return switch (field) {
      case "kind" -> e.kind().label();
      case "id" -> e.id();
      case "title" -> e.title();
      case "path" -> e.path();
      default -> e.text(field).orElse(null);
    };
  }
}
