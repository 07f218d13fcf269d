package scot.pmo.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import scot.pmo.model.Kind;

/** The JSON Schemas in the repository's {@code schemas/} folder, as editors and pmo read them. */
class SchemasTest {

  /** The repository's schemas, from the module folder in which Maven runs the tests. */
  private static final Path SCHEMAS = Path.of("..", "schemas");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Schema META_SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

  static Stream<Path> schemaFiles() throws IOException {
    try (Stream<Path> files = Files.list(SCHEMAS)) {
      List<Path> list = files.filter(f -> f.toString().endsWith(".schema.json")).sorted().toList();
      assertThat(list).isNotEmpty();
      return list.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("schemaFiles")
  void schemaIsValidDraft202012(Path file) throws IOException {
    JsonNode schema = JSON.readTree(file.toFile());

    assertThat(schema.path("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(META_SCHEMA.validate(schema)).extracting(Error::toString).isEmpty();
  }

  @Test
  void metaSchemaCheckRejectsAnInvalidSchema() throws IOException {
    JsonNode broken = JSON.readTree("{\"type\": \"text\", \"required\": \"title\"}");

    assertThat(META_SCHEMA.validate(broken)).isNotEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("schemaFiles")
  void everyPropertyHasADescription(Path file) throws IOException {
    JsonNode schema = JSON.readTree(file.toFile());
    List<String> undescribed = new ArrayList<>();

    collectUndescribed(schema, "", undescribed);

    assertThat(undescribed).as("properties of %s without a description", file).isEmpty();
  }

  @Test
  void everyKindHasASchemaAndEverySchemaAKind() throws IOException {
    List<String> expected =
        new ArrayList<>(Arrays.stream(Kind.values()).map(Kind::schemaFile).toList());
    expected.add("common.schema.json");
    expected.add(Schemas.CONFIG);

    assertThat(schemaFiles().map(f -> f.getFileName().toString()))
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void theSchemasShippedInTheJarCompile() {
    Schemas schemas = new Schemas();

    for (Kind kind : Kind.values()) {
      assertThat(schemas.of(kind)).as(kind.label()).isNotNull();
    }
    assertThat(schemas.config()).as("pmo.yaml").isNotNull();
  }

  /**
   * Adds the pointer of every property, at any depth, that has no description of its own or through
   * the {@code $ref} it uses. A description through {@code $ref} is what editors show.
   */
  private static void collectUndescribed(JsonNode node, String pointer, List<String> out)
      throws IOException {
    if (node.isObject()) {
      JsonNode properties = node.path("properties");
      for (String name : iterable(properties)) {
        JsonNode property = properties.path(name);
        if (!hasDescription(property)) {
          out.add(pointer + "/properties/" + name);
        }
      }
      for (String name : iterable(node)) {
        // An 'if' names properties only to test them; they are described where they are defined.
        if (!name.equals("if")) {
          collectUndescribed(node.path(name), pointer + "/" + name, out);
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collectUndescribed(node.get(i), pointer + "/" + i, out);
      }
    }
  }

  private static boolean hasDescription(JsonNode property) throws IOException {
    if (!property.path("description").asText().isBlank()) {
      return true;
    }
    String ref = property.path("$ref").asText();
    if (ref.isEmpty()) {
      return false;
    }
    String[] parts = ref.split("#", 2);
    JsonNode target = JSON.readTree(SCHEMAS.resolve(parts[0]).toFile());
    return !target.at(parts.length > 1 ? parts[1] : "").path("description").asText().isBlank();
  }

  private static List<String> iterable(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
