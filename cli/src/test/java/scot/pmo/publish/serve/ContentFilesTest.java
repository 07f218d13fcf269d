package scot.pmo.publish.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which paths an edit may write, and that a write is whole or not at all. */
class ContentFilesTest {

  @TempDir Path tmp;

  @Test
  void onlyFilesOfAKindsFolderUnderContentAreTaken() throws IOException {
    Path repo = tmp.resolve("repo");
    Files.createDirectories(repo.resolve("content/projects"));
    Files.writeString(repo.resolve("content/projects/alpha.md"), "---\ntitle: x\n---\n");
    Files.writeString(tmp.resolve("outside.yaml"), "secret: yes\n");
    Files.createSymbolicLink(
        repo.resolve("content/projects/linked.yaml"), tmp.resolve("outside.yaml"));
    Files.createLink(repo.resolve("content/projects/hard.yaml"), tmp.resolve("outside.yaml"));
    Files.createSymbolicLink(repo.resolve("content/people"), tmp);
    ContentFiles files = new ContentFiles(repo);

    assertThat(files.resolve("content/projects/alpha.md"))
        .hasValue(repo.resolve("content/projects/alpha.md"));
    assertThat(files.resolve("content/projects/new-one.yaml")).isPresent();
    for (String refused :
        new String[] {
          "content/projects/../../outside.yaml",
          "content/projects/..",
          "/etc/passwd",
          repo.resolve("content/projects/alpha.md").toString(),
          "content\\projects\\alpha.md",
          "content/projects/Alpha.md",
          "content/projects/alpha.txt",
          "content/elsewhere/alpha.md",
          "content/projects/sub/alpha.md",
          "content/projects/linked.yaml",
          "content/projects/hard.yaml",
          "content/people/outside.yaml",
          "pmo.yaml",
          "",
          null
        }) {
      assertThat(files.resolve(refused)).as(String.valueOf(refused)).isEmpty();
    }
  }

  @Test
  void aWriteReplacesTheFileWholeAndLeavesNoTemporaryFile() throws IOException {
    Path folder = Files.createDirectories(tmp.resolve("content/projects"));
    Path file = folder.resolve("alpha.md");
    Files.writeString(file, "old\n");
    ContentFiles.write(file, "new\n");
    assertThat(Files.readString(file)).isEqualTo("new\n");
    assertThat(listing(folder)).containsExactly("alpha.md");
  }

  @Test
  void aWriteThatCannotBeMovedInLeavesTheOldFileAndNoTemporaryFile() throws IOException {
    Path folder = Files.createDirectories(tmp.resolve("content/projects"));
    Path blocked = Files.createDirectories(folder.resolve("blocked.md"));
    Files.writeString(blocked.resolve("inside"), "kept\n");
    assertThatThrownBy(() -> ContentFiles.write(blocked, "new\n")).isInstanceOf(IOException.class);
    assertThat(Files.readString(blocked.resolve("inside"))).isEqualTo("kept\n");
    assertThat(listing(folder)).containsExactly("blocked.md");
  }

  private static java.util.List<String> listing(Path folder) throws IOException {
    try (Stream<Path> all = Files.list(folder)) {
      return all.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
