package scot.pmo.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.pmo.bench.SyntheticProgramme;
import scot.pmo.load.ContentLoader;
import scot.pmo.load.LoadLimits;
import scot.pmo.model.Diagnostic;
import scot.pmo.model.Entity;
import scot.pmo.testing.TestRepos;

/**
 * The preview's validation after an edit of one file gives what a full validation of the same
 * content gives, edit after edit, for edits that reach each check: on a synthetic programme.
 */
class IncrementalValidationTest {

  @TempDir Path repo;

  private IncrementalValidation current;

  @BeforeEach
  void generate() throws IOException {
    SyntheticProgramme.generate(120, 11, repo);
    ContentLoader loader = new ContentLoader(repo, LoadLimits.DEFAULT);
    current =
        IncrementalValidation.of(
            new ContentValidator(repo, new Schemas()),
            loader,
            LoadLimits.DEFAULT,
            loader.load(),
            message -> {});
  }

  private static List<String> described(Validation validation) {
    return validation.diagnostics().sorted().stream().map(Diagnostic::toString).toList();
  }

  /** Edits {@code path}, follows the edit, and compares with a full validation. */
  private Validation edit(String path, UnaryOperator<String> change) throws IOException {
    Path file = repo.resolve(path);
    Files.writeString(file, change.apply(Files.readString(file)));
    Optional<IncrementalValidation> next = current.afterEditOf(path);
    assertThat(next).as("an edit in place of " + path + " is followed").isPresent();
    current = next.get();
    Validation full = TestRepos.validation(repo);
    assertThat(described(current.validation())).as(path).containsExactlyElementsOf(described(full));
    assertThat(current.validation().catalogue().all().stream().map(Entity::data).toList())
        .isEqualTo(full.catalogue().all().stream().map(Entity::data).toList());
    assertThat(current.validation().filesRead()).isEqualTo(full.filesRead());
    return current.validation();
  }

  @Test
  void eachKindOfEditGivesWhatAFullValidationGives() throws IOException {
    String study = "content/case-studies/synthetic-case-study-3.md";
    String project = "content/projects/synthetic-project-2.md";
    String person = "content/people/synthetic-person-4.yaml";
    String record = "content/interdependencies/synthetic-interdependency-1.md";
    String milestone = "content/milestones/synthetic-milestone-1.yaml";
    String reference = "content/references/synthetic-reference-1.yaml";
    String meeting = "content/meetings/synthetic-meeting-1.yaml";
    List<String> paths = List.of(study, project, person, record, milestone, reference, meeting);
    Map<String, String> originals = new HashMap<>();
    for (String path : paths) {
      originals.put(path, Files.readString(repo.resolve(path)));
    }

    edit(study, s -> s + "\nA sentence added to the text.\n");
    edit(study, s -> s.replaceFirst("(?m)^title: \"", "title: \"Renamed "));
    // Another theme, a council that does not exist, and one whose filter page would be another's
    // on a file system that ignores case.
    edit(
        study,
        s ->
            s.replaceFirst("(?m)^themes: \\[", "themes: [workforce, ")
                .replaceFirst(
                    "(?m)^organisations: \\[",
                    "organisations: [no-such-council, Synthetic-Council-1, synthetic-council-1, "));
    assertThat(described(current.validation())).anyMatch(d -> d.contains("output-name-clash"));
    Validation broken = edit(study, s -> s + "\nSee [the missing page](../projects/nope.md).\n");
    assertThat(broken.diagnostics().hasErrors()).isTrue();

    // Two sponsors where the role allows one; then a team member who does not exist.
    edit(
        project,
        s ->
            s.replaceFirst(
                "(?m)^team:\\n",
                "team:\n  - role: synthetic-sponsor\n    person: synthetic-person-7\n"));
    edit(project, s -> s.replace("person: synthetic-person-7", "person: synthetic-person-999"));
    edit(
        person,
        s ->
            s.replace("seniority: officer", "seniority: chief-executive")
                .replace("seniority: senior", "seniority: chief-executive"));

    edit(record, s -> s.replaceFirst("(?m)^relation: .*$", "relation: depended-on-by"));
    edit(record, s -> s.replaceFirst("(?m)^with: .*$", "with: " + projectOf(s)));
    edit(milestone, s -> s.replaceFirst("(?m)^due: .*$", "due: \"2024-02-30\""));
    edit(reference, s -> s.replaceFirst("(?m)^publisher: .*$", "publisher: synthetic-project-1"));
    edit(meeting, s -> s + "agenda_item: \"a field no meeting has\"\n");

    // And each file back as it was, one at a time, which clears what it broke.
    for (String path : paths) {
      edit(path, s -> originals.get(path));
    }
    assertThat(current.validation().diagnostics().hasErrors()).isFalse();
  }

  @Test
  void whatItCannotFollowIsLeftToAFullValidation() throws IOException {
    String study = "content/case-studies/synthetic-case-study-5.md";
    Files.writeString(repo.resolve(study), "---\ntitle: [unclosed\n---\nText.\n");
    assertThat(current.afterEditOf(study)).as("a file that cannot be read").isEmpty();

    Files.writeString(
        repo.resolve("content/case-studies/a-new-study.md"), "---\ntitle: \"New\"\n---\nText.\n");
    assertThat(current.afterEditOf("content/case-studies/a-new-study.md"))
        .as("a new file")
        .isEmpty();
  }

  private String projectOf(String record) {
    return record
        .lines()
        .filter(l -> l.startsWith("project: "))
        .findFirst()
        .orElseThrow()
        .substring("project: ".length())
        .strip();
  }
}
