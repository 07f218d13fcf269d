package scot.pmo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import scot.pmo.model.Kind;
import scot.pmo.validate.Schemas;

/** The README documents every field of every kind and every diagnostic code the tool emits. */
class ReadmeTest {

  private static final Path ROOT = Path.of("..");

  @Test
  void everyFieldOfEveryKindIsDocumented() throws Exception {
    String readme = Files.readString(ROOT.resolve("README.md"));
    Schemas schemas = new Schemas();
    for (Kind kind : Kind.values()) {
      int section = readme.indexOf("— `content/" + kind.folder() + "/`");
      assertThat(section).as("README section for %s", kind.label()).isPositive();
      int end = readme.indexOf("####", section);
      String text = readme.substring(section, end < 0 ? readme.length() : end);
      for (String field : Schemas.propertyNames(schemas.document(kind.schemaFile()))) {
        assertThat(text)
            .as("README documents %s.%s", kind.label(), field)
            .contains("| `" + field + "`");
      }
    }
  }

  @Test
  void everyKeyOfPmoYamlIsDocumented() throws Exception {
    String readme = Files.readString(ROOT.resolve("README.md"));
    int section = readme.indexOf("## Configuration: `pmo.yaml`");
    assertThat(section).as("README section on pmo.yaml").isPositive();
    String text = readme.substring(section, readme.indexOf("\n## ", section + 1));
    List<String> keys = new ArrayList<>();
    keys(new Schemas().document(Schemas.CONFIG), "", keys);
    assertThat(keys).contains("site.colours.link", "limits.max_yaml_values");
    for (String key : keys) {
      assertThat(text).as("README documents pmo.yaml's %s", key).contains("`" + key + "`");
    }
  }

  /**
   * The dotted names of a schema's keys that hold values, down through nested mappings (not into
   * lists): {@code site.colours.link}, not {@code site} or {@code site.colours}.
   */
  private static void keys(JsonNode schema, String prefix, List<String> out) {
    for (var field : schema.path("properties").properties()) {
      String key = prefix + field.getKey();
      if (field.getValue().has("properties")) {
        keys(field.getValue(), key + ".", out);
      } else {
        out.add(key);
      }
    }
  }

  @Test
  void everyDiagnosticCodeIsDocumented() throws Exception {
    String readme = Files.readString(ROOT.resolve("README.md"));
    Pattern code =
        Pattern.compile(
            "(?:Diagnostic\\.(?:error|warning)\\(|new Diagnostic\\([^,]+,)\\s*\"([a-z0-9-]+)\"");
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = code.matcher(Files.readString(file));
        while (m.find()) {
          assertThat(readme)
              .as("README lists the code %s used in %s", m.group(1), file)
              .contains("| `" + m.group(1) + "` |");
        }
      }
    }
  }
}
