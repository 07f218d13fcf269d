package scot.pmo.publish.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import scot.pmo.author.ContentFileWriter;
import scot.pmo.load.ContentLoader;
import scot.pmo.model.Kind;

/**
 * The content files an edit may read and write: a path from a request is taken only if it names a
 * file of a kind's folder under {@code content/} (no {@code ..}, no absolute path, no link out of
 * the folder), and a file is written whole or not at all, through a temporary file in the same
 * folder moved into its place.
 */
final class ContentFiles {

  private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*\\.(md|yaml|yml)");

  private final Path repo;

  ContentFiles(Path repo) {
    this.repo = repo.toAbsolutePath().normalize();
  }

  /**
   * The file {@code path} names ({@code content/<kind's folder>/<id>.<md|yaml>}), or empty when it
   * names anything else, or a file or folder that is a link.
   */
  Optional<Path> resolve(String path) {
    if (path == null) {
      return Optional.empty();
    }
    String[] parts = path.split("/", -1);
    if (parts.length != 3
        || !parts[0].equals(ContentLoader.CONTENT)
        || Kind.byFolder(parts[1]).isEmpty()
        || !NAME.matcher(parts[2]).matches()) {
      return Optional.empty();
    }
    Path content = repo.resolve(ContentLoader.CONTENT);
    Path folder = content.resolve(parts[1]);
    Path file = folder.resolve(parts[2]).normalize();
    try {
      if (!file.startsWith(content)
          || Files.isSymbolicLink(content)
          || Files.isSymbolicLink(folder)
          || !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
          || !folder.toRealPath().equals(content.toRealPath().resolve(parts[1]))) {
        return Optional.empty();
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)
        && (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
            || ContentLoader.linkCount(file) > 1)) {
      return Optional.empty();
    }
    return Optional.of(file);
  }

  /** The file's bytes, or empty when there is no file. */
  static Optional<byte[]> read(Path file) throws IOException {
    return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
        ? Optional.of(Files.readAllBytes(file))
        : Optional.empty();
  }

  /** A short fingerprint of a file's bytes, to tell whether it changed since a form opened. */
  static String fingerprint(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Writes {@code text} to {@code file} whole or not at all ({@link ContentFileWriter#replace}), so
   * that a save cut short leaves the old file as it was.
   */
  static void write(Path file, String text) throws IOException {
    ContentFileWriter.replace(file, text);
  }

  /** The file's path from the repository, with '/'. */
  String relative(Path file) {
    return repo.relativize(file).toString().replace('\\', '/');
  }
}
