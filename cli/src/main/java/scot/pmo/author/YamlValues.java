package scot.pmo.author;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes one field as YAML lines, in the style of the content files: ids, dates, numbers and
 * choices plain, other text in double quotes, a list one item a line.
 */
final class YamlValues {

  private static final Pattern PLAIN = Pattern.compile("[a-z0-9][a-z0-9-]*");

  /** Words other YAML readers take for something other than text. */
  private static final Set<String> AMBIGUOUS =
      Set.of("y", "n", "yes", "no", "on", "off", "true", "false", "null");

  private YamlValues() {}

  /** The lines of {@code name: value}, without line ends; a list's items indented by two. */
  static List<String> lines(String name, JsonNode value) {
    List<String> lines = new ArrayList<>();
    if (value.isArray()) {
      lines.add(name + ":");
      value.forEach(item -> lines.add("  - " + scalar(item.asText())));
    } else {
      lines.add(name + ": " + scalar(value.asText()));
    }
    return lines;
  }

  /** One value: plain when it cannot be misread, else quoted. */
  static String scalar(String text) {
    return PLAIN.matcher(text).matches() && !AMBIGUOUS.contains(text) ? text : Scaffold.quote(text);
  }
}
