package scot.pmo.workflow;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import scot.pmo.load.ContentLoader;
import scot.pmo.publish.AtomicFolderPublisher;

/**
 * The size, modification time and identity of every file in a repository, taken at one moment: two
 * such scans tell which files changed in between, without reading them. Leaves out git's folder,
 * pmo's caches and the folders pmo builds (those holding its marker), whose files no check reads.
 */
final class RepoStamps {

  /**
   * How close to a scan a file's modification time must be for the scan not to vouch for it: on a
   * file system that keeps times to the second or two, a file written again within the same tick
   * looks unchanged, so such a file counts as changed at the next scan.
   */
  private static final long UNSETTLED_NANOS = 2_000_000_000L;

  private record Stamp(long size, long modifiedNanos, Object identity) {}

  private final Map<String, Stamp> files;
  private final Instant taken;

  private RepoStamps(Map<String, Stamp> files, Instant taken) {
    this.files = files;
    this.taken = taken;
  }

  /** The stamps of {@code repo}'s files now; empty when the folder cannot be walked. */
  static Optional<RepoStamps> of(Path repo) {
    Instant taken = Instant.now();
    Map<String, Stamp> files = new HashMap<>();
    try {
      Files.walkFileTree(
          repo,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
              if (!dir.equals(repo)
                  && (name.equals(".git")
                      || name.equals(".pmo")
                      || Files.exists(dir.resolve(AtomicFolderPublisher.MARKER)))) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              files.put(
                  repo.relativize(file).toString().replace('\\', '/'),
                  new Stamp(
                      attrs.size(),
                      attrs.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS),
                      attrs.fileKey()));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      return Optional.empty();
    }
    return Optional.of(new RepoStamps(files, taken));
  }

  /**
   * The files of content/ edited in place since {@code this} scan, as of {@code now}; empty when
   * anything else changed (a file added or removed anywhere, or any file outside content/ changed:
   * pmo.yaml, the logo, a template, a file a link leads to), or more than {@code most} files did.
   */
  Optional<List<String>> contentEditsTo(RepoStamps now, int most) {
    if (!files.keySet().equals(now.files.keySet())) {
      return Optional.empty();
    }
    long unsettled = taken.getEpochSecond() * 1_000_000_000L + taken.getNano() - UNSETTLED_NANOS;
    List<String> edited = new ArrayList<>();
    for (Map.Entry<String, Stamp> file : files.entrySet()) {
      Stamp before = file.getValue();
      if (before.equals(now.files.get(file.getKey())) && before.modifiedNanos() < unsettled) {
        continue;
      }
      if (!file.getKey().startsWith(ContentLoader.CONTENT + "/") || edited.size() == most) {
        return Optional.empty();
      }
      edited.add(file.getKey());
    }
    edited.sort(null);
    return Optional.of(edited);
  }
}
