package scot.pmo.author;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import scot.pmo.model.HintedException;
import scot.pmo.model.HintedException.Category;
import scot.pmo.model.Suggestions;

/**
 * Which column of a register fills which field of a kind: guessed from the headers (the field's
 * name, the first words of its schema description, and the names a programme office gives such
 * columns), and overridden column by column with {@code --map "Header=field"}.
 *
 * @param columns the columns that fill a field, in the sheet's order
 * @param unmapped the headers of columns that fill none
 */
public record ColumnMapping(List<Column> columns, List<String> unmapped) {

  /**
   * One column and the field it fills.
   *
   * @param index the 0-based column
   * @param header its header
   * @param field the field it fills
   * @param given whether {@code --map} said so, rather than a guess
   */
  public record Column(int index, String header, FieldSpec field, boolean given) {}

  /**
   * Headers a programme office uses for a field, beyond the field's own name, by field name. A
   * header names the first field of its kind it is listed for.
   */
  private static final Map<String, List<String>> SYNONYMS = new LinkedHashMap<>();

  static {
    SYNONYMS.put(
        "title",
        List.of(
            "risk description",
            "risk",
            "issue",
            "issue description",
            "description",
            "risk title",
            "item",
            "meeting",
            "meeting title",
            "milestone",
            "project name",
            "summary"));
    SYNONYMS.put(
        "name", List.of("full name", "person", "contact", "contact name", "organisation name"));
    SYNONYMS.put("job_title", List.of("job title", "title", "role", "position", "job"));
    SYNONYMS.put("organisation", List.of("organization", "employer", "company", "org"));
    SYNONYMS.put("owner", List.of("risk owner", "issue owner", "owned by", "responsible"));
    SYNONYMS.put("likelihood", List.of("probability", "likelihood score", "l"));
    SYNONYMS.put("impact", List.of("impact score", "severity", "i"));
    SYNONYMS.put("status", List.of("state", "risk status", "current status"));
    SYNONYMS.put(
        "raised",
        List.of("date raised", "raised on", "date identified", "date logged", "date opened"));
    SYNONYMS.put("review", List.of("review date", "next review", "next review date", "review by"));
    SYNONYMS.put("type", List.of("category", "raid type", "record type", "meeting type"));
    SYNONYMS.put(
        "mitigation",
        List.of("mitigating actions", "mitigations", "response", "controls", "action plan"));
    SYNONYMS.put("date", List.of("meeting date", "date of meeting", "when"));
    SYNONYMS.put("due", List.of("due date", "target date", "deadline"));
    SYNONYMS.put("projects", List.of("related projects", "other projects"));
    SYNONYMS.put("with", List.of("depends on", "dependency on", "other party"));
    SYNONYMS.put("escalated_to", List.of("escalated to"));
    SYNONYMS.put("member_of", List.of("member of", "groups"));
    SYNONYMS.put("seniority", List.of("grade", "level"));
    SYNONYMS.put("resolved", List.of("date resolved", "resolved on"));
    SYNONYMS.put("closed", List.of("date closed", "closed on"));
  }

