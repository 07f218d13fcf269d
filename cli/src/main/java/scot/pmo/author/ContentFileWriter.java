package scot.pmo.author;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a content file whole or not at all, as {@code pmo new}, {@code pmo import} and the edit
 * forms all do: the text goes into a temporary file beside it, flushed to the disk, which then
 * takes the file's name, so that a write cut short leaves the old file (or none) as it was.
 */
public final class ContentFileWriter {

  private ContentFileWriter() {}

  /**
   * Writes a new file {@code file}, never over one: a file of that name that appeared meanwhile is
   * left alone.
   *
   * @throws FileAlreadyExistsException if there is a file of that name
   */
  public static void create(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Path temp = written(file, text, "rw-r--r--");
    try {
      // A rename replaces whatever has the name on most systems; a link to the whole file never
      // does, so a file that appeared since is left alone.
      try {
        Files.createLink(file, temp);
      } catch (FileAlreadyExistsException e) {
        throw e;
      } catch (UnsupportedOperationException | FileSystemException e) {
        // A file system without links: the rename, after a last look.
        if (Files.exists(file)) {
          throw new FileAlreadyExistsException(file.toString());
        }
        move(temp, file);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Writes {@code file} in place of the one there (or as a new one), keeping its permissions. */
  public static void replace(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    String permissions =
        Files.exists(file) && Files.getFileAttributeView(file, PosixFileAttributeView.class) != null
            ? PosixFilePermissions.toString(Files.getPosixFilePermissions(file))
            : "rw-r--r--";
    Path temp = written(file, text, permissions);
    try {
      move(temp, file);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** A temporary file beside {@code file} holding {@code text}, on the disk, with permissions. */
  private static Path written(Path file, String text, String permissions) throws IOException {
    Path temp = Files.createTempFile(file.getParent(), ".pmo-", ".tmp");
    try {
      try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
          out.write(bytes);
        }
        out.force(true);
      }
      PosixFileAttributeView posix = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
      if (posix != null) {
        posix.setPermissions(PosixFilePermissions.fromString(permissions));
      }
      return temp;
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
  }

  private static void move(Path temp, Path file) throws IOException {
    try {
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
