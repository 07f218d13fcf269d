package scot.pmo.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicPublisherTest {

  @TempDir Path repo;

  private static OutputFile file(String name, String text) {
    return new OutputFile(name, text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void replacesFilesWholeAndLeavesNoTemporaryFiles() throws Exception {
    Path out = repo.resolve("site/papers");
    AtomicPublisher publisher = new AtomicPublisher(repo, out);
    publisher.publish(List.of(file("a.html", "first")));
    List<Path> written = publisher.publish(List.of(file("a.html", "second"), file("b.md", "b")));
    assertThat(written).containsExactly(out.resolve("a.html"), out.resolve("b.md"));
    assertThat(Files.readString(out.resolve("a.html"))).isEqualTo("second");
    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("a.html", "b.md");
    }
  }

  @Test
  void refusesContentTemplatesAndNamesThatLeaveTheFolder() {
    assertThatThrownBy(() -> new AtomicPublisher(repo, repo.resolve("content/x")))
        .isInstanceOf(OutputFolderException.class)
        .hasMessageContaining("content/");
    assertThatThrownBy(() -> new AtomicPublisher(repo, repo.resolve("templates")))
        .isInstanceOf(OutputFolderException.class)
        .hasMessageContaining("templates/");
    AtomicPublisher publisher = new AtomicPublisher(repo, repo.resolve("out"));
    assertThatThrownBy(() -> publisher.publish(List.of(file("../content/x.md", "x"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(repo.resolve("content")).doesNotExist();
  }

  @Test
  void aFailedWriteLeavesThePreviousFile() throws Exception {
    Path out = repo.resolve("out");
    AtomicPublisher publisher = new AtomicPublisher(repo, out);
    publisher.publish(List.of(file("a.html", "previous")));
    Files.createDirectories(out.resolve("b.html/inside"));
    assertThatThrownBy(() -> publisher.publish(List.of(file("b.html", "cannot replace a folder"))))
        .isInstanceOf(java.io.UncheckedIOException.class);
    assertThat(Files.readString(out.resolve("a.html"))).isEqualTo("previous");
    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .noneMatch(name -> name.endsWith(".tmp"));
    }
  }
}
