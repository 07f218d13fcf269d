package scot.pmo.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes generated files into an output folder so that a reader never sees half a file: each is
 * written to a temporary file in the same folder and then moved over the old one in one step. A
 * failure leaves the previous file as it was. The folder may not lie inside the repository's {@code
 * content/} or {@code templates/}, which generation never changes.
 */
public final class AtomicPublisher {

  private final Path out;

  /**
   * A publisher into {@code out}.
   *
   * @throws OutputFolderException if {@code out} is inside {@code repo/content} or {@code
   *     repo/templates}
   */
  public AtomicPublisher(Path repo, Path out) {
    this.out = out.toAbsolutePath().normalize();
    Path root = real(repo.toAbsolutePath().normalize());
    Path target = real(this.out);
    for (String guarded : List.of("content", "templates")) {
      Path folder = root.resolve(guarded);
      if (target.startsWith(folder)) {
        throw new OutputFolderException(
            "the output folder "
                + out
                + " is inside "
                + guarded
                + "/, which generation never writes to");
      }
    }
  }

  /** Writes every file, each atomically; returns their paths. */
  public List<Path> publish(List<OutputFile> files) {
    List<Path> written = new ArrayList<>();
    for (OutputFile file : files) {
      written.add(write(file));
    }
    return written;
  }

  private Path write(OutputFile file) {
    Path target = out.resolve(file.name()).normalize();
    if (!target.startsWith(out) || target.equals(out)) {
      throw new IllegalArgumentException(
          "the file name " + file.name() + " leads outside the output folder");
    }
    Path temp = null;
    try {
      Files.createDirectories(target.getParent());
      temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
      Files.write(temp, file.bytes());
      readableByAll(temp);
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      temp = null;
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // the temporary file is left behind; the target is untouched either way
        }
      }
    }
  }

  /** Temporary files are private; a published paper is for everyone, as any other file. */
  private static void readableByAll(Path file) throws IOException {
    if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    }
  }

  /** The path with symbolic links resolved as far as the path exists. */
  static Path real(Path path) {
    Path existing = path;
    Path rest = Path.of("");
    while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
      rest = existing.getFileName().resolve(rest);
      existing = existing.getParent();
    }
    if (existing == null) {
      return path;
    }
    try {
      return existing.toRealPath().resolve(rest).normalize();
    } catch (IOException e) {
      return path;
    }
  }
}