  /**
   * Guesses the mapping of {@code headers} to {@code fields}, then applies {@code given} (header to
   * field name, a list field with or without {@code []}), which wins. A header or field that is not
   * there is a usage error, with the closest ones.
   */
  public static ColumnMapping of(
      List<String> headers, List<FieldSpec> fields, Map<String, String> given, String kind) {
    Map<String, FieldSpec> byName = new LinkedHashMap<>();
    fields.forEach(f -> byName.put(f.name(), f));
    Map<Integer, Column> chosen = new HashMap<>();
    Map<String, Integer> fieldColumn = new HashMap<>();
    for (Map.Entry<String, String> entry : given.entrySet()) {
      int index = column(headers, entry.getKey());
      FieldSpec field = field(byName, entry.getValue(), kind);
      Integer before = fieldColumn.put(field.name(), index);
      if (before != null && before != index) {
        throw new HintedException(
            Category.USAGE,
            "--map gives the field '" + field.name() + "' two columns",
            "map one column to each field");
      }
      chosen.put(index, new Column(index, headers.get(index), field, true));
    }
    for (int i = 0; i < headers.size(); i++) {
      if (chosen.containsKey(i) || given.containsKey(headers.get(i))) {
        continue;
      }
      Optional<FieldSpec> guess = guess(headers.get(i), fields);
      if (guess.isPresent() && !fieldColumn.containsKey(guess.get().name())) {
        fieldColumn.put(guess.get().name(), i);
        chosen.put(i, new Column(i, headers.get(i), guess.get(), false));
      }
    }
    List<Column> columns = new ArrayList<>();
    List<String> unmapped = new ArrayList<>();
    for (int i = 0; i < headers.size(); i++) {
      if (chosen.containsKey(i)) {
        columns.add(chosen.get(i));
      } else if (!headers.get(i).isEmpty()) {
        unmapped.add(headers.get(i));
      }
    }
    return new ColumnMapping(List.copyOf(columns), List.copyOf(unmapped));
  }

  /** The column that fills {@code field}, if any. */
  public Optional<Column> column(String field) {
    return columns.stream().filter(c -> c.field().name().equals(field)).findFirst();
  }

  /** The field a header most likely names: its own name, a synonym, its description's start. */
  static Optional<FieldSpec> guess(String header, List<FieldSpec> fields) {
    String h = normal(header);
    if (h.isEmpty()) {
      return Optional.empty();
    }
    for (FieldSpec f : fields) {
      if (normal(f.name()).equals(h)) {
        return Optional.of(f);
      }
    }
    for (FieldSpec f : fields) {
      if (SYNONYMS.getOrDefault(f.name(), List.of()).contains(h)) {
        return Optional.of(f);
      }
    }
    // "Job title" begins "Job title, as the person's organisation gives it."; one word alone
    // ("Date") begins too many descriptions to say which.
    if (h.indexOf(' ') > 0) {
      for (FieldSpec f : fields) {
        String description = normal(f.description());
        if (description.equals(h) || description.startsWith(h + " ")) {
          return Optional.of(f);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Lower case, with anything but letters and digits one space: "Date raised:" is "date raised".
   */
  static String normal(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  private static int column(List<String> headers, String wanted) {
    for (int i = 0; i < headers.size(); i++) {
      if (headers.get(i).equals(wanted.strip())) {
        return i;
      }
    }
    for (int i = 0; i < headers.size(); i++) {
      if (normal(headers.get(i)).equals(normal(wanted))) {
        return i;
      }
    }
    List<String> named = headers.stream().filter(h -> !h.isEmpty()).toList();
    throw new HintedException(
        Category.USAGE,
        "--map names the column '" + wanted + "', which the sheet does not have",
        Suggestions.didYouMean(wanted, named)
            + "its columns are: "
            + String.join(", ", named.stream().map(h -> "\"" + h + "\"").toList()));
  }

  private static FieldSpec field(Map<String, FieldSpec> byName, String wanted, String kind) {
    String name = wanted.strip();
    boolean list = name.endsWith("[]");
    if (list) {
      name = name.substring(0, name.length() - 2);
    }
    FieldSpec field = byName.get(name);
    if (field == null) {
      String hint =
          name.contains(".")
              ? "a row fills fields of the record itself, one value (or list of values) each;"
                  + " entries inside a list, such as actions, are written in the file. "
              : "";
      throw new HintedException(
          Category.USAGE,
          "--map names the field '" + wanted + "', which is not a field of " + kind,
          hint
              + Suggestions.didYouMean(name, byName.keySet())
              + "the fields are: "
              + String.join(", ", byName.keySet()));
    }
    if (list && !field.list()) {
      throw new HintedException(
          Category.USAGE,
          "--map gives '" + wanted + "', but " + name + " takes one value, not a list",
          "write --map \"...=" + name + "\"");
    }
    return field;
  }
}
