package scot.pmo.author;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import scot.pmo.load.ContentLoader;
import scot.pmo.model.Catalogue;
import scot.pmo.model.HintedException;
import scot.pmo.model.Kind;
import scot.pmo.model.Suggestions;
import scot.pmo.render.template.Templates;
import scot.pmo.validate.Ids;
import scot.pmo.validate.Schemas;

/**
 * Writes a new entity from its kind's archetype in {@code templates/new/}: the values given, the
 * required ones asked for, today's date where the archetype wants it. It never overwrites a file or
 * reuses an id.
 */
public final class Scaffold {

  /** Why a new entity cannot be written; the message says what to do. */
  public static final class Refused extends HintedException {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(Category.USAGE, message, null);
    }
  }

  private static final Pattern NAMES = Pattern.compile("\\{\\{[{#^/]?\\s*([a-z_]+)\\s*}?}}");

  private final Path repo;
  private final Schemas schemas;
  private final Templates templates;

  public Scaffold(Path repo, Schemas schemas) {
    this.repo = repo.toAbsolutePath().normalize();
    this.schemas = schemas;
    this.templates = new Templates(repo);
  }

  /** The fields of a kind, required ones first, in schema order. */
  public List<FieldSpec> fields(Kind kind) {
    JsonNode schema = schemas.document(kind.schemaFile());
    Set<String> required = new LinkedHashSet<>();
    schema.path("required").forEach(r -> required.add(r.asText()));
    List<FieldSpec> fields = new ArrayList<>();
    Map<String, Set<Kind>> targets = new HashMap<>();
    for (Kind.ReferenceField ref : kind.references()) {
      // Only a field that is an id, or a list of ids, is asked for; ids inside lists of entries
      // (a team's members) are written in an editor.
      targets.put(ref.path().text().replace("[]", ""), ref.targets());
    }
    for (Map.Entry<String, JsonNode> p : schema.path("properties").properties()) {
      String name = p.getKey();
      Set<Kind> named = targets.getOrDefault(name, Set.of());
      fields.add(FieldSpec.of(name, p.getValue(), required.contains(name), named));
    }
    fields.sort((a, b) -> Boolean.compare(b.required(), a.required()));
    return fields;
  }

  /**
   * Writes {@code content/<folder>/<id>.<ext>} and returns its repository-relative path.
   *
   * @param values the fields given on the command line (lists as comma-separated text); each is
   *     checked as an answer would be
   * @param ask asks a person for a required field that was not given, until the answer is one pmo
   *     can write; empty when nobody can answer
   */
  public String create(
      Kind kind,
      String id,
      Catalogue catalogue,
      Map<String, String> values,
      Asker ask,
      LocalDate today) {
    if (!Ids.isValid(id)) {
      throw new Refused(
          "'"
              + id
              + "' is not a safe id: use lower-case letters and digits in"
              + " words joined by hyphens, such as '"
              + Ids.slug(id)
              + "'");
    }
    catalogue
        .get(id)
        .ifPresent(
            existing -> {
              throw new Refused(
                  "the id '"
                      + id
                      + "' is already used by "
                      + existing.path()
                      + "; choose another id");
            });
    String archetype = archetype(kind);
    String extension =
        archetype.substring(kind.label().length(), archetype.length() - ".mustache".length());
    Path file = repo.resolve(ContentLoader.CONTENT).resolve(kind.folder()).resolve(id + extension);
    if (Files.exists(file)) {
      throw new Refused(repo.relativize(file) + " already exists; choose another id");
    }
    Map<String, FieldSpec> specs = new LinkedHashMap<>();
    fields(kind).forEach(f -> specs.put(f.name(), f));
    for (String name : values.keySet()) {
      if (!specs.containsKey(name)) {
        throw new Refused(
            "'"
                + name
                + "' is not a field of "
                + kind.withArticle()
                + "; "
                + Suggestions.didYouMean(name, specs.keySet())
                + "the fields are: "
                + String.join(", ", specs.keySet()));
      }
    }
    Answers answers = new Answers(catalogue);
    Map<String, String> given = new LinkedHashMap<>();
    for (Map.Entry<String, String> value : values.entrySet()) {
      FieldSpec field = specs.get(value.getKey());
      Answers.Checked checked = answers.check(field, value.getValue());
      if (checked.value().isEmpty()) {
        throw new Refused("--set " + field.name() + ": " + checked.problem());
      }
      given.put(field.name(), checked.value().get());
    }
    List<String> missing = new ArrayList<>();
    for (FieldSpec field : specs.values()) {
      if (field.required() && !given.containsKey(field.name())) {
        ask(field, ask, answers, catalogue)
            .ifPresentOrElse(v -> given.put(field.name(), v), () -> missing.add(field.name()));
      }
    }
    if (!missing.isEmpty()) {
      throw new Refused(
          "still missing: "
              + String.join(", ", missing)
              + "; give "
              + missing.stream().map(m -> "--set " + m + "=...").collect(Collectors.joining(" ")));
    }
    String text = templates.render("new/" + archetype, data(archetype, specs, given, today));
    write(file, text);
    return repo.relativize(file).toString().replace('\\', '/');
  }

  /** Asks one person for a field, as often as it takes to get a value pmo can write. */
  private static Optional<String> ask(
      FieldSpec field, Asker ask, Answers answers, Catalogue catalogue) {
    String problem = "";
    while (true) {
      Optional<String> typed = ask.ask(field, Answers.hint(field, catalogue), problem);
      if (typed.isEmpty() || typed.get().isBlank()) {
        return Optional.empty();
      }
      Answers.Checked checked = answers.check(field, typed.get());
      if (checked.value().isPresent()) {
        return checked.value();
      }
      problem = checked.problem();
    }
  }

  /** Who answers for a field that was not given. */
  @FunctionalInterface
  public interface Asker {
    /**
     * The value typed for {@code field}, or empty when nobody answers (no terminal, a blank line).
     *
     * @param choices what may be chosen, as the prompt shows it (" [a, b]", " (YYYY-MM-DD)"), or ""
     * @param problem what was wrong with the last answer, or "" the first time
     */
    Optional<String> ask(FieldSpec field, String choices, String problem);
  }

  private Map<String, Object> data(
      String archetype, Map<String, FieldSpec> specs, Map<String, String> given, LocalDate today) {
    Set<String> named = new LinkedHashSet<>();
    Matcher m = NAMES.matcher(templates.read("new/" + archetype));
    while (m.find()) {
      named.add(m.group(1));
    }
    Map<String, Object> data = new HashMap<>();
    for (FieldSpec field : specs.values()) {
      String value = given.get(field.name());
      data.put(field.name(), value == null ? null : yaml(field, value));
    }
    StringBuilder more = new StringBuilder();
    given.forEach(
        (name, value) -> {
          if (!named.contains(name)) {
            more.append(name).append(": ").append(yaml(specs.get(name), value)).append('\n');
          }
        });
    data.put("more", more.toString());
    data.put("today", quote(today.toString()));
    return data;
  }

  /** A value as YAML: text quoted, a list as a flow sequence of quoted items. */
  static String yaml(FieldSpec field, String value) {
    if (field.list()) {
      return Arrays.stream(value.split(","))
          .map(String::trim)
          .filter(s -> !s.isEmpty())
          .map(Scaffold::quote)
          .collect(Collectors.joining(", ", "[", "]"));
    }
    return quote(value.trim());
  }

  /** A value as a double-quoted YAML scalar, escaped as the edit forms write one. */
  static String quote(String value) {
    return YamlPatch.doubleQuoted(value);
  }

  private String archetype(Kind kind) {
    for (String ext : List.of(".md.mustache", ".yaml.mustache")) {
      if (templates.exists("new/" + kind.label() + ext)) {
        return kind.label() + ext;
      }
    }
    throw new Refused(
        "there is no archetype for "
            + kind.withArticle()
            + " ("
            + kind.label()
            + ".md.mustache or "
            + kind.label()
            + ".yaml.mustache) among pmo's templates or in templates/new/; 'pmo templates list'"
            + " lists those there are");
  }

  private static void write(Path file, String text) {
    try {
      // The final name appears only when the whole file is written, and never replaces one.
      ContentFileWriter.create(file, text);
    } catch (java.nio.file.FileAlreadyExistsException e) {
      throw new Refused(
          file.getFileName()
              + " appeared while it was being written, and was left as it is;"
              + " give the new entity another id");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot write " + file, e);
    }
  }
}
