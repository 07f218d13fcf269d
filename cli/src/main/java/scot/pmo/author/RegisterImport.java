package scot.pmo.author;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import scot.pmo.load.ContentLoader;
import scot.pmo.load.sheet.Sheet;
import scot.pmo.model.Catalogue;
import scot.pmo.model.Entity;
import scot.pmo.model.HintedException;
import scot.pmo.model.HintedException.Category;
import scot.pmo.model.Kind;
import scot.pmo.model.Suggestions;
import scot.pmo.render.template.Templates;
import scot.pmo.validate.Ids;
import scot.pmo.validate.Schemas;

/**
 * Makes the files of one kind from the rows of a register: each row's cells as field values (names
 * matched to the entities they name), an id from its title (or its id or key column), and the
 * file's text, new or, where an earlier import of the row made it, the same file with only the
 * mapped fields' lines changed. Nothing is written here.
 */
public final class RegisterImport {

  /** The pseudo-field that gives a row's id rather than a value in its file. */
  public static final String ID = "id";

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final Path repo;
  private final Kind kind;
  private final Catalogue catalogue;
  private final List<FieldSpec> fields;
  private final String extension;
  private final Map<Set<Kind>, NameMatcher> matchers = new HashMap<>();

  public RegisterImport(Path repo, Schemas schemas, Catalogue catalogue, Kind kind) {
    this.repo = repo.toAbsolutePath().normalize();
    this.kind = kind;
    this.catalogue = catalogue;
    this.fields = importable(new Scaffold(repo, schemas).fields(kind), schemas, kind);
    this.extension =
        new Templates(repo).exists("new/" + kind.label() + ".md.mustache") ? ".md" : ".yaml";
  }

  /** The fields a column may fill: those of one value or a list of values, and the id. */
  public List<FieldSpec> fields() {
    return fields;
  }

  /** The columns' fields, guessed from the headers, with {@code given} ({@code --map}) winning. */
  public ColumnMapping mapping(Sheet sheet, Map<String, String> given) {
    return ColumnMapping.of(sheet.headers(), fields, given, kind.withArticle());
  }

  /**
   * What each row of {@code sheet} becomes.
   *
   * @param key the header of the column whose value makes each row's id, when neither an id column
   *     nor the title should
   */
  public List<RowPlan> plan(Sheet sheet, ColumnMapping mapping, Optional<String> key) {
    int keyColumn = key.map(k -> keyColumn(sheet, k)).orElse(-1);
    Map<String, Integer> firstRow = new HashMap<>();
    List<RowPlan> plans = new ArrayList<>();
    for (Sheet.Row row : sheet.rows()) {
      plans.add(plan(sheet, mapping, keyColumn, row, firstRow));
    }
    return plans;
  }

