package scot.pmo.model;

import java.util.Map;
import java.util.Optional;

/**
 * How serious {@code pmo.yaml} makes each of the working rules (an overdue review or action, a
 * skipped lifecycle step…): an error, a warning, or off. A rule it does not name keeps the severity
 * its check gives it.
 *
 * @param levels the severity of each rule named, by its code; an empty value turns the rule off
 */
public record Rules(Map<String, Optional<Severity>> levels) {

  /** No rule changed. */
  public static final Rules DEFAULT = new Rules(Map.of());

  /** The codes of the rules whose severity {@code pmo.yaml} may set. */
  public static final java.util.List<String> CODES =
      java.util.List.of(
          "review-overdue",
          "escalated-without-owner",
          "closed-without-date",
          "rating-out-of-scale",
          "lifecycle-skip",
          "action-overdue",
          "meeting-still-planned",
          "entity-without-source");

  public Rules {
    levels = Map.copyOf(levels);
  }

  /** Whether {@code pmo.yaml} names the rule {@code code}, at a severity or off. */
  public boolean sets(String code) {
    return levels.containsKey(code);
  }

  /**
   * {@code diagnostic} at the severity {@code pmo.yaml} gives its rule; empty if it turns the rule
   * off.
   */
  public Optional<Diagnostic> apply(Diagnostic diagnostic) {
    Optional<Severity> level = levels.get(diagnostic.code());
    if (level == null) {
      return Optional.of(diagnostic);
    }
    return level.map(
        severity ->
            new Diagnostic(
                severity,
                diagnostic.code(),
                diagnostic.at(),
                diagnostic.message(),
                diagnostic.hint()));
  }
}
