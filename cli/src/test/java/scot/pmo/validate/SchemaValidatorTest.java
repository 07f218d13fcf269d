package scot.pmo.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.pmo.Fixtures;
import scot.pmo.model.Diagnostic;
import scot.pmo.testing.TestRepos;

class SchemaValidatorTest {

  private static final String BETA = "content/projects/beta-project.md";
  private static final String FRONT =
      """
      ---
      title: "Beta project"
      programme: synthetic-programme
      workstream: synthetic-workstream
      """;

  @TempDir Path tmp;

  @Test
  void teamEntryWithoutARoleNamesTheEntryAndDescribesTheField() throws IOException {
    Diagnostic d = only(FRONT + "team:\n  - person: alex-example\n---\n");

    assertThat(d.code()).isEqualTo("missing-field");
    assertThat(d.at()).hasToString(BETA + ":6:5");
    assertThat(d.message()).isEqualTo("'team[1]' needs the field 'role', which is missing");
    assertThat(d.hint()).isEqualTo("add a line 'role: ...' (The role (role id).)");
  }

  @Test
  void aMisspeltRequiredFieldIsOneProblemThatSaysTheFieldIsMissing() throws IOException {
    Diagnostic d =
        only(
            """
            ---
            title: "Beta project"
            programme: synthetic-programme
            worksteam: synthetic-workstream
            ---
            """);

    assertThat(d.code()).isEqualTo("unknown-field");
    assertThat(d.at()).hasToString(BETA + ":4:1");
    assertThat(d.message())
        .isEqualTo(
            "'worksteam' is not a field of a project; did you mean 'workstream', which is"
                + " required and missing?");
    assertThat(d.hint()).isEqualTo("rename it: 'workstream: synthetic-workstream'");
  }

  @Test
  void aWordThatIsNoFieldGetsTheFieldsButNoGuess() throws IOException {
    Diagnostic d = only(FRONT + "colour: green\n---\n");

    assertThat(d.code()).isEqualTo("unknown-field");
    assertThat(d.message()).isEqualTo("'colour' is not a field of a project");
    assertThat(d.hint()).startsWith("the fields are: title, title_in_text, programme");
  }

  @Test
  void teamEntryNamingAPersonAndAnOrganisationConflicts() throws IOException {
    List<Diagnostic> found =
        validateBeta(
            FRONT
                + """
        team:
          - role: volunteer-colleagues
            person: alex-example
            organisation: northshire-council
        ---
        """);

    assertThat(found).extracting(Diagnostic::code).contains("conflicting-fields");
    assertThat(found)
        .filteredOn(d -> d.code().equals("conflicting-fields"))
        .singleElement()
        .satisfies(
            d ->
                assertThat(d.message())
                    .isEqualTo("'team[1]' names both a person and an organisation"));
  }

  @Test
  void malformedIdSuggestsItsSlug() throws IOException {
    Diagnostic d = only(FRONT + "team:\n  - role: Chief-Executive-Sponsor\n---\n");

    assertThat(d.code()).isEqualTo("invalid-format");
    assertThat(d.at()).hasToString(BETA + ":6:11");
    assertThat(d.message())
        .isEqualTo("'team[1].role' is 'Chief-Executive-Sponsor', which is not an id");
    assertThat(d.hint()).endsWith("such as 'chief-executive-sponsor'");
  }

  @Test
  void singleValueWhereAListIsExpectedSaysHowToWriteAList() throws IOException {
    Diagnostic d = only(FRONT + "scope: \"just one\"\n---\n");

    assertThat(d.code()).isEqualTo("wrong-type");
    assertThat(d.message()).isEqualTo("'scope' should be a list, but it is a single value");
    assertThat(d.hint()).isEqualTo("write each item on its own line, starting with '- '");
  }

  @Test
  void emptyTextIsAnEmptyValue() throws IOException {
    Diagnostic d =
        only(
            FRONT
                + "further_reading:\n  - reference: synthetic-think-piece\n"
                + "    heading: \"\"\n---\n");

    assertThat(d.code()).isEqualTo("empty-value");
    assertThat(d.at()).hasToString(BETA + ":7:14");
    assertThat(d.message()).isEqualTo("'further_reading[1].heading' is empty");
  }

  @Test
  void webAddressWithoutASchemeIsNotAWebAddress() throws IOException {
    Path repo = Fixtures.repo(tmp);
    Path file = repo.resolve("content/organisations/southvale-council.yaml");
    Files.writeString(file, Files.readString(file).replace("https://", ""));

    List<Diagnostic> found = validate(repo);

    assertThat(found)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("invalid-format");
              assertThat(d.message())
                  .isEqualTo("'website' is 'southvale.example.org', which is not a web address");
              assertThat(d.hint()).isEqualTo("write the full address, starting with https://");
            });
  }

  private Diagnostic only(String beta) throws IOException {
    List<Diagnostic> found = validateBeta(beta);
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  private List<Diagnostic> validateBeta(String text) throws IOException {
    Path repo = Fixtures.repo(tmp);
    Files.writeString(repo.resolve(BETA), text);
    return validate(repo);
  }

  private static List<Diagnostic> validate(Path repo) {
    return TestRepos.validation(repo).diagnostics().sorted();
  }
}
