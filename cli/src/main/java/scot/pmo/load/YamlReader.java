package scot.pmo.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;
import scot.pmo.model.Diagnostic;
import scot.pmo.model.SourceMap;
import scot.pmo.model.SourceRef;

/**
 * Reads one YAML document into a JSON tree whose scalars are all strings, recording where each
 * value stands. Only plain data is accepted: no tags, anchors or aliases, no duplicate keys, and
 * bounded size and depth.
 */
final class YamlReader {

  /** The outcome: the data and its positions, or the problem that stopped reading. */
  record Result(ObjectNode data, SourceMap positions, Diagnostic problem) {}

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final Set<String> NULLS = Set.of("", "~", "null", "Null", "NULL");

  private final LoadLimits limits;

  YamlReader(LoadLimits limits) {
    this.limits = limits;
  }

  /**
   * Reads {@code yaml}, found in {@code path} starting at 1-based line {@code firstLine}, as a
   * mapping. An empty document reads as an empty mapping.
   */
  Result read(String yaml, String path, int firstLine) {
    Walk walk = new Walk(path, firstLine - 1);
    Node root;
    try {
      root = compose(yaml, walk);
    } catch (Stop stop) {
      return failed(stop.diagnostic);
    } catch (MarkedYAMLException e) {
      if (isLongKey(e, yaml)) {
        return failed(
            Diagnostic.error(
                "yaml-limit",
                walk.at(e.getContextMark()),
                "this line is read as a field name, and is longer than the 1,024 characters YAML"
                    + " allows a field name, so the ':' after it is never found",
                "write the field as 'name: value' with a short name; quote a long value, or"
                    + " write it on the lines after 'name: |'"));
      }
      if (String.valueOf(e.getProblem()).startsWith("Global tag is not allowed")) {
        return failed(tagProblem(walk.at(e.getProblemMark()), e.getProblem()));
      }
      YamlSyntax.Explained explained = YamlSyntax.explain(yaml, e, firstLine);
      return failed(
          Diagnostic.error(
              "yaml-syntax",
              walk.at(explained.line(), explained.column()),
              explained.message(),
              explained.hint()));
    } catch (IllegalArgumentException e) {
      // SnakeYAML checks some tags only as it builds them: '{!%a' fails in Tag's constructor.
      return failed(
          Diagnostic.error(
              "yaml-tag",
              SourceRef.file(path),
              "the YAML holds a malformed tag (a value starting with '!'): "
                  + oneLine(e.getMessage()),
              "remove the tag (the part starting with '!'); quote the value if it should be"
                  + " text"));
    } catch (YAMLException e) {
      // Limit errors from SnakeYAML carry no position.
      if (String.valueOf(e.getMessage()).startsWith("Number of aliases")) {
        return failed(aliasProblem(SourceRef.file(path)));
      }
      return failed(
          Diagnostic.error(
              "yaml-limit",
              SourceRef.file(path),
              "the YAML goes beyond what content may hold: " + oneLine(e.getMessage()),
              "split the content into smaller files, nest no deeper than "
                  + limits.maxYamlDepth()
                  + " levels (or raise the limit with --max-yaml-depth), and write values out"
                  + " instead of using anchors and aliases"));
    }
    if (root == null) {
      return new Result(JSON.objectNode(), walk.positions, null);
    }
    try {
      JsonNode data = walk.convert(root, "", 0);
      if (!data.isObject()) {
        return failed(
            Diagnostic.error(
                "not-a-mapping",
                walk.at(root.getStartMark()),
                "the file's data is a " + describe(root) + ", not a set of fields",
                "write one field per line, as 'title: Community Hubs'"));
      }
      return new Result((ObjectNode) data, walk.positions, null);
    } catch (Stop stop) {
      return failed(stop.diagnostic);
    }
  }

