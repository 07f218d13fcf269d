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
import scot.pmo.model.SourceRef;
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
    Map<String, List<Entity>> byId = byId(catalogue);
    Parallel.forEach(
        entities,
        entity -> {
          for (Kind.ReferenceField field : entity.kind().references()) {
            field
                .path()
                .forEachText(
                    entity.data(),
                    (pointer, id) ->
                        problem(
                                catalogue,
                                byId,
                                unreadable,
                                FieldPath.named(pointer),
                                id,
                                field.targets(),
                                entity.positions().value(pointer))
                            .ifPresent(diagnostics::add));
          }
        });
  }

  /**
   * What is wrong with the field {@code field}, written at {@code at}, naming {@code id} where it
   * takes an entity of one of the kinds {@code targets}: none, an id that names nothing (with the
   * closest ids), or one that names an entity of another kind.
   *
   * @param byId the catalogue's entities by id, all of them where files share an id
   * @param unreadable ids of files that could not be read, which are not reported
   */
  static Optional<Diagnostic> problem(
      Catalogue catalogue,
      Map<String, List<Entity>> byId,
      Set<String> unreadable,
      String field,
      String id,
      Set<Kind> targets,
      SourceRef at) {
    if (!Ids.isValid(id)) {
      return Optional.empty(); // the schema check reports the malformed id
    }
    // Where two files share the id (a duplicate-id error), the one of the right kind counts.
    List<Entity> named = byId.getOrDefault(id, List.of());
    Optional<Entity> target =
        named.stream()
            .filter(e -> targets.contains(e.kind()))
            .findFirst()
            .or(() -> named.stream().findFirst());
    if (target.isEmpty() && unreadable.contains(id)
        || target.isPresent() && targets.contains(target.get().kind())) {
      return Optional.empty();
    }
    String wanted = targets.stream().map(Kind::label).collect(Collectors.joining(" or "));
    if (target.isEmpty()) {
      List<String> close = Suggestions.closestIds(id, catalogue.ids(targets), 3);
      return Optional.of(
          Diagnostic.error(
              "unknown-reference",
              at,
              "'" + field + "' names '" + id + "', but there is no " + wanted + " with that id",
              close.isEmpty()
                  ? "check the spelling, or add the "
                      + wanted
                      + " under content/"
                      + targets.iterator().next().folder()
                      + "/"
                  : "did you mean "
                      + close.stream().map(c -> "'" + c + "'").collect(Collectors.joining(" or "))
                      + "?"));
    }
    return Optional.of(
        Diagnostic.error(
            "wrong-kind-reference",
            at,
            "'"
                + field
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

  /** The entities of {@code catalogue} by id, all of them where files share one. */
  static Map<String, List<Entity>> byId(Catalogue catalogue) {
    return catalogue.all().stream().collect(Collectors.groupingBy(Entity::id));
  }
}
