package scot.pmo.validate;

import scot.pmo.model.Catalogue;
import scot.pmo.model.Diagnostics;
import scot.pmo.model.Entity;

/** One concern of validation: reads the catalogue, adds what it finds to the diagnostics. */
public interface Validator {

  void validate(Catalogue catalogue, Diagnostics diagnostics);

  /**
   * Whether what this check finds anywhere can change when one file is edited in place (the same
   * path, so the same id and kind), from {@code before} to {@code after}: a check that reads only
   * ids and paths, or only other kinds, cannot. The preview validates again only the checks that
   * say yes.
   */
  default boolean affectedBy(Entity before, Entity after) {
    return true;
  }
}
