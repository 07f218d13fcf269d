package scot.pmo.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import scot.pmo.model.Catalogue;
import scot.pmo.model.Diagnostic;
import scot.pmo.model.Diagnostics;
import scot.pmo.model.Entity;
import scot.pmo.model.Kind;
import scot.pmo.testing.TestRepos;

/**
 * Real misspellings of every kind's fields, allowed values and ids, each written into an entity of
 * the sample content, and what "did you mean" says to each: the right name, or nothing at all.
 */
class MisspellingsTest {

  private static final Catalogue SAMPLE = TestRepos.load(TestRepos.REPO).validation().catalogue();
  private static final Schemas SCHEMAS = new Schemas();
  private static final Pattern DID_YOU_MEAN = Pattern.compile("did you mean (.+?)[?,]");
  private static final Pattern QUOTED = Pattern.compile("'([^']+)'");

  @ParameterizedTest(name = "{0} {1}: {2} -> {3}")
  @CsvFileSource(resources = "/misspellings.csv", numLinesToSkip = 1)
  void suggestsTheRightNameOrNone(String kindName, String where, String written, String expected) {
    Kind kind = Kind.byName(kindName).orElseThrow();
    Entity original = SAMPLE.of(kind).stream().min(Comparator.comparing(Entity::id)).orElseThrow();
    ObjectNode data = original.data().deepCopy();
    String code;
    boolean renamed = false;
    if (where.equals("field") || where.startsWith("field:")) {
      code = "unknown-field";
      ObjectNode object =
          (ObjectNode) (where.equals("field") ? data : data.at(where.substring("field:".length())));
      JsonNode value = object.remove(expected);
      renamed = value != null;
      object.set(written, value != null ? value : TextNode.valueOf("x"));
    } else if (where.startsWith("value:")) {
      code = "invalid-value";
      set(data, where.substring("value:".length()), written);
    } else {
      code = "unknown-reference";
      set(data, where.substring("id:".length()), written);
    }
    Entity changed =
        new Entity(
            kind,
            original.id(),
            original.path(),
            data,
            original.positions(),
            original.body(),
            original.bodyLine());

    Diagnostics found = new Diagnostics();
    new SchemaValidator(SCHEMAS).validate(SAMPLE, List.of(changed), found);
    new ReferenceValidator().validate(SAMPLE, List.of(changed), found);

    List<Diagnostic> problems = found.sorted();
    assertThat(problems).extracting(Diagnostic::code).doesNotContain("missing-field");
    Diagnostic problem =
        problems.stream().filter(d -> d.code().equals(code)).reduce((a, b) -> null).orElseThrow();
    assertThat(suggestions(problem))
        .as("suggestions in: %s / %s", problem.message(), problem.hint())
        .isEqualTo(expected.equals("none") ? List.of() : Arrays.asList(expected.split("\\|")));
    if (renamed && required(kind, where).contains(expected)) {
      assertThat(problem.message())
          .endsWith("did you mean '" + expected + "', which is required and missing?");
    }
  }

  /** The names a diagnostic suggests, in order. */
  private static List<String> suggestions(Diagnostic d) {
    List<String> names = new ArrayList<>();
    Matcher meant = DID_YOU_MEAN.matcher(d.message() + " " + d.hint());
    if (meant.find()) {
      Matcher quoted = QUOTED.matcher(meant.group(1));
      while (quoted.find()) {
        names.add(quoted.group(1));
      }
    }
    return names;
  }

  /** Sets the value at a JSON pointer, making the field where the entity has none. */
  private static void set(ObjectNode data, String pointer, String value) {
    int slash = pointer.lastIndexOf('/');
    String parent = pointer.substring(0, slash);
    String last = pointer.substring(slash + 1);
    JsonNode holder = parent.isEmpty() ? data : data.at(parent);
    if (holder instanceof ArrayNode array) {
      array.set(Integer.parseInt(last), TextNode.valueOf(value));
    } else if (holder instanceof ObjectNode object) {
      object.put(last, value);
    } else {
      throw new IllegalArgumentException("no " + parent + " in the sample entity");
    }
  }

  /** The required fields of the object a field row writes into, from the kind's schema. */
  private static List<String> required(Kind kind, String where) {
    JsonNode schema = SCHEMAS.document(kind.schemaFile());
    if (where.startsWith("field:")) {
      for (String step : where.substring("field:/".length()).split("/")) {
        schema = step.matches("\\d+") ? schema.path("items") : schema.path("properties").path(step);
      }
    }
    List<String> names = new ArrayList<>();
    schema.path("required").forEach(n -> names.add(n.asText()));
    return names;
  }
}
