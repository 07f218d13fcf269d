package scot.pmo.workflow;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The SHA-256 of what an output is made from, field by field, under which {@link
 * scot.pmo.publish.OutputCache} keeps it: the papers' keys ({@link PaperInputs}) and the map's
 * ({@link CachedMapPicture}).
 */
final class InputDigest {

  /** pmo's version and, for a snapshot, which build of it: read once. */
  static final String PMO_BUILD = pmoBuild();

  private InputDigest() {}

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java", e);
    }
  }

  static void field(MessageDigest digest, String name, String value) {
    field(digest, name, value.getBytes(StandardCharsets.UTF_8));
  }

  /** A field as its name, its length and its bytes, so that no two sequences of fields collide. */
  static void field(MessageDigest digest, String name, byte[] value) {
    digest.update(name.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
    digest.update(Long.toString(value.length).getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
    digest.update(value);
  }

  /**
   * pmo's version, from its jar. A snapshot's version stays the same while its code changes, so its
   * jar's size and time stand beside it: an output cached by one build of pmo from source is not
   * taken for another's.
   */
  private static String pmoBuild() {
    String version = InputDigest.class.getPackage().getImplementationVersion();
    if (version != null && !version.endsWith("-SNAPSHOT")) {
      return version;
    }
    String build = "development";
    try {
      Path code =
          Path.of(InputDigest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isRegularFile(code)) {
        build = Files.size(code) + "@" + Files.getLastModifiedTime(code);
      }
    } catch (IOException | URISyntaxException | RuntimeException e) {
      // No jar to tell builds apart (classes in a folder, as in tests): the version alone.
    }
    return (version == null ? "" : version + " ") + build;
  }
}
