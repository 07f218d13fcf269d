package scot.pmo.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFolderPublisherTest {

  @TempDir Path dir;

  private AtomicFolderPublisher publisher(Path target) {
    return new AtomicFolderPublisher(
        target, List.of(dir.resolve("content"), dir.resolve("templates")));
  }

  private List<String> siblings() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      // The lock file stays between builds: see AtomicFolderPublisher.publish.
      return s.map(p -> p.getFileName().toString())
          .filter(n -> !n.equals(".site.pmo-lock"))
          .sorted()
          .toList();
    }
  }

  @Test
  void writesANewFolderWithTheMarker() throws IOException {
    Path site = dir.resolve("site");
    publisher(site).publish(out -> Files.writeString(out.resolve("index.html"), "one"));
    assertThat(site.resolve("index.html")).hasContent("one");
    assertThat(site.resolve(AtomicFolderPublisher.MARKER)).exists();
    assertThat(siblings()).containsExactly("site");
  }

  @Test
  void replacesTheOldFolderWhole() throws IOException {
    Path site = dir.resolve("site");
    publisher(site).publish(out -> Files.writeString(out.resolve("old.html"), "old"));
    publisher(site).publish(out -> Files.writeString(out.resolve("new.html"), "new"));
    assertThat(site.resolve("new.html")).hasContent("new");
    assertThat(site.resolve("old.html")).doesNotExist();
    assertThat(siblings()).containsExactly("site");
  }

  @Test
  void aFailedBuildLeavesThePreviousFolderAsItWas() throws IOException {
    Path site = dir.resolve("site");
    publisher(site).publish(out -> Files.writeString(out.resolve("index.html"), "before"));
    assertThatThrownBy(
            () ->
                publisher(site)
                    .publish(
                        out -> {
                          Files.writeString(out.resolve("index.html"), "half");
                          throw new IOException("the build failed half-way");
                        }))
        .hasRootCauseMessage("the build failed half-way");
    assertThat(site.resolve("index.html")).hasContent("before");
    assertThat(siblings()).containsExactly("site");
  }

  @Test
  void refusesAFolderItDidNotWrite() throws IOException {
    Path mine = dir.resolve("documents");
    Files.createDirectories(mine);
    Files.writeString(mine.resolve("thesis.txt"), "precious");
    assertThatThrownBy(() -> publisher(mine).publish(out -> {}))
        .isInstanceOf(OutputRefusedException.class)
        .hasMessageContaining(mine.toString())
        .hasMessageContaining(".pmo-site");
    assertThat(mine.resolve("thesis.txt")).hasContent("precious");
  }

  @Test
  void acceptsAnEmptyFolder() throws IOException {
    Path empty = dir.resolve("empty");
    Files.createDirectories(empty);
    publisher(empty).publish(out -> Files.writeString(out.resolve("a.html"), "a"));
    assertThat(empty.resolve("a.html")).exists();
  }

  @Test
  void refusesToWriteIntoContentOrTemplates() {
    assertThatThrownBy(() -> publisher(dir.resolve("content/site")))
        .isInstanceOf(OutputRefusedException.class)
        .hasMessageContaining("content");
    assertThatThrownBy(() -> publisher(dir)).isInstanceOf(OutputRefusedException.class);
  }

  @Test
  void tidiesUpAfterABuildThatWasKilled() throws IOException {
    Path site = dir.resolve("site");
    publisher(site).publish(out -> Files.writeString(out.resolve("index.html"), "live"));
    Path leftover = dir.resolve("site.tmp-123");
    Files.createDirectories(leftover);
    Files.writeString(leftover.resolve(AtomicFolderPublisher.MARKER), "");
    Path foreign = dir.resolve("site.tmp-not-ours");
    Files.createDirectories(foreign);
    Files.writeString(foreign.resolve("keep.txt"), "keep");
    publisher(site).publish(out -> Files.writeString(out.resolve("index.html"), "next"));
    assertThat(siblings()).containsExactly("site", "site.tmp-not-ours");
  }

  @Test
  void putsThePreviousFolderBackIfKilledBetweenTheRenames() throws IOException {
    Path site = dir.resolve("site");
    publisher(site).publish(out -> Files.writeString(out.resolve("index.html"), "live"));
    Files.move(site, dir.resolve("site.old-abc"));
    assertThatThrownBy(
            () ->
                publisher(site)
                    .publish(
                        out -> {
                          throw new IOException("fails");
                        }))
        .hasRootCauseMessage("fails");
    assertThat(site.resolve("index.html")).hasContent("live");
  }

  @Test
  void aSecondBuildWhileTheFirstRunsIsRefused() throws IOException {
    Path site = dir.resolve("site");
    publisher(site)
        .publish(
            out ->
                assertThatThrownBy(() -> publisher(site).publish(inner -> {}))
                    .isInstanceOf(OutputRefusedException.class)
                    .hasMessageContaining("another build"));
    assertThat(site.resolve(AtomicFolderPublisher.MARKER)).exists();
  }

  @Test
  void aBuildInAnotherProcessHoldsTheLockUntilItEnds() throws Exception {
    Path site = dir.resolve("site");
    Path holding = dir.resolve("holding");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process other =
        new ProcessBuilder(
                java.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                LockHolder.class.getName(),
                site.toString(),
                holding.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("other.log").toFile())
            .start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (!Files.exists(holding) && other.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(holding).as(Files.readString(dir.resolve("other.log"))).exists();
      String pid = Files.readString(holding);
      // Refused however often it asks: the holder never lets go of the lock half-way.
      for (int attempt = 0; attempt < 5; attempt++) {
        assertThatThrownBy(() -> publisher(site).publish(out -> {}))
            .isInstanceOf(OutputRefusedException.class)
            .hasMessageContaining("another build is writing")
            .hasMessageContaining("process " + pid);
        Thread.sleep(50);
      }
      Files.delete(holding);
      assertThat(other.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(other.exitValue()).as(Files.readString(dir.resolve("other.log"))).isZero();
      assertThat(site.resolve("index.html")).hasContent("from the other process");
    } finally {
      other.destroyForcibly();
    }
    publisher(site).publish(out -> Files.writeString(out.resolve("index.html"), "next"));
    assertThat(site.resolve("index.html")).hasContent("next");
  }

  @Test
  void aLockFileLeftByAKilledBuildDoesNotBlock() throws Exception {
    Path site = dir.resolve("site");
    Path holding = dir.resolve("holding");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process other =
        new ProcessBuilder(
                java.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                LockHolder.class.getName(),
                site.toString(),
                holding.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("other.log").toFile())
            .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!Files.exists(holding) && other.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(holding).exists();
    other.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL, mid-build
    assertThat(dir.resolve(".site.pmo-lock")).isNotEmptyFile();
    publisher(site).publish(out -> Files.writeString(out.resolve("index.html"), "next"));
    assertThat(site.resolve("index.html")).hasContent("next");
    assertThat(siblings()).containsExactly("holding", "other.log", "site");
  }
}
