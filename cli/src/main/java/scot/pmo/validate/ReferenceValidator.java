package scot.pmo.validate;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import scot.pmo.concurrent.Parallel;
import scot.pmo.model.Catalogue;
import scot.pmo.model.Diagnostic;
import scot.pmo.model.Diagnostics;
import scot.pmo.model.Entity;
import scot.pmo.model.FieldPath;
import scot.pmo.model.Kind;
import scot.pmo.model.Suggestions;

/**
 * Checks that every field naming another entity names one that exists and is of a kind the field
 * accepts.
 */
public final class ReferenceValidator implements FileValidator {

  private final Set<String> unreadable;

  public ReferenceValidator() {
    this(Set.of());
  }

  /**
   * @param unreadable ids of files that exist but could not be read: a reference to one is not
   *     reported, as the file's own error says what to fix
   */
  public ReferenceValidator(Set<String> unreadable) {
    this.unreadable = Set.copyOf(unreadable);
  }

  @Override
  public void validate(Catalogue catalogue, List<Entity> entities, Diagnostics diagnostics) {
    Map<String, List<Entity>> byId =
        catalogue.all().stream().collect(Collectors.groupingBy(Entity::id));
    Parallel.forEach(
        entities,
        entity -> {
          for (Kind.ReferenceField field : entity.kind().references()) {
            field
                .path()
                .forEachText(
                    entity.data(),
                    (pointer, id) -> {
                      if (!Ids.isValid(id)) {
                        return; // the schema check reports the malformed id
                      }
                      // Where two files share the id (a duplicate-id error), the one of the right
                      // kind counts.
                      List<Entity> named = byId.getOrDefault(id, List.of());
                      Optional<Entity> target =
                          named.stream()
                              .filter(e -> field.targets().contains(e.kind()))
                              .findFirst()
                              .or(() -> named.stream().findFirst());
                      if (target.isEmpty() && unreadable.contains(id)
                          || target.isPresent() && field.targets().contains(target.get().kind())) {
                        return;
                      }
                      String wanted =
                          field.targets().stream()
                              .map(Kind::label)
                              .collect(Collectors.joining(" or "));
                      if (target.isEmpty()) {
                        List<String> close =
                            Suggestions.closestIds(id, catalogue.ids(field.targets()), 3);
                        diagnostics.add(
                            Diagnostic.error(
                                "unknown-reference",
                                entity.positions().value(pointer),
                                "'"
                                    + FieldPath.named(pointer)
                                    + "' names '"
                                    + id
                                    + "', but there is no "
                                    + wanted
                                    + " with that id",
                                close.isEmpty()
                                    ? "check the spelling, or add the "
                                        + wanted
                                        + " under content/"
                                        + field.targets().iterator().next().folder()
                                        + "/"
                                    : "did you mean "
                                        + close.stream()
                                            .map(c -> "'" + c + "'")
                                            .collect(Collectors.joining(" or "))
                                        + "?"));
                      } else if (!field.targets().contains(target.get().kind())) {
                        diagnostics.add(
                            Diagnostic.error(
                                "wrong-kind-reference",
                                entity.positions().value(pointer),
                                "'"
                                    + FieldPath.named(pointer)
                                    + "' names '"
                                    + id
                                    + "', which is "
                                    + target.get().kind().withArticle()
                                    + " ("
                                    + target.get().path()
                                    + "), but it needs "
                                    + Kind.withArticle(wanted),
                                "name " + Kind.withArticle(wanted) + " here"));
                      }
                    });
          }
        });
  }
}
