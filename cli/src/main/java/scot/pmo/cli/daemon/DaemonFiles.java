package scot.pmo.cli.daemon;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import scot.pmo.run.Invocation;

/**
 * Where daemons keep their sockets and logs: a folder only the user may enter ({@code
 * $XDG_RUNTIME_DIR/pmo}, else {@code ~/.cache/pmo/daemons}), one socket per daemon, named after
 * what the daemon was started with (the jar, the Java and its options, the folder).
 */
record DaemonFiles(Path folder) {

  /** The longest socket path every Unix takes (macOS: 104 bytes with the terminating zero). */
  private static final int SOCKET_PATH_MAX = 100;

  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rwx------");

  /**
   * The user's daemon folder, made if need be; empty when there is no home to put it in, or the
   * folder may be entered by others, in which case no daemon is started.
   */
  static Optional<DaemonFiles> forUser() {
    Invocation run = Invocation.current();
    Path folder;
    String runtime = run.env("XDG_RUNTIME_DIR");
    String cache = run.env("XDG_CACHE_HOME");
    String home = run.env("HOME");
    if (runtime != null && !runtime.isBlank()) {
      folder = Path.of(runtime, "pmo");
    } else if (cache != null && !cache.isBlank()) {
      folder = Path.of(cache, "pmo", "daemons");
    } else if (home != null && !home.isBlank()) {
      folder = Path.of(home, ".cache", "pmo", "daemons");
    } else {
      return Optional.empty();
    }
    try {
      if (!Files.isDirectory(folder)) {
        Files.createDirectories(folder.getParent());
        Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
      }
      // Another user who could enter the folder could talk to the daemons, which run as this one.
      if (!Files.getPosixFilePermissions(folder).equals(OWNER_ONLY)
          || !Files.getOwner(folder).getName().equals(System.getProperty("user.name"))) {
        return Optional.empty();
      }
    } catch (IOException | UnsupportedOperationException e) {
      // A folder that cannot be made, or a file system without POSIX permissions, which could
      // not keep others out: no daemon.
      return Optional.empty();
    }
    return Optional.of(new DaemonFiles(folder));
  }

  /**
   * The key of the daemon started with {@code java}, {@code options} and {@code jar} in {@code
   * dir}: a 64-bit FNV-1a hash of them, which tells a user's few daemons apart. Not a digest:
   * nothing rests on its being hard to forge (the folder keeps others out), and the JDK's message
   * digests take the client longer to set up (their providers, a random source) than the rest of
   * its run.
   */
  static String key(Path java, List<String> options, Path jar, Path dir) throws IOException {
    StringBuilder what = new StringBuilder();
    what.append(Protocol.MAGIC).append('\0');
    what.append(java).append('\0');
    for (String option : options) {
      what.append(option).append('\0');
    }
    Path real = jar.toRealPath();
    what.append(real).append('\0');
    what.append(Files.getLastModifiedTime(real).toMillis()).append('\0');
    what.append(Files.size(real)).append('\0');
    what.append(dir.toRealPath());
    long hash = 0xcbf29ce484222325L;
    for (byte b : what.toString().getBytes(StandardCharsets.UTF_8)) {
      hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
    }
    return Long.toHexString(hash);
  }

  Path socket(String key) {
    return folder.resolve(key + ".sock");
  }

  Path log(String key) {
    return folder.resolve(key + ".log");
  }

  Path lock(String key) {
    return folder.resolve(key + ".lock");
  }

  /** Left by a daemon that would not start, so that later clients do without. */
  Path failed(String key) {
    return folder.resolve(key + ".failed");
  }

  /** Whether a socket for {@code key} fits in a socket address here. */
  boolean fits(String key) {
    return socket(key).toString().getBytes(StandardCharsets.UTF_8).length <= SOCKET_PATH_MAX;
  }

  /** The sockets of every daemon of this user's that may be running. */
  List<Path> sockets() throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".sock")).sorted().toList();
    }
  }

  /**
   * Removes what daemons no longer running left (their logs, locks and marks of a failed start), so
   * that the folder does not grow with every build of pmo; the next command starts afresh.
   */
  void prune() throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot > 0
            && List.of(".log", ".lock", ".failed").contains(name.substring(dot))
            && !Files.exists(socket(name.substring(0, dot)))) {
          Files.deleteIfExists(file);
        }
      }
    }
  }
}
