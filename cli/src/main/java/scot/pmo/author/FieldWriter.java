package scot.pmo.author;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import scot.pmo.load.FrontMatter;

/**
 * Writes field values into an existing entity file, a YAML file or a Markdown file's front matter,
 * and changes only the lines of the values that changed: comments, key order, quoting and every
 * untouched line stay exactly as they were. The values are given as the whole of the entity's data,
 * as the loader reads it (every scalar a string, {@code null} for a field left empty): a field
 * absent from them is removed, a field new to the file is added after its mapping's last field, a
 * list item added, removed or changed is written or removed on its own lines.
 *
 * <p>Its callers: the preview's edit forms, and any command that changes a few fields of a file a
 * person wrote.
 */
public final class FieldWriter {

  private FieldWriter() {}

  /**
   * The text of {@code fileName} (its extension says YAML or Markdown) after writing {@code data}
   * into it and, for Markdown, {@code body} after its front matter ({@code null} keeps the body).
   *
   * @throws IllegalArgumentException when {@code text} is not a file that content could hold (no
   *     front matter, YAML that does not parse), which the loader reports for what it is
   */
  public static String write(String fileName, String text, ObjectNode data, String body) {
    String bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
    String content = text.substring(bom.length());
    boolean crlf = content.contains("\r\n");
    if (crlf) {
      content = content.replace("\r\n", "\n");
    }
    String written =
        isMarkdown(fileName) ? markdown(content, data, body) : YamlPatch.apply(content, data);
    return bom + (crlf ? written.replace("\n", "\r\n") : written);
  }

  /** The text of a new file named {@code fileName}: the fields in their order, then the body. */
  public static String create(String fileName, ObjectNode data, String body) {
    String yaml = YamlPatch.apply("", data);
    if (!isMarkdown(fileName)) {
      return yaml;
    }
    String text = body == null ? "" : body;
    return "---\n" + yaml + "---\n" + (text.isEmpty() || text.endsWith("\n") ? text : text + "\n");
  }

  private static String markdown(String text, ObjectNode data, String body) {
    FrontMatter split = FrontMatter.split(text);
    if (split.yaml() == null) {
      throw new IllegalArgumentException("the file has no front matter between '---' lines");
    }
    int yamlStart = text.indexOf('\n') + 1;
    int yamlEnd = yamlStart + split.yaml().length();
    int bodyStart = text.length() - split.body().length();
    String newBody = body == null || body.equals(split.body()) ? split.body() : body;
    return text.substring(0, yamlStart)
        + YamlPatch.apply(split.yaml(), data)
        + text.substring(yamlEnd, bodyStart)
        + newBody;
  }

  private static boolean isMarkdown(String fileName) {
    return fileName.toLowerCase(Locale.ROOT).endsWith(".md");
  }

  /** Whether {@code value} is what a form field left empty gives: nothing to write. */
  static boolean isEmpty(JsonNode value) {
    return value == null || value.isNull();
  }
}
