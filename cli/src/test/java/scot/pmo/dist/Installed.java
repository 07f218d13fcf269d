package scot.pmo.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * What the tests of the distribution share: the archive unpacked as a user would, and runs of its
 * launcher as whole processes, from folders outside the source tree.
 */
final class Installed {

  /** How long one run of the launcher may take. */
  static final long TIMEOUT_SECONDS = 120;

  /** bash, which runs the launcher whether or not PATH holds it. */
  static final Path BASH =
      Files.isExecutable(Path.of("/bin/bash")) ? Path.of("/bin/bash") : Path.of("bash");

  /**
   * The distribution's zip unpacked under {@code tmp} ({@code home}: {@code pmo-VERSION/}); the
   * sample content copied outside the source tree without templates (pmo's own are in the jar) and
   * committed to git ({@code repo}); and a folder on no PATH's way for HOME and the XDG folders of
   * every run ({@code user}).
   */
  record Setup(Path home, Path repo, Path user) {

    static Setup in(Path tmp) throws IOException {
      Path home =
          unzip(Path.of(property("dist.zip")), tmp.resolve("install"))
              .resolve("pmo-" + property("dist.version") + "/");
      Path repo = tmp.resolve("programme");
      copyTree(Path.of(property("dist.repository")).resolve("content"), repo.resolve("content"));
      scot.pmo.GitScratch.init(repo)
          .commit("The programme as it stands", "Sam Sample", "2024-03-01T10:00:00+00:00");
      return new Setup(home, repo, Files.createDirectories(tmp.resolve("user")));
    }
  }

  /** What a run printed, and how it ended. */
  record Finished(int exitCode, String out, String err) {}

  private Installed() {}

  static Finished run(Path dir, Map<String, String> env, String... command) {
    try {
      Path out = Files.createTempFile("pmo-out", ".txt");
      Path err = Files.createTempFile("pmo-err", ".txt");
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(dir.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
              .redirectOutput(out.toFile())
              .redirectError(err.toFile());
      builder.environment().clear();
      builder.environment().putAll(env);
      Process process = builder.start();
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError(String.join(" ", command) + " ran over " + TIMEOUT_SECONDS + " s");
      }
      return new Finished(process.exitValue(), read(out), read(err));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Unpacks a zip, giving each file the permissions its entry records. */
  static Path unzip(Path archive, Path into) throws IOException {
    try (ZipFile zip = ZipFile.builder().setPath(archive).get()) {
      for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
        Path target = into.resolve(entry.getName()).normalize();
        assertThat(target.startsWith(into)).as("%s stays inside", entry.getName()).isTrue();
        if (entry.isDirectory()) {
          Files.createDirectories(target);
          continue;
        }
        Files.createDirectories(target.getParent());
        try (InputStream in = zip.getInputStream(entry)) {
          Files.copy(in, target);
        }
        if (entry.getUnixMode() != 0) {
          Files.setPosixFilePermissions(target, permissions(entry.getUnixMode()));
        }
      }
    }
    return into;
  }

  static Set<PosixFilePermission> permissions(int mode) {
    Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
    PosixFilePermission[] bits = PosixFilePermission.values(); // OWNER_READ ... OTHERS_EXECUTE
    for (int i = 0; i < bits.length; i++) {
      if ((mode & (0400 >> i)) != 0) {
        set.add(bits[i]);
      }
    }
    return set;
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path source : files.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }

  static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String property(String name) {
    String value = System.getProperty(name);
    if (value == null) {
      throw new IllegalStateException(
          name + " is not set: DistributionIT runs under failsafe, after 'mvn package'");
    }
    return value;
  }
}
