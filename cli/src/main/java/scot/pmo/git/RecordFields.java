package scot.pmo.git;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import scot.pmo.load.FrontMatter;

/**
 * The top-level fields of one version of a content file, read from its bytes in git: its YAML, or a
 * Markdown file's front matter. Only values given as text, numbers, dates or true/false are kept; a
 * version that cannot be read gives none, and its row says nothing it cannot know.
 */
final class RecordFields {

  /** Larger versions are not read: a content file is at most 1 MiB unless the limits say more. */
  static final int MAX_BYTES = 1 << 20;

  private RecordFields() {}

  static Map<String, String> read(String path, byte[] bytes, List<String> fields) {
    if (bytes.length > MAX_BYTES) {
      return Map.of();
    }
    String text = new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n");
    if (path.endsWith(".md")) {
      FrontMatter split = FrontMatter.split(text);
      if (split.yaml() == null || split.unclosed()) {
        return Map.of();
      }
      text = split.yaml();
    }
    Object data;
    try {
      data = yaml().load(text);
    } catch (RuntimeException e) {
      return Map.of();
    }
    if (!(data instanceof Map<?, ?> map)) {
      return Map.of();
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (String field : fields) {
      Object value = map.get(field);
      if (value instanceof String
          || value instanceof Number
          || value instanceof Boolean
          || value instanceof java.util.Date) {
        out.put(field, text(value));
      }
    }
    return out;
  }

  private static String text(Object value) {
    if (value instanceof java.util.Date date) {
      return date.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString();
    }
    return String.valueOf(value).strip();
  }

  /** A reader that builds no objects but maps, lists and scalars, and follows no aliases. */
  private static Yaml yaml() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(true);
    options.setMaxAliasesForCollections(0);
    options.setNestingDepthLimit(40);
    options.setCodePointLimit(MAX_BYTES);
    return new Yaml(new SafeConstructor(options));
  }
}
