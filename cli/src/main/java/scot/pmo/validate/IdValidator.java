package scot.pmo.validate;

import java.util.HashMap;
import java.util.Map;
import scot.pmo.model.Catalogue;
import scot.pmo.model.Diagnostic;
import scot.pmo.model.Diagnostics;
import scot.pmo.model.Entity;
import scot.pmo.model.SourceRef;

/**
 * Checks that every file name gives a well-formed id, and that no two files, of any kinds, give the
 * same id.
 */
public final class IdValidator implements Validator {

  @Override
  public void validate(Catalogue catalogue, Diagnostics diagnostics) {
    Map<String, Entity> first = new HashMap<>();
    for (Entity entity : catalogue.all()) {
      SourceRef file = new SourceRef(entity.path(), 1, 1);
      if (!Ids.isValid(entity.id())) {
        diagnostics.add(
            Diagnostic.error(
                "invalid-id",
                file,
                "the file name gives the id '" + entity.id() + "', which is not a valid id",
                "rename the file to '"
                    + Ids.slug(entity.id())
                    + extension(entity)
                    + "': ids are lower-case letters and digits in words joined by hyphens, at"
                    + " most "
                    + Ids.MAX_LENGTH
                    + " characters"));
      } else if (Ids.isWindowsReserved(entity.id())) {
        diagnostics.add(
            Diagnostic.error(
                "invalid-id",
                file,
                "the id '"
                    + entity.id()
                    + "' is a device name on Windows, so its files and"
                    + " pages could not be written or checked out there",
                "rename the file, e.g. to '"
                    + entity.id()
                    + "-"
                    + entity.kind().label()
                    + extension(entity)
                    + "'"));
      }
      Entity earlier = first.putIfAbsent(entity.id(), entity);
      if (earlier != null) {
        diagnostics.add(
            Diagnostic.error(
                "duplicate-id",
                file,
                "the id '" + entity.id() + "' is already used by " + earlier.path(),
                "ids are shared by every kind, so each file name must be unique: rename one of"
                    + " the two files (and the references to it)"));
      }
    }
  }

  private static String extension(Entity entity) {
    String path = entity.path();
    return path.substring(path.lastIndexOf('.')).toLowerCase(java.util.Locale.ROOT);
  }

  /** Ids come from file names, which an edit in place keeps. */
  @Override
  public boolean affectedBy(Entity before, Entity after) {
    return false;
  }
}
