package scot.pmo.publish.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches folders and every folder below them (the JDK watches one folder at a time, so each is
 * registered, and new ones as they appear), and single files (by their folder, whose other files
 * are left out), and reports which files changed.
 */
public final class ContentWatcher implements AutoCloseable {

  /** How long to wait for more events after the first, so one save makes one rebuild. */
  private static final long SETTLE_MILLIS = 60;

  private final WatchService service;
  private final Map<WatchKey, Path> folders = new HashMap<>();

  /** The single files watched, by the folder watched for them alone. */
  private final Map<Path, Set<Path>> files = new HashMap<>();

  public ContentWatcher(List<Path> roots) throws IOException {
    this(roots, List.of());
  }

  /** Watches the folders {@code roots} with all below them, and the files {@code files}. */
  public ContentWatcher(List<Path> roots, List<Path> files) throws IOException {
    this.service = FileSystems.getDefault().newWatchService();
    for (Path root : roots) {
      if (Files.isDirectory(root)) {
        registerTree(root);
      }
    }
    for (Path file : files) {
      watchFile(file);
    }
  }

  /**
   * Watches one more file, which need not exist yet, through its folder; nothing more when its
   * folder is already watched whole, or the folder does not exist.
   */
  public synchronized void watchFile(Path file) throws IOException {
    Path folder = file.toAbsolutePath().normalize().getParent();
    if (folder == null || folders.containsValue(folder) && !files.containsKey(folder)) {
      return;
    }
    if (!files.containsKey(folder)) {
      if (!Files.isDirectory(folder)) {
        return;
      }
      folders.put(folder.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), folder);
    }
    files
        .computeIfAbsent(folder, f -> new java.util.HashSet<>())
        .add(file.toAbsolutePath().normalize());
  }

  /** Blocks until something changes, then returns the changed paths (empty if interrupted). */
  public Set<Path> awaitChanges() throws InterruptedException {
    Set<Path> changed = new TreeSet<>();
    WatchKey key = service.take();
    while (key != null) {
      Path folder;
      Set<Path> only;
      synchronized (this) {
        folder = folders.get(key);
        only = folder == null ? null : files.get(folder);
      }
      for (WatchEvent<?> event : key.pollEvents()) {
        if (event.kind() == OVERFLOW || folder == null) {
          changed.add(folder == null ? Path.of("") : folder);
          continue;
        }
        Path path = folder.resolve((Path) event.context());
        if (only != null) {
          if (only.contains(path)) {
            changed.add(path); // a file watched alone: its folder's other files do not count
          }
          continue;
        }
        changed.add(path);
        if (event.kind() == ENTRY_CREATE && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
          try {
            registerTree(path);
          } catch (IOException e) {
            // a folder that vanished at once: nothing to watch
          }
        }
      }
      if (!key.reset()) {
        synchronized (this) {
          folders.remove(key);
        }
      }
      key = service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS);
    }
    return changed;
  }

  private synchronized void registerTree(Path root) throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      for (Path dir : all.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
        folders.put(dir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), dir);
      }
    }
  }

  @Override
  public void close() throws IOException {
    service.close();
  }
}
