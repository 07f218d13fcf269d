package scot.pmo.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import scot.pmo.model.Kind;

/**
 * The JSON Schemas of the kinds, as shipped in the jar from the repository's {@code schemas/}
 * folder: compiled for validation, and readable as JSON for descriptions and field names.
 */
public final class Schemas {

  private static final String FOLDER = "schemas/";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The schema of {@code pmo.yaml}. */
  public static final String CONFIG = "pmo.schema.json";

  private final Map<Kind, Schema> compiled = new EnumMap<>(Kind.class);
  private final Schema config;
  private final Map<String, JsonNode> documents = new ConcurrentHashMap<>();

  public Schemas() {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    for (Kind kind : Kind.values()) {
      compiled.put(
          kind, registry.getSchema(SchemaLocation.of("classpath:" + FOLDER + kind.schemaFile())));
    }
    config = registry.getSchema(SchemaLocation.of("classpath:" + FOLDER + CONFIG));
  }

  public Schema of(Kind kind) {
    return compiled.get(kind);
  }

  /** The schema of {@code pmo.yaml}. */
  public Schema config() {
    return config;
  }

  /** The raw JSON of a schema file, such as {@code common.schema.json}. */
  public JsonNode document(String file) {
    return documents.computeIfAbsent(file, Schemas::read);
  }

  /**
   * The schema node at a location such as {@code classpath:schemas/project.schema.json#/properties/
   * team/items}, or a missing node.
   */
  public JsonNode at(String location) {
    int hash = location.indexOf('#');
    String file = location.substring(0, hash < 0 ? location.length() : hash);
    file = file.substring(file.lastIndexOf('/') + 1);
    JsonNode doc = document(file);
    return hash < 0 ? doc : doc.at(location.substring(hash + 1));
  }

  /** The field names a schema object allows, in schema order. */
  public static List<String> propertyNames(JsonNode objectSchema) {
    List<String> names = new ArrayList<>();
    objectSchema.path("properties").fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static JsonNode read(String file) {
    try (InputStream in = Schemas.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
      if (in == null) {
        throw new IllegalStateException("schema " + file + " is missing from the jar");
      }
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
