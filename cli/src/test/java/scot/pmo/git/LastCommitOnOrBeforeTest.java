package scot.pmo.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.pmo.GitScratch;

/**
 * The commit a day names (synthetic test data): the end of the day is midnight in the time zone
 * given, and only the first-parent history of HEAD counts.
 */
class LastCommitOnOrBeforeTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  @TempDir static Path temp;
  static GitScratch repo;
  static String first;
  static String lateEvening;
  static String merge;

  @BeforeAll
  static void makeRepository() {
    repo = GitScratch.init(temp.resolve("repo"));
    repo.write("content/people/pat-example.yaml", "name: \"Pat Example\"\n");
    first = repo.commit("First", "Alex Example", "2024-03-20T10:00:00Z");
    repo.edit("content/people/pat-example.yaml", "Pat", "Patricia");
    // 23:30 UTC on 31 March is 00:30 on 1 April in London (summer time has begun).
    lateEvening = repo.commit("Late", "Alex Example", "2024-03-31T23:30:00Z");
    // A branch with a commit dated 5 April, merged on 10 April: on 6 April the main line was still
    // at the late-evening commit.
    repo.git("checkout", "-q", "-b", "side");
    repo.write("content/people/sam-sample.yaml", "name: \"Sam Sample\"\n");
    repo.commit("On a branch", "Sam Sample", "2024-04-05T10:00:00Z");
    repo.git("checkout", "-q", "main");
    repo.gitAs(
        "Alex Example", "2024-04-10T10:00:00Z", "merge", "-q", "--no-ff", "-m", "Merge", "side");
    merge = repo.git("rev-parse", "HEAD").trim();
  }

  private static String on(String day, ZoneId zone) {
    try (RevisionReader reader = RevisionReader.open(repo.dir())) {
      return reader.lastCommitOnOrBefore(LocalDate.parse(day), zone).id();
    }
  }

  @Test
  void theDayEndsAtMidnightWhereTheProgrammeOfficeIs() {
    assertThat(on("2024-03-31", LONDON)).isEqualTo(first);
    assertThat(on("2024-03-31", ZoneOffset.UTC)).isEqualTo(lateEvening);
    assertThat(on("2024-04-01", LONDON)).isEqualTo(lateEvening);
    assertThat(on("2024-03-20", LONDON)).isEqualTo(first);
  }

  @Test
  void onlyTheMainLineCounts() {
    assertThat(on("2024-04-06", LONDON)).isEqualTo(lateEvening);
    assertThat(on("2024-04-10", LONDON)).isEqualTo(merge);
    assertThat(on("2025-01-01", LONDON)).isEqualTo(merge);
  }

  @Test
  void aDayBeforeTheFirstCommitSaysWhenTheHistoryStarts() {
    try (RevisionReader reader = RevisionReader.open(repo.dir())) {
      assertThatThrownBy(() -> reader.lastCommitOnOrBefore(LocalDate.parse("2024-03-19"), LONDON))
          .isInstanceOfSatisfying(
              GitException.class,
              e -> {
                assertThat(e.reason()).isEqualTo(GitException.Reason.UNKNOWN_REVISION);
                assertThat(e.getMessage()).contains("2024-03-19").contains("before the first");
                assertThat(e.hint()).contains("2024-03-20");
              });
    }
  }
}
