package scot.pmo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.pmo.render.site.SampleSite;

/**
 * A repository with no templates of its own builds with pmo's; one file copied and changed under
 * templates/ changes the output; a misspelt override is a warning naming the template it missed.
 */
class TemplatesCommandTest {

  @TempDir Path tmp;
  Path repo;

  @BeforeEach
  void contentOnly() throws IOException {
    repo = tmp.resolve("repo");
    Path from = SampleSite.REPO.resolve("content");
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = repo.resolve("content").resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  @Test
  void aRepositoryWithoutTemplatesBuildsWithPmosOwn() throws IOException {
    CliRun run = CliRun.run(repo, "build", "--no-papers");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(repo.resolve("site/index.html")).exists();
    assertThat(repo.resolve("site/assets/site.css"))
        .hasSameTextualContentAs(SampleSite.REPO.resolve("templates/site/assets/site.css"));
    assertThat(repo.resolve("templates")).doesNotExist();
  }

  @Test
  void listSaysWhichAreBuiltInAndWhichOverridden() throws IOException {
    assertThat(CliRun.run(repo, "templates", "copy", "paper/paper.css").exitCode()).isZero();
    Files.writeString(
        repo.resolve("templates/paper/paper.css"), "/* house style */\n", StandardCharsets.UTF_8);
    assertThat(CliRun.run(repo, "templates", "copy", "site/layout.html.mustache").exitCode())
        .isZero();

    CliRun run = CliRun.run(repo, "templates", "list");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .containsPattern("paper/paper\\.css +overridden\n")
        .containsPattern("site/layout\\.html\\.mustache +copied, unchanged\n")
        .containsPattern("paper/briefing\\.html\\.mustache +built in\n")
        .doesNotContain("README");
  }

  @Test
  void anOverriddenTemplateChangesTheOutput() throws IOException {
    CliRun copy = CliRun.run(repo, "templates", "copy", "site/not-found.html.mustache");
    assertThat(copy.out()).isEqualTo("wrote templates/site/not-found.html.mustache\n");
    Path page = repo.resolve("templates/site/not-found.html.mustache");
    Files.writeString(page, "<h1>Nothing here, from the programme's own template</h1>\n");

    CliRun run = CliRun.run(repo, "build", "--no-papers");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(repo.resolve("site/404.html"))
        .content()
        .contains("Nothing here, from the programme's own template");
    assertThat(repo.resolve("site/index.html")).content().doesNotContain("programme's own");
  }

  @Test
  void copyNeverOverwritesAndCopiesAFolder() throws IOException {
    Files.createDirectories(repo.resolve("templates/site/assets"));
    Files.writeString(repo.resolve("templates/site/assets/site.css"), "/* mine */\n");

    CliRun folder = CliRun.run(repo, "templates", "copy", "site/assets/");
    CliRun one = CliRun.run(repo, "templates", "copy", "templates/site/assets/site.css");

    assertThat(folder.exitCode()).isZero();
    assertThat(folder.out())
        .contains("wrote templates/site/assets/site.js")
        .contains("kept templates/site/assets/site.css (already there)");
    assertThat(repo.resolve("templates/site/assets/site.css")).hasContent("/* mine */");
    assertThat(one.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(one.err()).contains("is already in the repository");
  }

  @Test
  void anUnknownNameIsAUsageErrorWithTheClosest() {
    CliRun run = CliRun.run(repo, "templates", "copy", "paper/briefng.html.mustache");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("did you mean 'paper/briefing.html.mustache'?");
    assertThat(repo.resolve("templates")).doesNotExist();
  }

  @Test
  void aMisspeltOverrideIsAWarningThatNamesTheClosestBuiltIn() throws IOException {
    Files.createDirectories(repo.resolve("templates/paper"));
    Files.writeString(repo.resolve("templates/paper/briefing.htm.mustache"), "x");
    Files.createDirectories(repo.resolve("templates/site/partials"));
    Files.writeString(repo.resolve("templates/site/partials/banner.html.mustache"), "x");

    CliRun run = CliRun.run(repo, "validate");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("templates/paper/briefing.htm.mustache")
        .contains("warning[unknown-template]")
        .contains("did you mean 'templates/paper/briefing.html.mustache'?")
        .doesNotContain("banner");
    assertThat(CliRun.run(repo, "validate", "--strict").exitCode()).isEqualTo(1);
    CliRun list = CliRun.run(repo, "templates", "list");
    assertThat(list.err())
        .contains("templates/paper/briefing.htm.mustache: warning[unknown-template]")
        .contains("0 errors, 1 warning in 2 files.");
  }
}
