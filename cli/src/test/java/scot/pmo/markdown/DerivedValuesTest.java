package scot.pmo.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import org.junit.jupiter.api.Test;
import scot.pmo.model.Catalogue;
import scot.pmo.model.Entity;
import scot.pmo.model.Kind;
import scot.pmo.model.SourceMap;

/** The links and parsed bodies a catalogue keeps, after one file of it changed. */
class DerivedValuesTest {

  @Test
  void aChangedBodyGivesItsNewLinksAndTheOthersAreKept() {
    Entity a = text("a", "See [b](b.md).\n");
    Entity b = text("b", "See [a](a.md).\n");
    Catalogue before = new Catalogue(List.of(a, b));
    ParsedBody bodyOfB = ParsedBody.of(before, b);
    List<MarkdownLinks.Found> linksOfB = MarkdownLinks.of(before, b);
    assertThat(MarkdownLinks.of(before, a))
        .extracting(MarkdownLinks.Found::url)
        .containsExactly("b.md");

    Entity changed = text("a", "See [the other](b.md) and [c](c.md).\n");
    Catalogue after = new Catalogue(List.of(changed, b), before);

    assertThat(MarkdownLinks.of(after, changed))
        .extracting(MarkdownLinks.Found::url)
        .containsExactly("b.md", "c.md");
    assertThat(ParsedBody.of(after, changed).text()).startsWith("See [the other]");
    assertThat(MarkdownLinks.of(after, b)).isSameAs(linksOfB);
    assertThat(ParsedBody.of(after, b)).isSameAs(bodyOfB);
  }

  @Test
  void theLinksAreTheOnesFoundWithoutACatalogue() {
    Entity a = text("a", "\n\nSee [b](b.md), <https://example.org> and ![i](i.png).\n");
    assertThat(MarkdownLinks.of(new Catalogue(List.of(a)), a)).isEqualTo(MarkdownLinks.of(a));
  }

  private static Entity text(String id, String body) {
    String path = "content/texts/" + id + ".md";
    SourceMap positions = new SourceMap(path);
    positions.putValue("", 2, 1);
    return new Entity(
        Kind.TEXT,
        id,
        path,
        JsonNodeFactory.instance.objectNode().put("title", "Synthetic " + id),
        positions,
        body,
        4);
  }
}
