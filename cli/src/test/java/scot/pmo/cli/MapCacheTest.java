package scot.pmo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.pmo.testing.TestRepos;

/**
 * {@code pmo build} takes the interdependency map's picture from {@code .pmo/cache/maps/} when what
 * it shows has not changed, and draws it again when it has, on a copy of the sample repository.
 */
class MapCacheTest {

  private static final Pattern COUNTS =
      Pattern.compile("map pictures: (\\d+) drawn, (\\d+) reused");
  private static final String PROJECT = "content/projects/active-communities.md";

  @TempDir Path tmp;
  Path repo;

  record Counts(int drawn, int reused) {}

  @BeforeEach
  void copyTheSample() {
    repo = TestRepos.copy(tmp.resolve("repo"));
  }

  @Test
  void aSecondBuildTakesThePictureAndWritesTheSameMap() throws IOException {
    Counts first = build();
    assertThat(first.drawn()).isPositive();
    assertThat(first.reused()).isZero();
    assertThat(cached()).hasSize(first.drawn());
    String svg = map();
    String page = Files.readString(repo.resolve("site/interdependency-map.html"));

    assertThat(build()).isEqualTo(new Counts(0, first.drawn()));
    assertThat(map()).isEqualTo(svg).contains("<svg");
    assertThat(Files.readString(repo.resolve("site/interdependency-map.html"))).isEqualTo(page);
  }

  @Test
  void aChangeTheMapDoesNotShowKeepsThePicture() throws IOException {
    Counts first = build();
    edit("title_in_text: \"active communities\"", "title_in_text: \"the active communities\"");
    assertThat(build()).isEqualTo(new Counts(0, first.drawn()));
  }

  @Test
  void aChangeTheMapShowsDrawsItAgainAndTheOldPictureGoes() throws IOException {
    Counts first = build();
    List<String> before = cached();
    String svg = map();
    edit("title: \"Active Communities\"", "title: \"Active and Connected Communities\"");

    Counts second = build();
    assertThat(second.drawn()).isPositive();
    assertThat(second.drawn() + second.reused()).isEqualTo(first.drawn());
    assertThat(map()).isNotEqualTo(svg).contains("Active and Connected Communities");
    assertThat(cached()).hasSize(first.drawn()).isNotEqualTo(before);
  }

  @Test
  void noCacheDrawsEveryPictureAndKeepsNone() throws IOException {
    Counts first = build("--no-cache");
    assertThat(first.drawn()).isPositive();
    assertThat(first.reused()).isZero();
    assertThat(repo.resolve(".pmo/cache/maps")).doesNotExist();
  }

  private void edit(String from, String to) throws IOException {
    Path file = repo.resolve(PROJECT);
    String text = Files.readString(file);
    assertThat(text).contains(from);
    Files.writeString(file, text.replace(from, to));
  }

  private String map() throws IOException {
    return Files.readString(repo.resolve("site/interdependency-map.svg"));
  }

  private List<String> cached() throws IOException {
    try (Stream<Path> files = Files.list(repo.resolve(".pmo/cache/maps"))) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  /** Builds the pages with {@code --verbose}, and says how many pictures were drawn and reused. */
  private Counts build(String... options) {
    String[] args =
        Stream.concat(Stream.of("--verbose", "build", "--no-papers"), Stream.of(options))
            .toArray(String[]::new);
    CliRun run = CliRun.run(repo, args);
    String said = run.out() + "\n" + run.err();
    assertThat(run.exitCode()).as(said).isZero();
    Matcher counts = COUNTS.matcher(said);
    assertThat(counts.find()).as(said).isTrue();
    return new Counts(Integer.parseInt(counts.group(1)), Integer.parseInt(counts.group(2)));
  }
}
