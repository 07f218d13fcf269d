package scot.pmo.validate;

import scot.pmo.model.Catalogue;
import scot.pmo.model.Diagnostics;

/** One concern of validation: reads the catalogue, adds what it finds to the diagnostics. */
public interface Validator {

  void validate(Catalogue catalogue, Diagnostics diagnostics);
}