  private RowPlan plan(
      Sheet sheet,
      ColumnMapping mapping,
      int keyColumn,
      Sheet.Row row,
      Map<String, Integer> firstRow) {
    int n = row.number();
    List<RowProblem> problems = new ArrayList<>();
    sheet.problems().stream()
        .filter(p -> p.row() == n)
        .forEach(
            p -> problems.add(RowProblem.error(n, p.column(), "bad-cell", p.message(), p.hint())));
    Map<String, JsonNode> values = new LinkedHashMap<>();
    Map<String, Integer> columns = new LinkedHashMap<>();
    for (FieldSpec field : fields) {
      Optional<ColumnMapping.Column> column = mapping.column(field.name());
      if (column.isEmpty() || field.name().equals(ID)) {
        continue;
      }
      int c = column.get().index();
      columns.put(field.name(), c);
      String cell = row.cell(c);
      values.put(field.name(), cell.isEmpty() ? null : value(field, cell, n, c, problems));
    }
    Id id = id(row, mapping, keyColumn, values, problems);
    if (id.id().isEmpty()) {
      return refused(n, "", "", columns, problems);
    }
    Integer earlier = firstRow.putIfAbsent(id.id(), n);
    if (earlier != null) {
      problems.add(
          RowProblem.error(
              n,
              id.column(),
              "duplicate-id",
              "this row makes the id '" + id.id() + "', as row " + earlier + " does",
              "make the two titles differ, or give each row its own id in an id column (--map"
                  + " \"Column=id\") or --key column"));
      return refused(n, id.id(), "", columns, problems);
    }
    Optional<Entity> existing = catalogue.get(id.id());
    if (existing.isPresent() && existing.get().kind() != kind) {
      problems.add(
          RowProblem.error(
              n,
              id.column(),
              "duplicate-id",
              "the id '"
                  + id.id()
                  + "' is already "
                  + existing.get().kind().withArticle()
                  + "'s, in "
                  + existing.get().path(),
              "give the row another title, or its own id in an id column or --key column"));
      return refused(n, id.id(), existing.get().path(), columns, problems);
    }
    if (existing.isPresent()) {
      Entity entity = existing.get();
      String before = read(entity.path());
      String text = FieldEditor.apply(before, entity, values).text();
      return new RowPlan(
          n, id.id(), entity.path(), existing, before, text, columns, List.copyOf(problems));
    }
    String path = ContentLoader.CONTENT + "/" + kind.folder() + "/" + id.id() + extension;
    if (Files.exists(repo.resolve(path))) {
      problems.add(
          RowProblem.error(
              n,
              id.column(),
              "unreadable-file",
              path + " exists but pmo cannot read it, so the row would overwrite it",
              "run 'pmo validate' and fix that file first"));
      return refused(n, id.id(), path, columns, problems);
    }
    return new RowPlan(
        n, id.id(), path, Optional.empty(), "", newFile(values), columns, List.copyOf(problems));
  }

  private static RowPlan refused(
      int row, String id, String path, Map<String, Integer> columns, List<RowProblem> problems) {
    return new RowPlan(row, id, path, Optional.empty(), "", "", columns, List.copyOf(problems));
  }

  private record Id(String id, int column) {}

  /** The row's id: its id column's, its key column's, or its title's, made an id. */
  private Id id(
      Sheet.Row row,
      ColumnMapping mapping,
      int keyColumn,
      Map<String, JsonNode> values,
      List<RowProblem> problems) {
    Optional<ColumnMapping.Column> idColumn = mapping.column(ID);
    int column;
    String text;
    if (idColumn.isPresent() && !row.cell(idColumn.get().index()).isEmpty()) {
      column = idColumn.get().index();
      text = row.cell(column);
    } else if (keyColumn >= 0 && !row.cell(keyColumn).isEmpty()) {
      column = keyColumn;
      text = row.cell(column);
    } else {
      column = mapping.column(kind.titleField()).map(ColumnMapping.Column::index).orElse(-1);
      JsonNode title = values.get(kind.titleField());
      text = title == null ? "" : title.asText();
    }
    if (text.isBlank()) {
      problems.add(
          RowProblem.error(
              row.number(),
              column,
              "missing-id",
              "the row has no " + kind.titleField() + " to make its id from",
              "fill in its " + kind.titleField() + ", or give it an id in an id column"));
      return new Id("", column);
    }
    return new Id(idOf(text, kind), column);
  }

  /**
   * The id a title or key makes, by the rules of {@code pmo new}: lower case, accents dropped,
   * words joined by hyphens, at most {@link Ids#MAX_LENGTH} characters, cut at a word's end.
   */
  public static String idOf(String text, Kind kind) {
    String slug = Ids.slug(text);
    if (slug.length() > Ids.MAX_LENGTH) {
      int cut = slug.lastIndexOf('-', Ids.MAX_LENGTH);
      slug = slug.substring(0, cut > 0 ? cut : Ids.MAX_LENGTH).replaceAll("-+$", "");
    }
    return Ids.isWindowsReserved(slug) ? slug + "-" + kind.label() : slug;
  }

  private JsonNode value(FieldSpec field, String cell, int row, int column, List<RowProblem> out) {
    if (!field.list()) {
      String one = one(field, cell, row, column, out);
      return one == null ? JSON.nullNode() : JSON.textNode(one);
    }
    ArrayNode items = JSON.arrayNode();
    for (String item : CellValues.items(cell)) {
      String one = one(field, item, row, column, out);
      if (one != null) {
        items.add(one);
      }
    }
    return items;
  }

