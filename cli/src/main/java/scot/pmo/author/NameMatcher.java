package scot.pmo.author;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import scot.pmo.model.Catalogue;
import scot.pmo.model.Entity;
import scot.pmo.model.Kind;
import scot.pmo.model.Suggestions;

/**
 * Finds the entity a cell names: by its id, or by its name or title as people write it in a
 * register ("Angela Scott", "aberdeen city council "), ignoring case and spacing; a person also as
 * "Scott, Angela".
 */
public final class NameMatcher {

  /**
   * What a name was matched to.
   *
   * @param id the entity's id, or "" when none or more than one was found
   * @param problem what is wrong when {@code id} is empty
   * @param hint how to put it right, with the closest names
   */
  public record Match(String id, String problem, String hint) {

    public boolean found() {
      return !id.isEmpty();
    }
  }

  private final Set<Kind> targets;
  private final Map<String, Set<String>> byName = new HashMap<>();
  private final Set<String> ids = new LinkedHashSet<>();
  private final List<String> names = new ArrayList<>();

  public NameMatcher(Catalogue catalogue, Set<Kind> targets) {
    this.targets = targets;
    for (Entity e : catalogue.all()) {
      if (!targets.contains(e.kind())) {
        continue;
      }
      ids.add(e.id());
      names.add(e.title());
      byName.computeIfAbsent(key(e.title()), k -> new LinkedHashSet<>()).add(e.id());
    }
  }

  /** The entity {@code value} names. */
  public Match match(String value) {
    String typed = value.strip();
    if (ids.contains(typed.toLowerCase(Locale.ROOT))) {
      return new Match(typed.toLowerCase(Locale.ROOT), "", "");
    }
    Set<String> found = byName.getOrDefault(key(typed), Set.of());
    if (found.isEmpty() && typed.indexOf(',') > 0) {
      // "Scott, Angela", as a register sorted by surname writes it.
      String[] parts = typed.split(",", 2);
      found = byName.getOrDefault(key(parts[1] + " " + parts[0]), Set.of());
    }
    if (found.size() == 1) {
      return new Match(found.iterator().next(), "", "");
    }
    String wanted =
        targets.stream().map(Kind::singular).sorted().reduce((a, b) -> a + " or " + b).orElse("");
    if (found.size() > 1) {
      return new Match(
          "",
          "'"
              + typed
              + "' is the name of more than one "
              + wanted
              + " ("
              + String.join(", ", found)
              + ")",
          "write the id of the one meant");
    }
    List<String> close = Suggestions.closest(typed, names, 3);
    String suggestion =
        close.isEmpty()
            ? Suggestions.didYouMeanId(typed.toLowerCase(Locale.ROOT), ids)
            : "did you mean "
                + String.join(" or ", close.stream().map(n -> "'" + n + "'").toList())
                + "? ";
    return new Match(
        "",
        "'" + typed + "' names no " + wanted + " pmo knows",
        suggestion
            + (ids.isEmpty()
                ? "there is none yet: add it first (pmo new, or import its register)"
                : "write the name or id of one in content/, or add it first"));
  }

  /** A name as compared: lower case, with its spaces and punctuation ignored at the ends. */
  static String key(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
