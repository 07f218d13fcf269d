package scot.pmo.render.paper;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import scot.pmo.link.GraphBuilder;
import scot.pmo.link.ProgrammeGraph;
import scot.pmo.model.Catalogue;
import scot.pmo.model.Entity;
import scot.pmo.render.markdown.KeptRenderings;
import scot.pmo.render.markdown.MarkdownRenderer;
import scot.pmo.testing.TestRepos;

/**
 * A paper made with its texts kept from the build before is the paper made afresh, and reads what
 * the paper made afresh reads, so that its key in the cache is the same.
 */
class KeptMarkupTest {

  private static final String PROJECT = "crerar-implementation";
  private static final String CITED = "content/references/crerar-review-report.yaml";

  private record Made(BriefingPaper paper, List<Entity> read) {}

  private static Made make(Catalogue catalogue, KeptRenderings<Markup> kept) {
    RecordingCatalogue reads = new RecordingCatalogue(catalogue);
    ProgrammeGraph graph = GraphBuilder.build(catalogue);
    BriefingPapers papers =
        new BriefingPapers(reads, graph, new MarkdownRenderer()).keepingMarkup(kept);
    reads.begin();
    BriefingPaper paper = papers.build(PROJECT, TestRepos.PROVENANCE);
    return new Made(paper, reads.read());
  }

  @Test
  void aPaperMadeWithKeptTextsIsThePaperMadeAfresh() {
    Catalogue catalogue = Papers.loaded(TestRepos.REPO).validation().catalogue();
    KeptRenderings<Markup> kept = KeptRenderings.keeping();
    Made first = make(catalogue, kept);

    KeptRenderings<Markup> next = kept.next();
    Made again = make(catalogue, next);
    Made afresh = make(catalogue, KeptRenderings.none());
    assertThat(next.reused()).isGreaterThan(3).isEqualTo(next.used());
    assertThat(again).isEqualTo(afresh).isEqualTo(first);
    assertThat(again.read()).extracting(Entity::path).contains(CITED);
  }

  @Test
  void aTextIsMadeAgainWhenWhatItLinksToChanges() {
    Catalogue catalogue = Papers.loaded(TestRepos.REPO).validation().catalogue();
    KeptRenderings<Markup> kept = KeptRenderings.keeping();
    Made before = make(catalogue, kept);
    assertThat(before.paper().toString()).doesNotContain("https://example.org/synthetic-crerar");

    // Synthetic test data: the cited reference given a web address; the project is unchanged.
    List<Entity> entities = new ArrayList<>();
    for (Entity e : catalogue.all()) {
      if (e.path().equals(CITED)) {
        ObjectNode data = e.data().deepCopy();
        data.put("url", "https://example.org/synthetic-crerar");
        e = new Entity(e.kind(), e.id(), e.path(), data, e.positions(), e.body(), e.bodyLine());
      }
      entities.add(e);
    }
    Catalogue cited = new Catalogue(entities);
    Made again = make(cited, kept.next());
    assertThat(again.paper().toString()).contains("https://example.org/synthetic-crerar");
    assertThat(again).isEqualTo(make(cited, KeptRenderings.none()));
  }
}
