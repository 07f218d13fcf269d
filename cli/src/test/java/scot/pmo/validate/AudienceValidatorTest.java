package scot.pmo.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.pmo.Fixtures;
import scot.pmo.model.Diagnostic;
import scot.pmo.model.Severity;
import scot.pmo.model.SourceRef;
import scot.pmo.publish.report.Report;
import scot.pmo.publish.report.ReportFormat;
import scot.pmo.testing.TestRepos;

/** Published content may not name a draft; a public entity naming an internal one is noted. */
class AudienceValidatorTest {

  @TempDir Path tmp;

  private static void append(Path file, String yaml) throws IOException {
    String text = Files.readString(file);
    if (file.toString().endsWith(".md")) {
      int close = text.indexOf("\n---", 4);
      text = text.substring(0, close + 1) + yaml + text.substring(close + 1);
    } else {
      text = text + yaml;
    }
    Files.writeString(file, text);
  }

  private static List<Diagnostic> found(Path repo, String code) {
    return TestRepos.validation(repo).diagnostics().sorted().stream()
        .filter(d -> d.code().equals(code))
        .toList();
  }

  @Test
  void aFieldAndALinkNamingADraftAreErrorsThatNameBothFiles() throws IOException {
    Path repo = Fixtures.repo(tmp.resolve("repo"));
    append(repo.resolve("content/case-studies/synthetic-case-study.md"), "draft: \"true\"\n");

    List<Diagnostic> found = found(repo, "draft-reference");

    assertThat(found).extracting(Diagnostic::severity).containsOnly(Severity.ERROR);
    assertThat(found)
        .extracting(Diagnostic::at)
        .containsExactly(
            new SourceRef("content/projects/alpha-project.md", 19, 5),
            new SourceRef("content/projects/alpha-project.md", 30, 11));
    assertThat(found.get(0).message())
        .isEqualTo(
            "'case_studies[1]' names 'synthetic-case-study', which is a draft"
                + " (content/case-studies/synthetic-case-study.md): drafts are left out of the"
                + " site and the papers, so published content cannot name it");
    assertThat(found.get(0).hint())
        .isEqualTo(
            "publish the draft (remove 'draft: true' from"
                + " content/case-studies/synthetic-case-study.md), or remove this reference");
    assertThat(found.get(1).message())
        .startsWith("the link to '../case-studies/synthetic-case-study.md', which is a draft");
  }

  @Test
  void aDraftMayNameADraftAndDraftFalseIsNoDraft() throws IOException {
    Path repo = Fixtures.repo(tmp.resolve("repo"));
    append(repo.resolve("content/case-studies/synthetic-case-study.md"), "draft: \"true\"\n");
    append(repo.resolve("content/projects/alpha-project.md"), "draft: \"true\"\n");
    append(repo.resolve("content/projects/beta-project.md"), "draft: \"false\"\n");

    assertThat(found(repo, "draft-reference"))
        .extracting(d -> d.at().path())
        .as("only published files that name alpha-project or the case study")
        .doesNotContain("content/projects/alpha-project.md");
    Report report = Report.of(TestRepos.validation(repo), repo, false);
    assertThat(report.drafts()).isEqualTo(2);
  }

  @Test
  void aPublicEntityNamingAnInternalOneIsANoteOfWhatThePublicBuildLeavesOut() throws IOException {
    Path repo = Fixtures.repo(tmp.resolve("repo"));
    append(repo.resolve("content/people/sam-sample.yaml"), "visibility: internal\n");

    List<Diagnostic> notes = found(repo, "internal-reference");

    assertThat(notes).extracting(Diagnostic::severity).containsOnly(Severity.NOTE);
    assertThat(notes)
        .filteredOn(d -> d.at().path().equals("content/projects/alpha-project.md"))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.at().line()).isEqualTo(12);
              assertThat(d.message())
                  .isEqualTo(
                      "'team[2].person' names 'sam-sample', which is internal"
                          + " (content/people/sam-sample.yaml): the public build leaves out this"
                          + " row");
            });
    assertThat(TestRepos.validation(repo).diagnostics().hasErrors()).isFalse();
  }

  @Test
  void aLinkFromPublicContentToAnInternalEntityIsNotedForTheWordsItKeeps() throws IOException {
    Path repo = Fixtures.repo(tmp.resolve("repo"));
    append(repo.resolve("content/case-studies/synthetic-case-study.md"), "visibility: internal\n");

    List<Diagnostic> notes = found(repo, "internal-reference");

    assertThat(notes)
        .filteredOn(d -> d.at().equals(new SourceRef("content/projects/alpha-project.md", 30, 11)))
        .singleElement()
        .satisfies(
            d ->
                assertThat(d.message())
                    .isEqualTo(
                        "the link to '../case-studies/synthetic-case-study.md' leads to an"
                            + " internal entity (content/case-studies/synthetic-case-study.md):"
                            + " the public build shows the link's words without the link"));
  }

  @Test
  void theSummarySaysHowManyDraftsThereAre() throws IOException {
    Path repo = Fixtures.repo(tmp.resolve("repo"));
    Files.writeString(
        repo.resolve("content/people/dana-draft.yaml"),
        "# Synthetic test data.\nname: \"Dana Draft\"\norganisation: southvale-council\n"
            + "seniority: officer\ndraft: \"true\"\n");
    StringWriter out = new StringWriter();

    ReportFormat.TEXT.write(
        Report.of(TestRepos.validation(repo), repo, false), new PrintWriter(out, true));

    assertThat(out.toString()).endsWith(" files, 1 draft.\n");
    StringWriter json = new StringWriter();
    ReportFormat.JSON.write(
        Report.of(TestRepos.validation(repo), repo, false), new PrintWriter(json, true));
    assertThat(json.toString()).contains("\"drafts\" : 1");
  }
}
