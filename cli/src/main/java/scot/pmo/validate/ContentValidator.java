package scot.pmo.validate;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import scot.pmo.load.LoadResult;
import scot.pmo.model.Diagnostic;
import scot.pmo.model.Severity;

/**
 * Every check over loaded content, in a fixed order, and how long each took; {@link
 * IncrementalValidation#of} runs them.
 */
public final class ContentValidator {

  private final Path repo;
  private final Schemas schemas;

  public ContentValidator(Path repo, Schemas schemas) {
    this.repo = repo;
    this.schemas = schemas;
  }

  /** Every check, in the order they run, for content loaded as {@code loaded}. */
  List<Validator> checks(LoadResult loaded) {
    return List.of(
        new IdValidator(),
        new OutputNameValidator(),
        new SchemaValidator(schemas),
        new ReferenceValidator(unreadableIds(loaded)),
        new DateValidator(),
        new RoleValidator(),
        new LinkValidator(repo),
        new InterdependencyValidator());
  }

  /** "OutputNameValidator" as "output names", "InterdependencyValidator" as "interdependencies". */
  static String checkName(Validator validator) {
    String name = validator.getClass().getSimpleName().replace("Validator", "");
    String words = name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    return words.endsWith("y") ? words.substring(0, words.length() - 1) + "ies" : words + "s";
  }

  /** The ids of files that exist but could not be read; each has an error of its own. */
  private static Set<String> unreadableIds(LoadResult loaded) {
    Set<String> ids = new HashSet<>();
    for (Diagnostic problem : loaded.problems()) {
      String path = problem.at().path();
      String name = path.substring(path.lastIndexOf('/') + 1);
      if (problem.severity() == Severity.ERROR && name.lastIndexOf('.') > 0) {
        ids.add(name.substring(0, name.lastIndexOf('.')));
      }
    }
    return ids;
  }
}
