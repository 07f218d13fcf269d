package scot.pmo.validate;

import scot.pmo.model.Catalogue;
import scot.pmo.model.Diagnostics;

/**
 * The outcome of validating the content: what was loaded, and every problem found.
 *
 * @param catalogue the entities that could be read
 * @param diagnostics the problems, from loading and from every check
 * @param filesRead how many content files were read
 */
public record Validation(Catalogue catalogue, Diagnostics diagnostics, int filesRead) {}
