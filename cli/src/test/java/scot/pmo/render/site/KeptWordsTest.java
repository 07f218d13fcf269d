package scot.pmo.render.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.pmo.link.GraphBuilder;
import scot.pmo.load.LoadLimits;
import scot.pmo.model.Catalogue;
import scot.pmo.model.Entity;
import scot.pmo.render.template.Templates;
import scot.pmo.workflow.Snapshot;
import scot.pmo.workflow.WorkflowContext;

/** A page's search words are reused only while the text they were read from is unchanged. */
class KeptWordsTest {

  private static SearchWords page(String html, String text) {
    return new SearchWords().html(html).text(text);
  }

  @Test
  void wordsAreReusedForAPageWhoseTextIsEqual() {
    KeptWords first = KeptWords.keeping();
    assertThat(first.words("a.html", page("<p>Digital <em>front</em> door</p>", "Fife")))
        .isEqualTo("digital front door fife");
    assertThat(first.reused()).isZero();

    KeptWords second = first.next();
    // Equal strings, not the same ones: the comparison is of the text.
    String html = new StringBuilder("<p>Digital <em>front</em> door</p>").toString();
    assertThat(second.words("a.html", page(html, "Fife"))).isEqualTo("digital front door fife");
    assertThat(second.reused()).isEqualTo(1);
    assertThat(second.used()).isEqualTo(1);
  }

  @Test
  void wordsAreReadAgainWhenAnyFragmentChanges() {
    KeptWords first = KeptWords.keeping();
    first.words("a.html", page("<p>Digital front door</p>", "Fife"));
    first.words("b.html", page("<p>One</p>", "two"));
    first.words("c.html", page("<p>One</p>", "two"));
    first.words("d.html", page("<p>One</p>", "two"));

    KeptWords second = first.next();
    assertThat(second.words("a.html", page("<p>Digital back door</p>", "Fife")))
        .isEqualTo("digital back door fife");
    // The same characters as plain text: the tags are words then.
    assertThat(second.words("b.html", new SearchWords().text("<p>One</p>").text("two")))
        .isEqualTo("p one two");
    // The fragments in another order.
    assertThat(second.words("c.html", new SearchWords().text("two").html("<p>One</p>")))
        .isEqualTo("two one");
    // One fragment more.
    assertThat(second.words("d.html", page("<p>One</p>", "two").text("three")))
        .isEqualTo("one two three");
    assertThat(second.reused()).isZero();
  }

  @Test
  void eachBuildKeepsOnlyThePagesItUsed() {
    KeptWords first = KeptWords.keeping();
    first.words("gone.html", page("<p>Deleted</p>", ""));
    first.words("kept.html", page("<p>Kept</p>", ""));

    KeptWords second = first.next();
    second.words("kept.html", page("<p>Kept</p>", ""));
    KeptWords third = second.next();
    assertThat(third.words("gone.html", page("<p>Deleted</p>", ""))).isEqualTo("deleted");
    assertThat(third.reused()).isZero();
  }

  @Test
  void noneKeepsNothing() {
    KeptWords none = KeptWords.none();
    assertThat(none.words("a.html", page("<p>Σίσυφος</p>", ""))).isEqualTo("σίσυφος");
    assertThat(none.keeps()).isFalse();
    assertThat(none.used()).isZero();
    assertThat(none.next().words("a.html", page("<p>Σίσυφος</p>", ""))).isEqualTo("σίσυφος");
    assertThat(none.next().reused()).isZero();
  }

  /**
   * The sample site built, then built again with the words kept after one project's body changed:
   * the search index names the new words on that page alone, and is the same bytes as one built
   * afresh.
   */
  @Test
  void aSearchIndexBuiltWithKeptWordsIsTheSameAsOneBuiltAfresh(@TempDir Path tmp)
      throws IOException {
    WorkflowContext context = new WorkflowContext(SampleSite.REPO, LoadLimits.DEFAULT);
    Catalogue whole = Snapshot.load(context).catalogue();
    List<Entity> edited = new ArrayList<>();
    String changed = null;
    for (Entity e : whole.all()) {
      if (changed == null && e.kind() == scot.pmo.model.Kind.PROJECT) {
        changed = e.id();
        e =
            new Entity(
                e.kind(),
                e.id(),
                e.path(),
                e.data(),
                e.positions(),
                e.body() + "\n\nA quinquennial syzygy.\n",
                e.bodyLine());
      }
      edited.add(e);
    }
    Catalogue after = new Catalogue(edited);

    KeptWords kept = KeptWords.keeping();
    build(context, whole, kept, tmp.resolve("first"));
    KeptWords next = kept.next();
    build(context, after, next, tmp.resolve("kept"));
    build(context, after, KeptWords.none(), tmp.resolve("afresh"));

    assertThat(next.used()).isEqualTo(whole.all().size());
    assertThat(next.reused()).isBetween(whole.all().size() / 2, whole.all().size() - 1);
    String index = Files.readString(tmp.resolve("kept").resolve(SitePaths.SEARCH_INDEX));
    assertThat(index).contains("syzygy").contains(changed);
    assertThat(index)
        .isEqualTo(Files.readString(tmp.resolve("afresh").resolve(SitePaths.SEARCH_INDEX)));
  }

  private static void build(WorkflowContext context, Catalogue catalogue, KeptWords words, Path out)
      throws IOException {
    Files.createDirectories(out);
    new SiteBuilder(context.repo(), new Templates(context.repo()), context.markdown())
        .keepingWords(words)
        .build(catalogue, GraphBuilder.build(catalogue), SiteOptions.defaults(), out);
  }
}