  /** One value; null when it names nothing, with the problem added to {@code out}. */
  private String one(FieldSpec field, String cell, int row, int column, List<RowProblem> out) {
    if (!field.choices().isEmpty()) {
      return CellValues.choice(cell, field.choices());
    }
    if (field.date()) {
      return CellValues.date(cell);
    }
    if (!field.targets().isEmpty()) {
      NameMatcher.Match match =
          matchers.computeIfAbsent(field.targets(), t -> new NameMatcher(catalogue, t)).match(cell);
      if (!match.found()) {
        out.add(RowProblem.error(row, column, "unknown-reference", match.problem(), match.hint()));
        return null;
      }
      return match.id();
    }
    return cell;
  }

  /** A new file: the fields in the order of the sheet's columns, and an empty Markdown body. */
  private String newFile(Map<String, JsonNode> values) {
    ObjectNode data = JsonNodeFactory.instance.objectNode();
    values.forEach(
        (name, value) -> {
          if (value != null && !value.isNull() && !(value.isArray() && value.isEmpty())) {
            data.set(name, value);
          }
        });
    return FieldWriter.create("new" + extension, data, "");
  }

  /**
   * Writes a row's file atomically: whole or not at all. A new file never replaces one that has
   * appeared since; an edited one is replaced only if it still holds what the plan was made from.
   */
  public void write(RowPlan plan) {
    Path file = repo.resolve(plan.path());
    try {
      if (plan.existing().isPresent() && !read(plan.path()).equals(plan.before())) {
        throw new HintedException(
            Category.ENVIRONMENT,
            plan.path() + " changed while it was being imported into; nothing more was written",
            "run the import again");
      }
      if (plan.existing().isPresent()) {
        ContentFileWriter.replace(file, plan.text());
      } else {
        ContentFileWriter.create(file, plan.text());
      }
    } catch (FileAlreadyExistsException e) {
      throw new HintedException(
          Category.ENVIRONMENT,
          plan.path() + " appeared while it was being imported; it was left as it is",
          "run the import again, which updates it");
    } catch (IOException e) {
      throw new HintedException(
          Category.ENVIRONMENT,
          "cannot write " + plan.path() + ": " + e.getMessage(),
          "check that content/ may be written",
          e);
    }
  }

  private String read(String path) {
    try {
      return Files.readString(repo.resolve(path), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  private static int keyColumn(Sheet sheet, String key) {
    for (int i = 0; i < sheet.headers().size(); i++) {
      if (ColumnMapping.normal(sheet.headers().get(i)).equals(ColumnMapping.normal(key))) {
        return i;
      }
    }
    List<String> named = sheet.headers().stream().filter(h -> !h.isEmpty()).toList();
    throw new HintedException(
        Category.USAGE,
        "--key names the column '" + key + "', which the sheet does not have",
        Suggestions.didYouMean(key, named) + "its columns are: " + String.join(", ", named));
  }

  /** Fields of one value or a list of values; lists of entries (actions, sources) are not. */
  private static List<FieldSpec> importable(List<FieldSpec> all, Schemas schemas, Kind kind) {
    JsonNode properties = schemas.document(kind.schemaFile()).path("properties");
    List<String> order = new ArrayList<>();
    properties.fieldNames().forEachRemaining(order::add);
    // In the schema's order, which puts the title first and related fields together, as the
    // archetypes of pmo new do.
    all = new ArrayList<>(all);
    all.sort(Comparator.comparingInt(f -> order.indexOf(f.name())));
    List<FieldSpec> out = new ArrayList<>();
    for (FieldSpec field : all) {
      JsonNode p = properties.path(field.name());
      boolean entries =
          "object".equals(p.path("items").path("type").asText())
              || p.path("$ref").asText().endsWith("/sources");
      if (!entries) {
        out.add(field);
      }
    }
    out.add(
        new FieldSpec(
            ID,
            "The entity's id, which names its file.",
            false,
            List.of(),
            false,
            false,
            Set.of()));
    return List.copyOf(out);
  }
}
