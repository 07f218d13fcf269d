package scot.pmo.validate;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import scot.pmo.load.LoadResult;
import scot.pmo.model.Catalogue;
import scot.pmo.model.Diagnostic;
import scot.pmo.model.Diagnostics;
import scot.pmo.model.Severity;

/** Runs every check over loaded content, in a fixed order. */
public final class ContentValidator {

  private final Path repo;
  private final Schemas schemas;

  public ContentValidator(Path repo, Schemas schemas) {
    this.repo = repo;
    this.schemas = schemas;
  }

  public Validation validate(LoadResult loaded) {
    Diagnostics diagnostics = new Diagnostics();
    diagnostics.addAll(loaded.problems());
    Catalogue catalogue = new Catalogue(loaded.entities());
    List<Validator> validators =
        List.of(
            new IdValidator(),
            new OutputNameValidator(),
            new SchemaValidator(schemas),
            new ReferenceValidator(unreadableIds(loaded)),
            new DateValidator(),
            new RoleValidator(),
            new LinkValidator(repo),
            new InterdependencyValidator());
    for (Validator validator : validators) {
      validator.validate(catalogue, diagnostics);
    }
    return new Validation(catalogue, diagnostics, loaded.filesRead());
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
