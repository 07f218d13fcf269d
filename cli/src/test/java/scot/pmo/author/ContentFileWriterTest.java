package scot.pmo.author;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentFileWriterTest {

  @TempDir Path dir;

  @Test
  void aNewFileIsWrittenWholeAndNeverOverOneThatIsThere() throws IOException {
    Path file = dir.resolve("content/people/synthetic-person.yaml");
    ContentFileWriter.create(file, "name: \"Synthetic Person\"\n");
    assertThat(file).hasContent("name: \"Synthetic Person\"");

    assertThatThrownBy(() -> ContentFileWriter.create(file, "name: \"Someone else\"\n"))
        .isInstanceOf(FileAlreadyExistsException.class);
    assertThat(file).hasContent("name: \"Synthetic Person\"");
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void aReplacedFileKeepsItsPermissionsAndLeavesNoTemporaryFile() throws IOException {
    Path file = dir.resolve("content/people/synthetic-person.yaml");
    ContentFileWriter.create(file, "name: \"Synthetic Person\"\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));

    ContentFileWriter.replace(file, "name: \"Synthetic Person Two\"\n");

    assertThat(file).hasContent("name: \"Synthetic Person Two\"");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-rw-r--");
    assertThat(leftovers()).isEmpty();
  }

  private java.util.List<Path> leftovers() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList();
    }
  }
}
