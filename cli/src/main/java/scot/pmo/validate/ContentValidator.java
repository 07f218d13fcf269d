package scot.pmo.validate;

import java.nio.file.Path;
import java.util.List;
import scot.pmo.load.LoadResult;
import scot.pmo.model.Catalogue;
import scot.pmo.model.Diagnostics;

/** Runs every check over loaded content, in a fixed order. */
public final class ContentValidator {

  private final List<Validator> validators;

  public ContentValidator(Path repo, Schemas schemas) {
    this.validators =
        List.of(
            new IdValidator(),
            new SchemaValidator(schemas),
            new ReferenceValidator(),
            new DateValidator(),
            new RoleValidator(),
            new LinkValidator(repo),
            new InterdependencyValidator());
  }

  public Validation validate(LoadResult loaded) {
    Diagnostics diagnostics = new Diagnostics();
    diagnostics.addAll(loaded.problems());
    Catalogue catalogue = new Catalogue(loaded.entities());
    for (Validator validator : validators) {
      validator.validate(catalogue, diagnostics);
    }
    return new Validation(catalogue, diagnostics, loaded.filesRead());
  }
}
