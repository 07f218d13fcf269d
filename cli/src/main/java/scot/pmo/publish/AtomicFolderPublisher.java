package scot.pmo.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Replaces a whole output folder in one step: the new folder is written beside the old one ({@code
 * site.tmp-<random>}, on the same file system), and only when it is complete is the old one moved
 * aside ({@code site.old-<random>}), the new one renamed into place and the old one deleted. A
 * build that fails or is killed leaves the previous folder as it was.
 *
 * <p>Every folder it writes holds a marker file, {@value #MARKER}; a non-empty folder without it is
 * never replaced or deleted, so that a mistyped {@code --out} cannot wipe someone's files. A lock
 * file beside the folder keeps two builds from swapping at once.
 */
public final class AtomicFolderPublisher {

  /** The marker file in every folder this publisher writes. */
  public static final String MARKER = ".pmo-site";

  private static final String MARKER_TEXT =
      "This folder is written by 'pmo build' and replaced whole on every build.\n";
  private static final SecureRandom RANDOM = new SecureRandom();

  /** The locks that builds in this process hold, by lock file. */
  private static final java.util.Map<Path, Held> HELD = new java.util.HashMap<>();

  /** Writes the new folder's content into the staging folder it is given. */
  @FunctionalInterface
  public interface Writer {
    void write(Path staging) throws IOException;
  }

  private final Path target;
  private final List<Path> guarded;

  /**
   * A publisher of {@code target}, which may neither lie inside nor hold any of {@code guarded}
   * (the repository's content/ and templates/ folders).
   *
   * @throws OutputRefusedException if it does
   */
  public AtomicFolderPublisher(Path target, List<Path> guarded) {
    this.target = target.toAbsolutePath().normalize();
    this.guarded = guarded.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    // Compared with symbolic links resolved: 'site' may be a link into content/.
    Path real = AtomicPublisher.real(this.target);
    for (Path folder : this.guarded) {
      Path realFolder = AtomicPublisher.real(folder);
      if (real.startsWith(realFolder)
          || realFolder.startsWith(real)
          || this.target.startsWith(folder)
          || folder.startsWith(this.target)) {
        throw new OutputRefusedException(
            "the output folder "
                + this.target
                + " overlaps "
                + folder
                + ", which a build never writes to",
            "give --out a folder of its own, such as site");
      }
    }
  }

  /** The folder this publisher replaces. */
  public Path target() {
    return target;
  }

  /**
   * Writes a new folder with {@code writer} and swaps it in place of the target.
   *
   * @throws OutputRefusedException if the target is not a folder this publisher wrote, or another
   *     build holds the lock
   */
  public void publish(Writer writer) {
    Path parent = target.getParent();
    String name = target.getFileName().toString();
    Held held = acquire(true);
    try {
      recover(parent, name);
      checkReplaceable();
      Path staging = createSibling(parent, name + ".tmp-");
      try {
        Files.writeString(staging.resolve(MARKER), MARKER_TEXT, StandardCharsets.UTF_8);
        writer.write(staging);
        swap(staging, parent, name);
        staging = null;
      } finally {
        if (staging != null) {
          deleteTree(staging);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot publish " + target, e);
    } finally {
      release(held);
    }
  }

  /**
   * Takes the lock on the target now, for this thread, so that a second build stops at once rather
   * than after validating; the thread's {@link #publish} then uses it and releases it. A build that
   * ends before publishing leaves it to the end of its process, or of its thread.
   *
   * @throws OutputRefusedException if another build holds the lock
   */
  public void hold() {
    acquire(false);
  }

  /** A lock this process holds: its channel, and the thread of the build that holds it. */
  private static final class Held {
    final Path lockFile;
    final FileChannel channel;
    final Thread thread;
    boolean publishing;

    Held(Path lockFile, FileChannel channel, Thread thread) {
      this.lockFile = lockFile;
      this.channel = channel;
      this.thread = thread;
    }
  }

  /**
   * The lock on the target, taken now or already held by this thread's build. On Linux a process's
   * lock on a file is dropped when it closes any descriptor of that file, so this process opens the
   * lock file once while it holds the lock, and another build in the same process is refused
   * without opening it.
   */
  private Held acquire(boolean publishing) {
    Path parent = target.getParent();
    Path lockFile = parent.resolve("." + target.getFileName() + ".pmo-lock");
    synchronized (HELD) {
      Held held = HELD.get(lockFile);
      if (held != null && held.thread == Thread.currentThread() && !held.publishing) {
        held.publishing = publishing;
        return held;
      }
      if (held != null && held.thread.isAlive()) {
        throw locked(lockFile, " (this process)");
      }
      if (held != null) {
        release(held); // its build's thread ended before publishing
      }
      FileChannel channel = null;
      try {
        Files.createDirectories(parent);
        channel =
            FileChannel.open(
                lockFile,
                StandardOpenOption.CREATE,
                StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        if (tryLock(channel) == null) {
          throw locked(lockFile, holder(channel));
        }
        sign(channel);
        held = new Held(lockFile, channel, Thread.currentThread());
        held.publishing = publishing;
        HELD.put(lockFile, held);
        channel = null;
        return held;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot lock " + lockFile, e);
      } finally {
        if (channel != null) {
          try {
            channel.close();
          } catch (IOException e) {
            // nothing was locked through it
          }
        }
      }
    }
  }

  /**
   * Releases a lock. The file stays: deleting it would let a build that opened it just before take
   * the lock on the deleted file while a third locks a new one, and both would write.
   */
  private static void release(Held held) {
    synchronized (HELD) {
      HELD.remove(held.lockFile, held);
      try (FileChannel channel = held.channel) {
        channel.truncate(0);
      } catch (IOException e) {
        // closing the channel releases the lock all the same
      }
    }
  }

  private OutputRefusedException locked(Path lockFile, String holder) {
    return new OutputRefusedException(
        "another build is writing " + target + holder,
        "wait for it to finish, then build again. The lock is held by that build's process,"
            + " not by the file "
            + lockFile
            + ": it ends when the build ends, even if the"
            + " build is killed, so a lock file left behind never stops a later build");
  }

  /** Writes who holds the lock into the lock file, through the locked channel itself. */
  private static void sign(FileChannel channel) throws IOException {
    byte[] bytes =
        ("process "
                + ProcessHandle.current().pid()
                + ", since "
                + java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                + "; nonce "
                + HexFormat.of().formatHex(nonce())
                + "\n")
            .getBytes(StandardCharsets.UTF_8);
    channel.truncate(0);
    channel.write(java.nio.ByteBuffer.wrap(bytes), 0);
    channel.force(false);
  }

  private static byte[] nonce() {
    byte[] bytes = new byte[8];
    RANDOM.nextBytes(bytes);
    return bytes;
  }

  /**
   * Who holds the lock, as the lock file says, for the message; "" if it cannot be read. Read
   * through the channel already open: the holder may be this process.
   */
  private static String holder(FileChannel channel) {
    try {
      java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(200);
      while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) > 0) {
        // read on: one read may return part of the file
      }
      String text =
          new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).strip();
      int nonce = text.indexOf("; nonce");
      text = nonce >= 0 ? text.substring(0, nonce) : text;
      return text.matches("process [0-9]+, since [0-9TZ:-]+") ? " (" + text + ")" : "";
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }

  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      return null; // held by this process: another build in the same JVM
    }
  }

  /** Refuses a target that is a file, or a non-empty folder without the marker. */
  private void checkReplaceable() throws IOException {
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new OutputRefusedException(
          target + " exists and is not a folder", "give --out a folder, or move the file away");
    }
    if (!isEmpty(target) && !Files.isRegularFile(target.resolve(MARKER))) {
      throw new OutputRefusedException(
          "the output folder "
              + target
              + " is not empty and was not written by pmo build (it has no "
              + MARKER
              + " file)",
          "give --out a new or empty folder, or move the files in " + target + " away");
    }
  }

  private void swap(Path staging, Path parent, String name) throws IOException {
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      move(staging, target);
      return;
    }
    Path old = siblingName(parent, name + ".old-");
    move(target, old);
    try {
      move(staging, target);
    } catch (IOException e) {
      move(old, target);
      throw e;
    }
    deleteTree(old);
  }

  /**
   * Tidies up after a build that was killed: deletes its staging and old folders (those with the
   * marker), and puts the previous folder back if it was killed between the two renames.
   */
  private void recover(Path parent, String name) throws IOException {
    List<Path> leftovers = new ArrayList<>();
    try (DirectoryStream<Path> siblings = Files.newDirectoryStream(parent)) {
      for (Path p : siblings) {
        String n = p.getFileName().toString();
        if ((n.startsWith(name + ".tmp-") || n.startsWith(name + ".old-"))
            && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
            && (Files.isRegularFile(p.resolve(MARKER)) || isEmpty(p))) {
          leftovers.add(p);
        }
      }
    }
    leftovers.sort(Comparator.comparing(Path::toString));
    for (Path p : leftovers) {
      if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)
          && p.getFileName().toString().startsWith(name + ".old-")) {
        move(p, target);
      } else {
        deleteTree(p);
      }
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  private static Path createSibling(Path parent, String prefix) throws IOException {
    return Files.createTempDirectory(parent, prefix);
  }

  private static Path siblingName(Path parent, String prefix) {
    byte[] bytes = new byte[6];
    while (true) {
      RANDOM.nextBytes(bytes);
      Path p = parent.resolve(prefix + HexFormat.of().formatHex(bytes));
      if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
        return p;
      }
    }
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.findAny().isEmpty();
    }
  }

  /**
   * Deletes a folder and everything in it, without following symbolic links. A build that failed on
   * one core may still be writing its last page on the other for a moment, so a folder that gains a
   * file while it is being emptied is emptied again.
   */
  static void deleteTree(Path root) throws IOException {
    for (int attempt = 1; ; attempt++) {
      if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
        return;
      }
      List<Path> all;
      try (Stream<Path> walk = Files.walk(root)) {
        all = walk.sorted(Comparator.reverseOrder()).toList();
      }
      try {
        for (Path p : all) {
          Files.deleteIfExists(p);
        }
        return;
      } catch (java.nio.file.DirectoryNotEmptyException e) {
        if (attempt == 50) {
          throw e;
        }
        try {
          Thread.sleep(20);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }
}
