package scot.pmo.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * A field inside an entity's data, such as {@code team[].person}: names separated by dots, with
 * {@code []} after a name whose value is a list.
 */
public record FieldPath(List<Step> steps, String text) {

  /** One name, and whether its value is a list to step into. */
  public record Step(String name, boolean list) {}

  public static FieldPath parse(String text) {
    List<Step> steps = new ArrayList<>();
    for (String part : text.split("\\.")) {
      boolean list = part.endsWith("[]");
      steps.add(new Step(list ? part.substring(0, part.length() - 2) : part, list));
    }
    return new FieldPath(List.copyOf(steps), text);
  }

  /**
   * Calls {@code visitor} with the JSON pointer and value of every text value at this path; values
   * of the wrong shape are left to the schema check.
   */
  public void forEachText(JsonNode root, BiConsumer<String, String> visitor) {
    walk(root, 0, "", visitor);
  }

  private void walk(JsonNode node, int index, String pointer, BiConsumer<String, String> visitor) {
    if (index == steps.size()) {
      if (node.isTextual()) {
        visitor.accept(pointer, node.textValue());
      }
      return;
    }
    Step step = steps.get(index);
    JsonNode child = node.isObject() ? node.get(step.name()) : null;
    if (child == null) {
      return;
    }
    String childPointer = pointer + "/" + step.name();
    if (step.list()) {
      if (child.isArray()) {
        for (int i = 0; i < child.size(); i++) {
          walk(child.get(i), index + 1, childPointer + "/" + i, visitor);
        }
      }
    } else {
      walk(child, index + 1, childPointer, visitor);
    }
  }

  /**
   * The value at a JSON pointer as people name it, counting list items from 1: {@code
   * /team/1/person} is {@code team[2].person}, {@code /background/0} is {@code background[1]}.
   */
  public static String named(String pointer) {
    StringBuilder out = new StringBuilder();
    if (pointer.isEmpty()) {
      return "";
    }
    for (String part : pointer.substring(1).split("/", -1)) {
      if (!part.isEmpty()
          && part.length() < 10
          && part.chars().allMatch(Character::isDigit)
          && out.length() > 0) {
        out.append('[').append(Integer.parseInt(part) + 1).append(']');
      } else {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(part.replace("~1", "/").replace("~0", "~"));
      }
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return text;
  }
}
