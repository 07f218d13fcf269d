package scot.pmo.validate;

import java.util.List;
import scot.pmo.model.Catalogue;
import scot.pmo.model.Diagnostics;
import scot.pmo.model.Entity;

/**
 * A check of each file on its own, reading the rest of the catalogue only to look things up:
 * everything it finds is in the file it checks, so after one file changes only that file need be
 * checked again.
 */
public interface FileValidator extends Validator {

  /** Checks {@code entities}, which are in {@code catalogue}. */
  void validate(Catalogue catalogue, List<Entity> entities, Diagnostics diagnostics);

  @Override
  default void validate(Catalogue catalogue, Diagnostics diagnostics) {
    validate(catalogue, catalogue.all(), diagnostics);
  }
}
