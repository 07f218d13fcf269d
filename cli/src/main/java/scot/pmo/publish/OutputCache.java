package scot.pmo.publish;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * Outputs kept between runs, so that one whose inputs have not changed is copied rather than made
 * again: the rendered papers, and the interdependency map's pictures (whose layout by ELK is a
 * fifth of a small build). Each is one file, named by the key of its inputs and its extension
 * ({@code <sha-256>.pdf}), holding the output's length and CRC-32 and then its bytes, so that a
 * damaged or cut-short file is noticed and ignored. A checksum rather than a digest: whoever can
 * write the file can write either, and a CRC-32 is computed natively, where a SHA-256 of every
 * output, compiled by the quick compiler alone, was a twentieth of the papers' time. Files are
 * written atomically (a temporary file, then a move). The caches live in the repository's {@code
 * .pmo/cache/}, which is git-ignored and lies outside {@code content/} and {@code templates/};
 * nothing in them is needed, and any failure to read or write them only means the output is made
 * again.
 */
public final class OutputCache {

  /** Where the papers are kept, relative to the repository. */
  public static final String PAPERS = ".pmo/cache/papers";

  /** Where the map's pictures are kept, relative to the repository. */
  public static final String MAPS = ".pmo/cache/maps";

  private static final Pattern NAME = Pattern.compile("[0-9a-f]{64}\\.[a-z]{1,8}");

  /** The length and the CRC-32 of the output, before its bytes. */
  private static final int HEADER = 8;

  private final Path folder;
  private final boolean enabled;
  private final Set<String> used = ConcurrentHashMap.newKeySet();

  private OutputCache(Path folder, boolean enabled) {
    this.folder = folder;
    this.enabled = enabled;
  }

  /** The papers kept in the repository {@code repo}. */
  public static OutputCache papers(Path repo) {
    return in(repo, PAPERS);
  }

  /** The map's pictures kept in the repository {@code repo}. */
  public static OutputCache maps(Path repo) {
    return in(repo, MAPS);
  }

  private static OutputCache in(Path repo, String folder) {
    return new OutputCache(repo.toAbsolutePath().normalize().resolve(folder), true);
  }

  /** No cache: everything is made again, and nothing is kept ({@code --no-cache}). */
  public static OutputCache none() {
    return new OutputCache(null, false);
  }

  /** Whether outputs are looked for and kept. */
  public boolean enabled() {
    return enabled;
  }

  /** The folder, for messages. */
  public Optional<Path> folder() {
    return Optional.ofNullable(folder);
  }

  /**
   * The output kept for {@code key} in {@code extension}, if there is one and it is whole. A file
   * that is damaged or cannot be read is removed and the output is made again.
   */
  public Optional<byte[]> get(String key, String extension) {
    if (!enabled) {
      return Optional.empty();
    }
    String name = key + "." + extension;
    used.add(name);
    Path file = folder.resolve(name);
    try {
      if (!Files.isRegularFile(file)) {
        return Optional.empty();
      }
      byte[] stored = Files.readAllBytes(file);
      if (stored.length >= HEADER) {
        ByteBuffer header = ByteBuffer.wrap(stored, 0, HEADER);
        int length = header.getInt();
        int checksum = header.getInt();
        if (length == stored.length - HEADER && checksum == crc(stored, HEADER, length)) {
          return Optional.of(Arrays.copyOfRange(stored, HEADER, stored.length));
        }
      }
      Files.deleteIfExists(file);
    } catch (IOException | RuntimeException e) {
      // Unreadable: make it again, and overwrite it below.
    }
    return Optional.empty();
  }

  /** Keeps {@code bytes} as the output for {@code key} in {@code extension}. */
  public void put(String key, String extension, byte[] bytes) {
    if (!enabled) {
      return;
    }
    String name = key + "." + extension;
    used.add(name);
    try {
      Files.createDirectories(folder);
      Path temp = Files.createTempFile(folder, "." + key.substring(0, 12), ".tmp");
      try {
        byte[] stored = new byte[HEADER + bytes.length];
        ByteBuffer.wrap(stored).putInt(bytes.length).putInt(crc(bytes, 0, bytes.length));
        System.arraycopy(bytes, 0, stored, HEADER, bytes.length);
        Files.write(temp, stored);
        try {
          Files.move(
              temp,
              folder.resolve(name),
              StandardCopyOption.ATOMIC_MOVE,
              StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException | RuntimeException e) {
      // A cache that cannot be written costs only the making next time.
    }
  }

  /**
   * Removes every output this run neither found nor kept, and temporary files left by an
   * interrupted run, so that the cache holds only the last build's.
   */
  public void prune() {
    if (!enabled || !Files.isDirectory(folder)) {
      return;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
      for (Path file : files) {
        String name = file.getFileName().toString();
        boolean ours = NAME.matcher(name).matches() || name.endsWith(".tmp");
        if (ours && !used.contains(name) && Files.isRegularFile(file)) {
          Files.deleteIfExists(file);
        }
      }
    } catch (IOException | RuntimeException e) {
      // Left for the next build to remove.
    }
  }

  private static int crc(byte[] bytes, int offset, int length) {
    CRC32 crc = new CRC32();
    crc.update(bytes, offset, length);
    return (int) crc.getValue();
  }
}
