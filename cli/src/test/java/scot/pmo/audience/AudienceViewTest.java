package scot.pmo.audience;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.pmo.Fixtures;
import scot.pmo.model.Audience;
import scot.pmo.model.Catalogue;
import scot.pmo.model.Entity;
import scot.pmo.model.SourceRef;
import scot.pmo.testing.TestRepos;

/** What each audience's view of the synthetic fixture leaves out, and what it keeps. */
class AudienceViewTest {

  @TempDir Path tmp;

  private Path repo;

  private Catalogue all() {
    return TestRepos.validation(repo).catalogue();
  }

  private void append(String path, String yaml) throws IOException {
    Path file = repo.resolve(path);
    String text = Files.readString(file);
    if (path.endsWith(".md")) {
      // Into the front matter, before its closing line.
      int close = text.indexOf("\n---", 4);
      text = text.substring(0, close + 1) + yaml + text.substring(close + 1);
    } else {
      text = text + yaml;
    }
    Files.writeString(file, text);
  }

  @Test
  void thePublicSeesNoInternalPersonAndNoTeamRowNamingThem() throws IOException {
    repo = Fixtures.repo(tmp.resolve("repo"));
    append("content/people/sam-sample.yaml", "visibility: internal\n");

    AudienceView view = AudienceView.of(all(), Audience.PUBLIC);

    assertThat(view.catalogue().get("sam-sample")).isEmpty();
    assertThat(view.hides("content/people/sam-sample.yaml")).isTrue();
    Entity alpha = view.catalogue().get("alpha-project").orElseThrow();
    assertThat(alpha.data().get("team").toString())
        .doesNotContain("sam-sample", "project-director")
        .contains("alex-example", "northshire-council", "volunteer-colleagues");
    assertThat(view.omissions())
        .anySatisfy(
            o -> {
              assertThat(o.from().id()).isEqualTo("alpha-project");
              assertThat(o.field()).isEqualTo("team[2].person");
              assertThat(o.at())
                  .isEqualTo(new SourceRef("content/projects/alpha-project.md", 12, 13));
              assertThat(o.hidden().id()).isEqualTo("sam-sample");
              assertThat(o.row()).isTrue();
            });
    assertThat(AudienceView.of(all(), Audience.INTERNAL).catalogue().get("sam-sample"))
        .as("the programme team sees internal people")
        .isPresent();
  }

  @Test
  void aReferenceThatIsNotWhatItsRowIsAboutGoesAloneAndAListLeftEmptyGoesToo() throws IOException {
    repo = Fixtures.repo(tmp.resolve("repo"));
    append("content/anchors/synthetic-anchor.md", "visibility: internal\n");
    append("content/case-studies/synthetic-case-study.md", "visibility: internal\n");

    Catalogue seen = AudienceView.of(all(), Audience.PUBLIC).catalogue();

    Entity alpha = seen.get("alpha-project").orElseThrow();
    assertThat(alpha.data().has("anchor")).as("a single reference: the field").isFalse();
    assertThat(alpha.data().has("case_studies")).as("its only item gone, the list").isFalse();
    assertThat(alpha.data().has("workstream")).as("what is public stays").isTrue();
    assertThat(alpha.text("title")).contains("Alpha project");
  }

  @Test
  void contactDetailsAreInternalByNatureAndTheCatalogueItselfIsUntouched() throws IOException {
    repo = Fixtures.repo(tmp.resolve("repo"));
    append(
        "content/people/alex-example.yaml",
        "email: \"alex.example@synthetic.invalid\"\ntelephone: \"+44 7700 900001\"\n");
    Catalogue all = all();

    Entity seenByPublic =
        AudienceView.of(all, Audience.PUBLIC).catalogue().get("alex-example").get();
    Entity seenByTeam =
        AudienceView.of(all, Audience.INTERNAL).catalogue().get("alex-example").get();

    assertThat(seenByPublic.data().has("email")).isFalse();
    assertThat(seenByPublic.data().has("telephone")).isFalse();
    assertThat(seenByPublic.title()).isEqualTo("Alex Example");
    assertThat(seenByTeam.text("email")).contains("alex.example@synthetic.invalid");
    assertThat(all.get("alex-example").orElseThrow().text("telephone"))
        .as("the view copies what it changes")
        .contains("+44 7700 900001");
  }

  @Test
  void draftsAreSeenByThePreviewAlone() throws IOException {
    repo = Fixtures.repo(tmp.resolve("repo"));
    append("content/people/sam-sample.yaml", "visibility: internal\n");
    append("content/people/alex-example.yaml", "draft: \"true\"\n");
    Catalogue all = all();

    assertThat(AudienceView.of(all, Audience.INTERNAL).catalogue().get("alex-example")).isEmpty();
    assertThat(AudienceView.of(all, Audience.PUBLIC).catalogue().get("alex-example")).isEmpty();
    AudienceView preview = AudienceView.of(all, Audience.PREVIEW);
    assertThat(preview.catalogue()).isSameAs(all);
    assertThat(preview.omissions()).isEmpty();
    assertThat(AudienceView.omissions(all, Audience.INTERNAL))
        .extracting(o -> o.from().id() + " " + o.field() + " " + o.hidden().id())
        .containsExactlyInAnyOrder(
            "alpha-project team[1].person alex-example",
            "beta-project team[1].person alex-example",
            "synthetic-anchor sponsor alex-example");
  }

  @Test
  void contentWithNothingHiddenIsSeenAsItIs() {
    repo = Fixtures.repo(tmp.resolve("repo"));
    Catalogue all = all();

    AudienceView view = AudienceView.of(all, Audience.PUBLIC);

    assertThat(view.omissions()).isEmpty();
    assertThat(view.catalogue()).as("with what it derived").isSameAs(all);
  }
}
