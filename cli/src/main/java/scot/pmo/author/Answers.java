package scot.pmo.author;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import scot.pmo.model.Catalogue;
import scot.pmo.model.Entity;
import scot.pmo.model.Kind;
import scot.pmo.model.PartialDate;
import scot.pmo.model.Suggestions;

/**
 * Checks a value typed for a field of a new entity, before anything is written: one of the choices,
 * a date that exists, the id of an entity of the right kind. What was typed may be shorter than
 * what it means: the start of a single choice or id, or an entity's title, is completed to it.
 */
final class Answers {

  /** A value that was understood, as it is to be written, or what is wrong with it. */
  record Checked(Optional<String> value, String problem) {

    static Checked ok(String value) {
      return new Checked(Optional.of(value), "");
    }

    static Checked wrong(String problem) {
      return new Checked(Optional.empty(), problem);
    }
  }

  private final Catalogue catalogue;

  Answers(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  /** Checks {@code typed} for {@code field}; a list's items, separated by commas, one by one. */
  Checked check(FieldSpec field, String typed) {
    String answer = typed.trim();
    if (answer.isEmpty()) {
      return Checked.wrong(field.name() + " is required: give a value");
    }
    if (!field.list()) {
      return one(field, answer);
    }
    List<String> items = new ArrayList<>();
    for (String item : answer.split(",")) {
      if (item.isBlank()) {
        continue;
      }
      Checked checked = one(field, item.trim());
      if (checked.value().isEmpty()) {
        return checked;
      }
      items.add(checked.value().get());
    }
    return items.isEmpty()
        ? Checked.wrong(field.name() + " is required: give at least one value")
        : Checked.ok(String.join(", ", items));
  }

  private Checked one(FieldSpec field, String answer) {
    if (!field.choices().isEmpty()) {
      return choice(field, answer);
    }
    if (field.date()) {
      return date(answer);
    }
    if (!field.targets().isEmpty()) {
      return reference(field.targets(), answer);
    }
    return Checked.ok(answer);
  }

  private static Checked choice(FieldSpec field, String answer) {
    String lower = answer.toLowerCase(Locale.ROOT);
    List<String> starting =
        field.choices().stream().filter(c -> c.startsWith(lower.replace(' ', '-'))).toList();
    if (starting.contains(lower)) {
      return Checked.ok(lower);
    }
    if (starting.size() == 1) {
      return Checked.ok(starting.get(0));
    }
    return Checked.wrong(
        "'"
            + answer
            + "' is not one of the choices; "
            + Suggestions.didYouMean(answer, field.choices())
            + "choose one of: "
            + String.join(", ", field.choices()));
  }

  private static Checked date(String answer) {
    Optional<PartialDate> date = PartialDate.parse(answer);
    if (date.isPresent()) {
      return Checked.ok(answer);
    }
    return Checked.wrong(
        "'"
            + answer
            + "' is not a date pmo can read: write it as year-month-day (2024-02-08), or"
            + " year-month (2024-02) or the year alone where the day is not known");
  }

  private Checked reference(Set<Kind> targets, String answer) {
    String wanted =
        Kind.withArticle(targets.stream().map(Kind::label).collect(Collectors.joining(" or ")));
    List<Entity> candidates =
        catalogue.all().stream().filter(e -> targets.contains(e.kind())).toList();
    if (candidates.isEmpty()) {
      return Checked.wrong(
          "there is no "
              + targets.iterator().next().label()
              + " yet to name here: create one first with 'pmo new "
              + targets.iterator().next().label()
              + " ID'");
    }
    String lower = answer.toLowerCase(Locale.ROOT);
    for (Entity e : candidates) {
      if (e.id().equals(lower) || e.title().equalsIgnoreCase(answer)) {
        return Checked.ok(e.id());
      }
    }
    List<String> starting =
        candidates.stream()
            .filter(
                e ->
                    e.id().startsWith(lower)
                        || e.title().toLowerCase(Locale.ROOT).startsWith(lower))
            .map(Entity::id)
            .toList();
    if (starting.size() == 1) {
      return Checked.ok(starting.get(0));
    }
    List<String> ids = candidates.stream().map(Entity::id).sorted().toList();
    String choices =
        starting.size() > 1
            ? "it could be " + String.join(", ", starting)
            : ids.size() <= 12
                ? "the choices are: " + String.join(", ", ids)
                : "'pmo list " + targets.iterator().next().label() + "' lists them";
    return Checked.wrong(
        "'"
            + answer
            + "' names no "
            + wanted.substring(wanted.indexOf(' ') + 1)
            + "; "
            + Suggestions.didYouMean(lower, ids)
            + choices);
  }

  /** The values of {@code field} that a person may choose among, for the prompt. */
  static String hint(FieldSpec field, Catalogue catalogue) {
    if (!field.choices().isEmpty()) {
      return " [" + String.join(", ", field.choices()) + "]";
    }
    if (!field.targets().isEmpty()) {
      List<String> ids =
          catalogue.all().stream()
              .filter(e -> field.targets().contains(e.kind()))
              .map(Entity::id)
              .sorted()
              .toList();
      return ids.isEmpty() || ids.size() > 8 ? "" : " [" + String.join(", ", ids) + "]";
    }
    return field.date() ? " (YYYY-MM-DD)" : "";
  }
}
