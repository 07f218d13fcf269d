package scot.pmo.validate;

import com.fasterxml.jackson.databind.JsonNode;
import scot.pmo.model.Catalogue;
import scot.pmo.model.Diagnostic;
import scot.pmo.model.Diagnostics;
import scot.pmo.model.Entity;
import scot.pmo.model.Rules;

/**
 * Every entity says where its facts come from: an entity with no {@code sources:} is reported
 * ({@code entity-without-source}), at its title. Under {@code pmo validate --strict} it is a
 * warning as soon as any entity of the programme cites a source: a programme that has begun to cite
 * its sources is held to cite them all, and one that has not is not told so on every file. Without
 * {@code --strict} it is not reported, unless {@code pmo.yaml}'s {@code rules:} gives it a
 * severity, which then holds for every run and every programme. That the sources name references is
 * checked with every other reference field ({@link ReferenceValidator}).
 */
public final class SourceValidator implements Validator {

  /** The rule's code, as {@code pmo.yaml} names it. */
  public static final String CODE = "entity-without-source";

  private final Rules rules;
  private final boolean strict;

  /**
   * @param rules the severities {@code pmo.yaml} sets
   * @param strict whether the check is strict ({@code pmo validate --strict})
   */
  public SourceValidator(Rules rules, boolean strict) {
    this.rules = rules;
    this.strict = strict;
  }

  @Override
  public void validate(Catalogue catalogue, Diagnostics diagnostics) {
    boolean applies =
        rules.sets(CODE) || strict && catalogue.all().stream().anyMatch(SourceValidator::cited);
    if (!applies) {
      return;
    }
    for (Entity entity : catalogue.all()) {
      if (cited(entity)) {
        continue;
      }
      rules
          .apply(
              Diagnostic.warning(
                  CODE,
                  entity.positions().value("/" + entity.kind().titleField()),
                  entity.kind().withArticle()
                      + " without a source: nothing says which document its facts come from",
                  "add, as its last field, 'sources:' with an item '- reference: <id>' naming the"
                      + " document under content/references/ and 'section:' the heading there that"
                      + " says it; if the programme office states it itself, say so in the item's"
                      + " 'note:'"))
          .ifPresent(diagnostics::add);
    }
  }

  /** Whether {@code entity} has at least one source. */
  private static boolean cited(Entity entity) {
    JsonNode sources = entity.data().get("sources");
    return sources != null && sources.isArray() && !sources.isEmpty();
  }
}