  private Node compose(String yaml, Walk walk) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(true); // checked below, with the position of both keys
    options.setMaxAliasesForCollections(10);
    options.setAllowRecursiveKeys(false);
    // PlainEvents stops at this depth first, with the position; this is the parser's backstop.
    options.setNestingDepthLimit(limits.maxYamlDepth() + 2);
    options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()));
    options.setProcessComments(false);
    Composer composer =
        new Composer(
            new PlainEvents(new ParserImpl(new StreamReader(yaml), options), walk),
            new PlainResolver(),
            options);
    return composer.getSingleNode();
  }

  /**
   * Whether SnakeYAML gave up on a plain line that it read as a field name too long to be one: its
   * scanner looks no further than 1,024 characters for the ':' of a key.
   */
  private static boolean isLongKey(MarkedYAMLException e, String yaml) {
    Mark problem = e.getProblemMark();
    Mark context = e.getContextMark();
    if (!String.valueOf(e.getProblem()).contains("could not find expected ':'")
        || problem == null
        || context == null) {
      return false;
    }
    // A line without a ':' is also given up on at the next line: only a long one is a limit.
    int start = 0;
    for (int line = 0; line < context.getLine() && start >= 0; line++) {
      start = yaml.indexOf('\n', start) + 1;
      start = start == 0 ? -1 : start;
    }
    if (start < 0) {
      return false;
    }
    int end = yaml.indexOf('\n', start);
    int length = (end < 0 ? yaml.length() : end) - start;
    return length - context.getColumn() > 1024;
  }

  /**
   * The parser's events, refused as they come where they are not plain data: an anchor or an alias,
   * even one that is never used (the limits say none are allowed, and an anchor without its alias
   * is half of a billion laughs), and nesting past the limit, each with its position.
   */
  private final class PlainEvents implements org.yaml.snakeyaml.parser.Parser {
    private final org.yaml.snakeyaml.parser.Parser parser;
    private final Walk walk;
    private Event checked;
    private int depth;

    PlainEvents(org.yaml.snakeyaml.parser.Parser parser, Walk walk) {
      this.parser = parser;
      this.walk = walk;
    }

    @Override
    public boolean checkEvent(Event.ID choice) {
      check(parser.peekEvent());
      return parser.checkEvent(choice);
    }

    @Override
    public Event peekEvent() {
      return check(parser.peekEvent());
    }

    @Override
    public Event getEvent() {
      Event event = check(parser.getEvent());
      if (event instanceof CollectionStartEvent) {
        depth++;
      } else if (event instanceof CollectionEndEvent) {
        depth--;
      }
      return event;
    }

    private Event check(Event event) {
      if (event == null || event == checked) {
        return event;
      }
      checked = event;
      SourceRef at = walk.at(event.getStartMark());
      if (event instanceof AliasEvent) {
        throw new Stop(aliasProblem(at));
      }
      if (event instanceof NodeEvent node && node.getAnchor() != null) {
        throw new Stop(
            Diagnostic.error(
                "yaml-alias",
                at,
                "YAML anchors (&" + oneLine(node.getAnchor()) + ") are not allowed in content",
                "delete the anchor, and write out in full any value that refers to it (*name)"));
      }
      if (event instanceof CollectionStartEvent && depth >= limits.maxYamlDepth()) {
        throw new Stop(
            Diagnostic.error(
                "yaml-limit",
                at,
                "the YAML is nested more than " + limits.maxYamlDepth() + " levels deep",
                "flatten the structure, or raise the limit with --max-yaml-depth"));
      }
      return event;
    }
  }

  private static Diagnostic tagProblem(SourceRef at, String tag) {
    return Diagnostic.error(
        "yaml-tag",
        at,
        "YAML type tags such as '"
            + tag.replaceFirst("^Global tag is not allowed: ", "")
                .replace("tag:yaml.org,2002:", "!!")
            + "' are not allowed in content",
        "remove the tag (the part starting with '!'); quote the value if it should be text");
  }

  private static Diagnostic aliasProblem(SourceRef at) {
    return Diagnostic.error(
        "yaml-alias",
        at,
        "YAML aliases (*name) are not allowed in content",
        "write the value out in full instead of referring to an anchor (&name)");
  }

  private Result failed(Diagnostic problem) {
    return new Result(null, null, problem);
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").trim();
  }

  private static String describe(Node node) {
    if (node instanceof SequenceNode) {
      return "list";
    }
    return node instanceof MappingNode ? "mapping" : "single value";
  }

  /** Resolves no implicit types, so that every plain scalar stays the text that was written. */
  private static final class PlainResolver extends Resolver {
    @Override
    protected void addImplicitResolvers() {}
  }

  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Diagnostic diagnostic;

    Stop(Diagnostic diagnostic) {
      super(diagnostic.message(), null, false, false);
      this.diagnostic = diagnostic;
    }
  }

  /** One conversion of a node tree, with its positions and counters. */
  private final class Walk {
    final String path;
    final int lineOffset;
    final SourceMap positions;
    final Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    int nodes;

    Walk(String path, int lineOffset) {
      this.path = path;
      this.lineOffset = lineOffset;
      this.positions = new SourceMap(path);
    }

    SourceRef at(Mark mark) {
      return mark == null ? SourceRef.file(path) : at(mark.getLine(), mark.getColumn());
    }

    /** The place of a 0-based line and column of the YAML text. */
    SourceRef at(int line, int column) {
      return new SourceRef(path, line + 1 + lineOffset, column + 1);
    }

    JsonNode convert(Node node, String pointer, int depth) {
      SourceRef at = at(node.getStartMark());
      if (!seen.add(node)) {
        throw new Stop(aliasProblem(at));
      }
      if (++nodes > limits.maxYamlNodes()) {
        throw new Stop(
            Diagnostic.error(
                "yaml-limit",
                at,
                "the file holds more than " + limits.maxYamlNodes() + " values",
                "split the content into smaller files, or raise the limit with"
                    + " --max-yaml-values"));
      }
      if (depth > limits.maxYamlDepth()) {
        throw new Stop(
            Diagnostic.error(
                "yaml-limit",
                at,
                "the YAML is nested more than " + limits.maxYamlDepth() + " levels deep",
                "flatten the structure, or raise the limit with --max-yaml-depth"));
      }
      checkTag(node, at);
      positions.putValue(pointer, at.line(), at.column());
      if (node instanceof ScalarNode scalar) {
        String value = scalar.getValue();
        checkCharacters(value, at);
        boolean plain =
            scalar.getScalarStyle() == org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN;
        return plain && NULLS.contains(value) ? JSON.nullNode() : JSON.textNode(value);
      }
      if (node instanceof SequenceNode sequence) {
        ArrayNode array = JSON.arrayNode();
        List<Node> items = sequence.getValue();
        for (int i = 0; i < items.size(); i++) {
          array.add(convert(items.get(i), pointer + "/" + i, depth + 1));
        }
        return array;
      }
      MappingNode mapping = (MappingNode) node;
      ObjectNode object = JSON.objectNode();
      for (NodeTuple tuple : mapping.getValue()) {
        Node keyNode = tuple.getKeyNode();
        SourceRef keyAt = at(keyNode.getStartMark());
        if (!(keyNode instanceof ScalarNode keyScalar)) {
          throw new Stop(
              Diagnostic.error(
                  "yaml-syntax",
                  keyAt,
                  "a field name must be plain text, not a " + describe(keyNode),
                  "write the field as 'name: value'"));
        }
        checkTag(keyNode, keyAt);
        String key = keyScalar.getValue();
        checkCharacters(key, keyAt);
        if (key.equals("<<")) {
          throw new Stop(
              Diagnostic.error(
                  "yaml-alias",
                  keyAt,
                  "YAML merge keys (<<) are not allowed in content",
                  "write the fields out in full"));
        }
        String childPointer = pointer + "/" + SourceMap.escape(key);
        if (object.has(key)) {
          SourceRef first = positions.key(childPointer);
          throw new Stop(
              Diagnostic.error(
                  "duplicate-key",
                  keyAt,
                  "the field '" + key + "' appears twice (first on line " + first.line() + ")",
                  "keep one of the two and delete the other"));
        }
        positions.putKey(childPointer, keyAt.line(), keyAt.column());
        object.set(key, convert(tuple.getValueNode(), childPointer, depth + 1));
      }
      return object;
    }

    /** Escapes such as "\0" or "\u202E" write what the file itself may not hold. */
    private void checkCharacters(String value, SourceRef at) {
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c != '\r' && ControlCharacters.isRefused(c)) {
          throw new Stop(
              Diagnostic.error(
                  "control-character",
                  at,
                  String.format(
                      "the value holds the invisible character U+%04X, written as an"
                          + " escape, which content may not hold",
                      (int) c),
                  "delete the escape (the part starting with a backslash)"));
        }
      }
    }

    private void checkTag(Node node, SourceRef at) {
      Tag tag = node.getTag();
      if (!tag.equals(Tag.STR) && !tag.equals(Tag.SEQ) && !tag.equals(Tag.MAP)) {
        throw new Stop(tagProblem(at, tag.getValue()));
      }
    }
  }
}
