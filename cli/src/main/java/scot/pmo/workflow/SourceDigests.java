package scot.pmo.workflow;

import java.security.MessageDigest;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import scot.pmo.model.Entity;

/**
 * The digest of each entity's source that a paper's cache key covers, kept from one build to the
 * next for as long as the process lives. The daemon keeps the entities of files that have not
 * changed as the command before read them, so a build after an edit digests only what was read
 * again: at 10,000 entities, digesting every source a paper read took a quarter of a second of each
 * build's keys.
 *
 * <p>A digest is reused only for the very entity it was made from (the same object, and entities
 * are immutable), so an entity read again from a changed file, or from another repository by the
 * same path, is digested afresh. One digest is kept per path: the latest. (Whoever changes an
 * entity's data copies it first, as the audience views and the field editor do.)
 */
final class SourceDigests {

  private record Known(Entity entity, byte[] digest) {}

  private static final Map<String, Known> BY_PATH = new ConcurrentHashMap<>();

  private SourceDigests() {}

  static byte[] of(Entity entity) {
    Known known = BY_PATH.get(entity.path());
    if (known != null && known.entity() == entity) {
      return known.digest();
    }
    // Made outside any lock, so that the cores do not wait on each other: two papers may both
    // digest an entity, to the same bytes.
    MessageDigest digest = InputDigest.sha256();
    InputDigest.field(digest, "data", entity.data().toString());
    InputDigest.field(digest, "body", entity.body());
    byte[] made = digest.digest();
    BY_PATH.put(entity.path(), new Known(entity, made));
    return made;
  }
}
