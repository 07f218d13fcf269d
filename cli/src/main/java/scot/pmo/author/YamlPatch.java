package scot.pmo.author;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * One YAML document changed in place: the old document is parsed again with the positions where
 * each of its nodes starts and ends, compared with the data wanted, and only the differences are
 * written, as edits of the text between those positions. What the data does not change is never
 * rewritten, so its comments, quoting, order and layout stay as they were.
 */
final class YamlPatch {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final Set<String> NULLS = Set.of("", "~", "null", "Null", "NULL");
  private static final Pattern ID_LIKE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]*");

  private record Edit(int start, int end, String text, int order) {}

  private final String text;
  private final List<Edit> edits = new ArrayList<>();

  private YamlPatch(String text) {
    this.text = text;
  }

  /** {@code yaml} with {@code data} written into it. */
  static String apply(String yaml, ObjectNode data) {
    return new YamlPatch(yaml).run(data);
  }

  private String run(ObjectNode data) {
    Node root = compose();
    if (root == null || isEmptyPlain(root)) {
      String lines = block(data, 0);
      return text.isEmpty() || text.endsWith("\n") ? text + lines : text + "\n" + lines;
    }
    if (!(root instanceof MappingNode mapping)) {
      throw new IllegalArgumentException("the YAML is not a set of fields");
    }
    if (mapping.getFlowStyle() == DumperOptions.FlowStyle.FLOW || mapping.getValue().isEmpty()) {
      if (!convert(mapping).equals(withoutNulls(data))) {
        replace(start(mapping), contentEnd(mapping), block(data, 0).stripTrailing());
      }
    } else {
      mapping(mapping, data);
    }
    StringBuilder out = new StringBuilder(text);
    edits.sort(
        Comparator.comparingInt(Edit::start)
            .thenComparingInt(Edit::order)
            .reversed()); // from the end, so that earlier positions still hold
    for (Edit edit : edits) {
      out.replace(edit.start(), edit.end(), edit.text());
    }
    return out.toString();
  }

  private Node compose() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setProcessComments(false);
    options.setCodePointLimit(Integer.MAX_VALUE);
    try {
      return new Composer(
              new ParserImpl(new StreamReader(text), options), new PlainResolver(), options)
          .getSingleNode();
    } catch (YAMLException e) {
      throw new IllegalArgumentException("the YAML cannot be read: " + e.getMessage(), e);
    }
  }

  // ---- the differences

  private void mapping(MappingNode node, ObjectNode want) {
    List<NodeTuple> tuples = node.getValue();
    int indent = column(start(tuples.get(0).getKeyNode()));
    Set<String> old = new HashSet<>();
    for (int i = 0; i < tuples.size(); i++) {
      NodeTuple tuple = tuples.get(i);
      String key = ((ScalarNode) tuple.getKeyNode()).getValue();
      old.add(key);
      JsonNode value = want.get(key);
      Node was = tuple.getValueNode();
      if (value == null || value.isNull() && !convert(was).isNull()) {
        removeEntry(tuples, i);
      } else if (!convert(was).equals(value)) {
        value(was, value, indent, afterColon(tuple));
      }
    }
    StringBuilder added = new StringBuilder();
    for (Map.Entry<String, JsonNode> field : want.properties()) {
      if (!old.contains(field.getKey()) && !field.getValue().isNull()) {
        added.append(entry(field.getKey(), field.getValue(), indent));
      }
    }
    if (!added.isEmpty()) {
      insertAfterLineOf(contentEnd(node), added.toString());
    }
  }

  /**
   * Writes {@code want} in place of the value {@code was}, whose field or list item's own lines are
   * indented by {@code indent}; {@code from} is where the value may start (after the ':' or the
   * '-'), for a value that is not there yet.
   */
  private void value(Node was, JsonNode want, int indent, int from) {
    if (was instanceof ScalarNode scalar && want.isTextual()) {
      if (isEmptyPlain(scalar)) {
        replace(from, from, " " + scalar(want.textValue(), indent, null));
      } else {
        replace(start(scalar), contentEnd(scalar), scalar(want.textValue(), indent, scalar));
      }
    } else if (was instanceof MappingNode mapping
        && want.isObject()
        && !want.isEmpty()
        && !mapping.getValue().isEmpty()
        && mapping.getFlowStyle() == DumperOptions.FlowStyle.BLOCK) {
      mapping(mapping, (ObjectNode) want);
    } else if (was instanceof SequenceNode sequence
        && want.isArray()
        && !want.isEmpty()
        && !sequence.getValue().isEmpty()
        && sequence.getFlowStyle() == DumperOptions.FlowStyle.BLOCK) {
      sequence(sequence, (ArrayNode) want);
    } else if (was instanceof ScalarNode
        || isFlow(was)
        || want.isContainerNode() && want.isEmpty()) {
      int begin = isEmptyPlain(was) ? from : start(was);
      int end = isEmptyPlain(was) ? from : contentEnd(was);
      String lead = isEmptyPlain(was) ? " " : "";
      if (want.isContainerNode() && !want.isEmpty()) {
        // a block of lines cannot start on the field's line
        replace(from, end, "\n" + stripLastNewline(nested(want, indent + 2)));
      } else {
        replace(begin, end, lead + inline(want, indent));
      }
    } else {
      replace(from, contentEnd(was), afterKey(want, indent).stripTrailing());
    }
  }

  private void sequence(SequenceNode node, ArrayNode want) {
    List<Node> items = node.getValue();
    int dash = dashBefore(start(items.get(0)));
    int dashColumn = column(dash);
    List<JsonNode> old = items.stream().map(this::convert).toList();
    List<int[]> steps = align(old, want);
    // Runs of removed and added items between kept ones: paired as changes, the rest as they are.
    int lastOld = -1;
    List<Integer> removed = new ArrayList<>();
    List<Integer> added = new ArrayList<>();
    for (int k = 0; k <= steps.size(); k++) {
      int[] step = k < steps.size() ? steps.get(k) : null;
      if (step != null && step[0] >= 0 && step[1] < 0) {
        removed.add(step[0]);
        continue;
      }
      if (step != null && step[0] < 0 && step[1] >= 0) {
        added.add(step[1]);
        continue;
      }
      int paired = Math.min(removed.size(), added.size());
      for (int p = 0; p < paired; p++) {
        Node was = items.get(removed.get(p));
        value(was, want.get(added.get(p)), dashColumn + 2, dashBefore(start(was)) + 1);
        lastOld = removed.get(p);
      }
      for (int p = paired; p < removed.size(); p++) {
        Node was = items.get(removed.get(p));
        int begin = lineStart(dashBefore(start(was)));
        replace(begin, lineEnd(contentEnd(was)), "");
      }
      if (added.size() > paired) {
        StringBuilder lines = new StringBuilder();
        for (int p = paired; p < added.size(); p++) {
          lines.append(item(want.get(added.get(p)), dashColumn));
        }
        if (lastOld >= 0) {
          insertAfterLineOf(contentEnd(items.get(lastOld)), lines.toString());
        } else {
          int at = lineStart(dash);
          replace(at, at, lines.toString());
        }
      }
      removed.clear();
      added.clear();
      if (step != null) {
        lastOld = step[0];
      }
    }
  }

  /**
   * The longest common run of equal items of {@code old} and {@code want}, as steps: {old, want}
   * for an item kept, {old, -1} removed, {-1, want} added.
   */
  private static List<int[]> align(List<JsonNode> old, ArrayNode want) {
    int n = old.size();
    int m = want.size();
    int[][] common = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        common[i][j] =
            old.get(i).equals(want.get(j))
                ? common[i + 1][j + 1] + 1
                : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    List<int[]> steps = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && old.get(i).equals(want.get(j))) {
        steps.add(new int[] {i++, j++});
      } else if (j >= m || i < n && common[i + 1][j] >= common[i][j + 1]) {
        steps.add(new int[] {i++, -1});
      } else {
        steps.add(new int[] {-1, j++});
      }
    }
    return steps;
  }

  /** Removes the field {@code tuples[i]}: its lines, or its part of a list item's line. */
  private void removeEntry(List<NodeTuple> tuples, int i) {
    int keyStart = start(tuples.get(i).getKeyNode());
    int lineStart = lineStart(keyStart);
    if (text.substring(lineStart, keyStart).isBlank()) {
      replace(lineStart, lineEnd(contentEnd(tuples.get(i).getValueNode(), tuples.get(i))), "");
    } else if (i + 1 < tuples.size()) {
      // '- role: x' losing 'role': the next field moves up beside the '-'
      replace(keyStart, start(tuples.get(i + 1).getKeyNode()), "");
    } else {
      replace(keyStart, contentEnd(tuples.get(i).getValueNode(), tuples.get(i)), "{}");
    }
  }

  private void replace(int start, int end, String with) {
    edits.add(new Edit(start, end, with, edits.size()));
  }

  private void insertAfterLineOf(int position, String lines) {
    int at = lineEnd(position);
    boolean newline = at > 0 && text.charAt(at - 1) == '\n';
    replace(at, at, newline ? lines : "\n" + stripLastNewline(lines));
  }

  // ---- rendering new values

  /** The lines of {@code data}'s fields, each indented by {@code indent}. */
  private static String block(ObjectNode data, int indent) {
    StringBuilder out = new StringBuilder();
    data.properties()
        .forEach(
            f -> {
              if (!f.getValue().isNull()) {
                out.append(entry(f.getKey(), f.getValue(), indent));
              }
            });
    return out.toString();
  }

  /** One field: {@code key: value}, or {@code key:} and the value's lines under it. */
  private static String entry(String key, JsonNode value, int indent) {
    return " ".repeat(indent) + key + ":" + afterKey(value, indent);
  }

  /** What follows a field's ':' or a list item's '-': the value and the end of its lines. */
  private static String afterKey(JsonNode value, int indent) {
    if (value.isContainerNode() && !value.isEmpty()) {
      return "\n" + nested(value, indent + 2);
    }
    return " " + inline(value, indent) + "\n";
  }

  private static String nested(JsonNode value, int indent) {
    if (value.isObject()) {
      return block((ObjectNode) value, indent);
    }
    StringBuilder out = new StringBuilder();
    value.forEach(v -> out.append(item(v, indent)));
    return out.toString();
  }

  /** One list item, its '-' at {@code dashColumn}, with its newline. */
  private static String item(JsonNode value, int dashColumn) {
    String lead = " ".repeat(dashColumn) + "- ";
    if (value.isObject() && !value.isEmpty()) {
      String lines = block((ObjectNode) value, dashColumn + 2);
      return lead + lines.substring(dashColumn + 2); // the first field beside the '-'
    }
    if (value.isArray() && !value.isEmpty()) {
      return lead + flow(value) + "\n";
    }
    return lead + inline(value, dashColumn) + "\n";
  }

  /** A value written on the line it starts on: a scalar, an empty list or mapping, a block text. */
  private static String inline(JsonNode value, int indent) {
    if (value.isTextual()) {
      return scalar(value.textValue(), indent, null);
    }
    if (value.isNull()) {
      return "~";
    }
    return flow(value);
  }

  private static String flow(JsonNode value) {
    if (value.isTextual()) {
      String s = value.textValue();
      return plainSafe(s) && s.chars().noneMatch(c -> ",[]{}".indexOf(c) >= 0)
          ? s
          : doubleQuoted(s);
    }
    if (value.isNull()) {
      return "~";
    }
    List<String> parts = new ArrayList<>();
    if (value.isArray()) {
      value.forEach(v -> parts.add(flow(v)));
      return "[" + String.join(", ", parts) + "]";
    }
    value.properties().forEach(f -> parts.add(f.getKey() + ": " + flow(f.getValue())));
    return "{" + String.join(", ", parts) + "}";
  }

  /**
   * A text value, in the style of the one it replaces where that style can hold it: plain stays
   * plain, quotes stay quotes; several lines become a literal block indented under the field.
   */
  private static String scalar(String s, int indent, ScalarNode was) {
    DumperOptions.ScalarStyle style = was == null ? null : was.getScalarStyle();
    if (s.indexOf('\n') >= 0 && literalSafe(s)) {
      boolean clip = s.endsWith("\n");
      String content = clip ? s.substring(0, s.length() - 1) : s;
      StringBuilder out = new StringBuilder(clip ? "|" : "|-");
      String pad = " ".repeat(indent + 2);
      for (String line : content.split("\n", -1)) {
        out.append('\n').append(line.isEmpty() ? "" : pad + line);
      }
      return out.toString();
    }
    if (style == DumperOptions.ScalarStyle.PLAIN && plainSafe(s)) {
      return s;
    }
    if (style == DumperOptions.ScalarStyle.SINGLE_QUOTED && printable(s)) {
      return "'" + s.replace("'", "''") + "'";
    }
    if (style == null && ID_LIKE.matcher(s).matches() && plainSafe(s)) {
      return s;
    }
    return doubleQuoted(s);
  }

  private static boolean literalSafe(String s) {
    return !s.startsWith(" ")
        && !s.startsWith("\n")
        && !s.endsWith("\n\n")
        && s.chars().allMatch(c -> c == '\n' || c == '\t' || c >= 0x20 && c != 0x7F)
        && s.lines().noneMatch(l -> !l.equals(l.stripTrailing()) && l.isBlank());
  }

  private static boolean plainSafe(String s) {
    if (s.isEmpty() || NULLS.contains(s) || !printable(s) || !s.equals(s.strip())) {
      return false;
    }
    int first = s.codePointAt(0);
    return Character.isLetterOrDigit(first)
        && !s.contains(": ")
        && !s.contains(" #")
        && !s.endsWith(":");
  }

  private static boolean printable(String s) {
    return s.chars()
        .allMatch(c -> c >= 0x20 && c != 0x7F && c != 0x85 && c != 0x2028 && c != 0x2029);
  }

  /** {@code s} as a double-quoted YAML scalar, every character that could mislead escaped. */
  static String doubleQuoted(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7F || c == 0x85 || c == 0x2028 || c == 0x2029) {
            out.append(String.format("\\u%04X", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  private static String stripLastNewline(String s) {
    return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
  }

  // ---- the old document: values and positions

  /** A node as the loader reads it: every scalar text, an empty plain one null. */
  private JsonNode convert(Node node) {
    if (node instanceof ScalarNode scalar) {
      boolean plain = scalar.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN;
      return plain && NULLS.contains(scalar.getValue())
          ? JSON.nullNode()
          : JSON.textNode(scalar.getValue());
    }
    if (node instanceof SequenceNode sequence) {
      ArrayNode array = JSON.arrayNode();
      sequence.getValue().forEach(n -> array.add(convert(n)));
      return array;
    }
    ObjectNode object = JSON.objectNode();
    for (NodeTuple tuple : ((MappingNode) node).getValue()) {
      object.set(((ScalarNode) tuple.getKeyNode()).getValue(), convert(tuple.getValueNode()));
    }
    return object;
  }

  private static JsonNode withoutNulls(ObjectNode data) {
    ObjectNode out = JSON.objectNode();
    data.properties()
        .forEach(
            f -> {
              if (!f.getValue().isNull()) {
                out.set(f.getKey(), f.getValue());
              }
            });
    return out;
  }

  private static boolean isEmptyPlain(Node node) {
    return node instanceof ScalarNode s
        && s.getValue().isEmpty()
        && s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN;
  }

  private static boolean isFlow(Node node) {
    return node instanceof MappingNode m && m.getFlowStyle() == DumperOptions.FlowStyle.FLOW
        || node instanceof SequenceNode s && s.getFlowStyle() == DumperOptions.FlowStyle.FLOW;
  }

  private int start(Node node) {
    return index(node.getStartMark());
  }

  /** Where the field's value may start: just after its ':'. */
  private int afterColon(NodeTuple tuple) {
    return text.indexOf(':', index(tuple.getKeyNode().getEndMark())) + 1;
  }

  private int contentEnd(Node value, NodeTuple tuple) {
    return isEmptyPlain(value) ? afterColon(tuple) : contentEnd(value);
  }

  /** Where the node's last character ends: a block's trailing blank lines are not its own. */
  private int contentEnd(Node node) {
    if (node instanceof MappingNode mapping
        && mapping.getFlowStyle() == DumperOptions.FlowStyle.BLOCK
        && !mapping.getValue().isEmpty()) {
      NodeTuple last = mapping.getValue().get(mapping.getValue().size() - 1);
      return contentEnd(last.getValueNode(), last);
    }
    if (node instanceof SequenceNode sequence
        && sequence.getFlowStyle() == DumperOptions.FlowStyle.BLOCK
        && !sequence.getValue().isEmpty()) {
      Node last = sequence.getValue().get(sequence.getValue().size() - 1);
      return isEmptyPlain(last) ? dashBefore(start(last)) + 1 : contentEnd(last);
    }
    int start = start(node);
    int end = index(node.getEndMark());
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  /** The '-' of the list item that starts at {@code position}. */
  private int dashBefore(int position) {
    int at = position;
    while (at > 0 && text.charAt(at) != '-') {
      at--;
    }
    return at;
  }

  private int lineStart(int position) {
    return text.lastIndexOf('\n', position - 1) + 1;
  }

  /** The start of the line after the one {@code position} is on, or the end of the text. */
  private int lineEnd(int position) {
    int newline = text.indexOf('\n', position);
    return newline < 0 ? text.length() : newline + 1;
  }

  private int column(int position) {
    return position - lineStart(position);
  }

  /** SnakeYAML counts code points; the text is indexed by UTF-16 chars. */
  private int index(Mark mark) {
    return text.offsetByCodePoints(0, mark.getIndex());
  }

  /** Resolves no implicit types: every plain scalar stays text, as the loader reads it. */
  private static final class PlainResolver extends Resolver {
    @Override
    protected void addImplicitResolvers() {}
  }
}
