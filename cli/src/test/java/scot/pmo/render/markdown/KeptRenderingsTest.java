package scot.pmo.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A rendering is taken from the build before only where everything it was made from is as it was.
 */
class KeptRenderingsTest {

  private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

  private final AtomicInteger renders = new AtomicInteger();

  /** Renders the text with where its one link leads, or "text", counting the renders. */
  private String render(
      KeptRenderings<String> kept, String key, MarkdownRenderer renderer, LinkTargets links) {
    return kept.get(
        key,
        renderer,
        links,
        targets -> {
          renders.incrementAndGet();
          return targets.href("other.md", "content/a.md").orElse("text") + " " + key;
        });
  }

  private String render(KeptRenderings<String> kept, String key, LinkTargets links) {
    return render(kept, key, RENDERER, links);
  }

  private static LinkTargets leadingTo(String href) {
    return (url, from) -> Optional.of(href);
  }

  @Test
  void anUnchangedTextIsRenderedOnceAcrossBuilds() {
    KeptRenderings<String> first = KeptRenderings.keeping();
    assertThat(render(first, "A", leadingTo("other.html"))).isEqualTo("other.html A");
    KeptRenderings<String> second = first.next();
    assertThat(render(second, "A", leadingTo("other.html"))).isEqualTo("other.html A");
    assertThat(renders).hasValue(1);
    assertThat(second.reused()).isEqualTo(1);
    assertThat(second.used()).isEqualTo(1);
  }

  @Test
  void aLinkThatLeadsElsewhereRendersTheTextAgain() {
    KeptRenderings<String> first = KeptRenderings.keeping();
    render(first, "A", leadingTo("other.html"));
    LinkTargets gone = (url, from) -> Optional.empty();
    assertThat(render(first.next(), "A", gone)).isEqualTo("text A");
    assertThat(renders).hasValue(2);
  }

  @Test
  void eachLinkIsAskedOfTheNewBuildsTargetsSoItsReadsAreNoted() {
    KeptRenderings<String> first = KeptRenderings.keeping();
    render(first, "A", leadingTo("other.html"));
    List<String> asked = new ArrayList<>();
    LinkTargets noting =
        (url, from) -> {
          asked.add(url + " from " + from);
          return Optional.of("other.html");
        };
    render(first.next(), "A", noting);
    assertThat(renders).hasValue(1);
    assertThat(asked).containsExactly("other.md from content/a.md");
  }

  @Test
  void anotherKeyIsRenderedAfresh() {
    KeptRenderings<String> first = KeptRenderings.keeping();
    render(first, "A", leadingTo("x"));
    assertThat(render(first.next(), "A edited", leadingTo("x"))).isEqualTo("x A edited");
    assertThat(renders).hasValue(2);
  }

  @Test
  void aRendererOfOtherOutputRendersAgain() {
    KeptRenderings<String> first = KeptRenderings.keeping();
    render(first, "A", leadingTo("x"));
    render(first.next(), "A", MarkdownRenderer.withFlexmarkHtml(), leadingTo("x"));
    assertThat(renders).hasValue(2);
  }

  @Test
  void onlyTheTextsTheLastBuildUsedAreKept() {
    KeptRenderings<String> first = KeptRenderings.keeping();
    render(first, "A", leadingTo("x"));
    render(first, "B", leadingTo("x"));
    KeptRenderings<String> second = first.next();
    render(second, "A", leadingTo("x")); // B's file deleted
    KeptRenderings<String> third = second.next();
    render(third, "B", leadingTo("x"));
    assertThat(renders).hasValue(3);
    assertThat(third.reused()).isZero();
  }

  @Test
  void noneKeepsNothing() {
    KeptRenderings<String> none = KeptRenderings.none();
    render(none, "A", leadingTo("x"));
    render(none.next(), "A", leadingTo("x"));
    assertThat(renders).hasValue(2);
    assertThat(none.keeps()).isFalse();
  }
}
