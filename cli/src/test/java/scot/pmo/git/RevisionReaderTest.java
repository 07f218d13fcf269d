package scot.pmo.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.pmo.GitScratch;

/** Resolving revisions and writing out their content (synthetic test data). */
class RevisionReaderTest {

  @TempDir static Path temp;
  static GitScratch repo;

  @BeforeAll
  static void makeRepository() {
    repo = GitScratch.init(temp.resolve("repo"));
    repo.write("content/people/pat-example.yaml", "name: \"Pat Example\"\n")
        .write("content/case-studies/images/map.png", "not really a picture\n")
        .write("docs/guide.md", "Synthetic test data.\n");
    repo.commit("First", "Alex Example", "2024-01-10T10:00:00+00:00");
    repo.edit("content/people/pat-example.yaml", "Pat Example", "Patricia Example");
    repo.write("content/people/big.yaml", "name: \"" + "x".repeat(2_000) + "\"\n");
    repo.commit("Second", "Sam Sample", "2024-02-08T10:00:00+00:00");
  }

  @Test
  void resolvesNamesToCommitsWithTheirDetails() {
    try (RevisionReader reader = RevisionReader.open(repo.dir())) {
      Revision first = reader.resolve("HEAD~1");
      assertThat(first.name()).isEqualTo("HEAD~1");
      assertThat(first.commit()).isEqualTo(repo.git("rev-parse", "HEAD~1").trim());
      assertThat(first.shortCommit()).isEqualTo(first.commit().substring(0, 7));
      assertThat(first.date()).isEqualTo("2024-01-10");
      assertThat(first.author()).isEqualTo("Alex Example");
      assertThat(first.message()).isEqualTo("First");
      assertThat(reader.resolve(first.shortCommit()).commit()).isEqualTo(first.commit());
      assertThat(reader.resolve("main").message()).isEqualTo("Second");
    }
  }

  @Test
  void anUnknownNameIsAnUnknownRevision() {
    try (RevisionReader reader = RevisionReader.open(repo.dir())) {
      for (String name : new String[] {"nope", "HEAD~9", "HEAD:content", "..", "HEAD^{tree}"}) {
        assertThatThrownBy(() -> reader.resolve(name))
            .as(name)
            .isInstanceOfSatisfying(
                GitException.class,
                e -> {
                  assertThat(e.reason()).isEqualTo(GitException.Reason.UNKNOWN_REVISION);
                  assertThat(e.hint()).contains("git log --oneline");
                });
      }
    }
  }

  @Test
  void withoutARepositoryThereIsNoReader() throws IOException {
    Path plain = Files.createDirectories(temp.resolve("plain/content"));
    assertThatThrownBy(() -> RevisionReader.open(plain.getParent()))
        .isInstanceOfSatisfying(
            GitException.class,
            e -> assertThat(e.reason()).isEqualTo(GitException.Reason.NO_REPOSITORY));
  }

  @Test
  void writesContentAsItWasAndListsEveryOtherFile() throws IOException {
    Path out = temp.resolve("snapshot");
    Set<String> tracked;
    try (RevisionReader reader = RevisionReader.open(repo.dir())) {
      tracked = reader.write(reader.resolve("HEAD~1"), out, 1_000, 100);
    }
    assertThat(out.resolve("content/people/pat-example.yaml")).hasContent("name: \"Pat Example\"");
    assertThat(out.resolve("content/case-studies/images/map.png")).doesNotExist();
    assertThat(out.resolve("docs/guide.md")).doesNotExist();
    assertThat(out.resolve("content/people/big.yaml")).doesNotExist();
    assertThat(tracked)
        .containsExactlyInAnyOrder(
            "content/people/pat-example.yaml",
            "content/case-studies/images/map.png",
            "docs/guide.md");
  }

  @Test
  void aFileOverTheLimitIsWrittenAtItsSizeWithoutItsBytes() throws IOException {
    Path out = temp.resolve("large");
    try (RevisionReader reader = RevisionReader.open(repo.dir())) {
      reader.write(reader.resolve("HEAD"), out, 1_000, 100);
    }
    Path big = out.resolve("content/people/big.yaml");
    assertThat(Files.size(big)).isEqualTo(2_009);
    assertThat(Files.readString(big)).doesNotContain("x");
  }
}
