package scot.pmo.render.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.pmo.link.GraphBuilder;
import scot.pmo.load.LoadLimits;
import scot.pmo.model.Catalogue;
import scot.pmo.model.Entity;
import scot.pmo.model.Kind;
import scot.pmo.model.SourceMap;
import scot.pmo.render.markdown.LinkTargets;
import scot.pmo.render.markdown.MarkdownRenderer;
import scot.pmo.render.template.Templates;
import scot.pmo.workflow.Snapshot;
import scot.pmo.workflow.WorkflowContext;

/**
 * A body's HTML is taken from the build before only where everything it was made from is as it was,
 * and a site built with the bodies kept is the same bytes as one built afresh.
 */
class RenderedBodiesTest {

  private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

  private final AtomicInteger renders = new AtomicInteger();

  private static Entity entity(String path, String body) {
    return new Entity(
        Kind.PROJECT,
        path.substring(path.lastIndexOf('/') + 1, path.lastIndexOf('.')),
        path,
        JsonNodeFactory.instance.objectNode(),
        new SourceMap(path),
        body,
        1);
  }

  /** Renders the link as its target, or as text, counting the renders. */
  private String html(RenderedBodies bodies, Entity e, String page, LinkTargets links) {
    return bodies.html(
        e,
        page,
        RENDERER,
        links,
        targets -> {
          renders.incrementAndGet();
          return targets.href("other.md", e.path()).orElse("text") + " " + e.body();
        });
  }

  private static LinkTargets leadingTo(String href) {
    return (url, from) -> Optional.of(href);
  }

  @Test
  void anUnchangedBodyIsRenderedOnceAcrossBuilds() {
    Entity e = entity("content/projects/a.md", "Body");
    RenderedBodies first = RenderedBodies.keeping();
    assertThat(html(first, e, "projects/a.html", leadingTo("other.html")))
        .isEqualTo("other.html Body");
    RenderedBodies second = first.next();
    assertThat(html(second, e, "projects/a.html", leadingTo("other.html")))
        .isEqualTo("other.html Body");
    assertThat(renders).hasValue(1);
    assertThat(second.reused()).isEqualTo(1);
  }

  @Test
  void aLinkThatLeadsElsewhereRendersTheBodyAgain() {
    Entity e = entity("content/projects/a.md", "Body");
    RenderedBodies first = RenderedBodies.keeping();
    html(first, e, "projects/a.html", leadingTo("other.html"));
    LinkTargets gone = (url, from) -> Optional.empty();
    assertThat(html(first.next(), e, "projects/a.html", gone)).isEqualTo("text Body");
    assertThat(renders).hasValue(2);
  }

  @Test
  void anotherEntityOfTheSamePathIsRenderedAgain() {
    RenderedBodies first = RenderedBodies.keeping();
    html(first, entity("content/projects/a.md", "Body"), "projects/a.html", leadingTo("x"));
    Entity edited = entity("content/projects/a.md", "Body edited");
    assertThat(html(first.next(), edited, "projects/a.html", leadingTo("x")))
        .isEqualTo("x Body edited");
    assertThat(renders).hasValue(2);
  }

  @Test
  void aPageAtAnotherDepthIsRenderedAgain() {
    Entity e = entity("content/projects/a.md", "Body");
    RenderedBodies first = RenderedBodies.keeping();
    html(first, e, "projects/a.html", leadingTo("x"));
    html(first.next(), e, "a.html", leadingTo("x"));
    assertThat(renders).hasValue(2);
  }

  @Test
  void onlyTheBodiesTheLastBuildUsedAreKept() {
    Entity a = entity("content/projects/a.md", "A");
    Entity b = entity("content/projects/b.md", "B");
    RenderedBodies first = RenderedBodies.keeping();
    html(first, a, "projects/a.html", leadingTo("x"));
    html(first, b, "projects/b.html", leadingTo("x"));
    RenderedBodies second = first.next();
    html(second, a, "projects/a.html", leadingTo("x")); // b deleted
    RenderedBodies third = second.next();
    html(third, b, "projects/b.html", leadingTo("x"));
    assertThat(renders).hasValue(3);
    assertThat(third.reused()).isZero();
  }

  @Test
  void noneKeepsNothing() {
    Entity e = entity("content/projects/a.md", "Body");
    html(RenderedBodies.none(), e, "projects/a.html", leadingTo("x"));
    html(RenderedBodies.none().next(), e, "projects/a.html", leadingTo("x"));
    assertThat(renders).hasValue(2);
  }

  /**
   * The sample site built, then built again with the bodies kept after the meeting that a
   * reference's body links to is deleted: the reference is the same entity, but its link now leads
   * nowhere, and the site is the same bytes as one built afresh.
   */
  @Test
  void aSiteBuiltWithKeptBodiesIsTheSameAsOneBuiltAfresh(@TempDir Path tmp) throws IOException {
    WorkflowContext context = new WorkflowContext(SampleSite.REPO, LoadLimits.DEFAULT);
    Snapshot snapshot = Snapshot.load(context);
    Catalogue whole = snapshot.catalogue();
    String meeting = "content/meetings/chief-executive-workshop-2021.md";
    String reference = "references/programme-proposal-2021.html";
    List<Entity> fewer = new ArrayList<>(whole.all());
    assertThat(fewer.removeIf(e -> e.path().equals(meeting))).isTrue();
    Catalogue without = new Catalogue(fewer);

    RenderedBodies kept = RenderedBodies.keeping();
    build(context, whole, kept, tmp.resolve("first"));
    assertThat(Files.readString(tmp.resolve("first").resolve(reference)))
        .contains("meetings/chief-executive-workshop-2021.html");
    RenderedBodies next = kept.next();
    build(context, without, next, tmp.resolve("kept"));
    build(context, without, RenderedBodies.none(), tmp.resolve("afresh"));

    assertThat(next.reused()).isGreaterThan(10);
    assertThat(Files.readString(tmp.resolve("kept").resolve(reference)))
        .doesNotContain("chief-executive-workshop-2021.html")
        .contains("Chief Executive / Chief Officer workshop");
    Map<String, String> afresh = contents(tmp.resolve("afresh"));
    assertThat(contents(tmp.resolve("kept"))).isEqualTo(afresh);
  }

  private static void build(
      WorkflowContext context, Catalogue catalogue, RenderedBodies bodies, Path out)
      throws IOException {
    Files.createDirectories(out);
    new SiteBuilder(context.repo(), new Templates(context.repo()), context.markdown())
        .keepingBodies(bodies)
        .build(catalogue, GraphBuilder.build(catalogue), SiteOptions.defaults(), out);
  }

  private static Map<String, String> contents(Path root) throws IOException {
    Map<String, String> out = new java.util.TreeMap<>();
    for (String file : SampleSite.files(root)) {
      out.put(file, Files.readString(root.resolve(file)));
    }
    return out;
  }
}
