package scot.pmo.workflow;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import scot.pmo.link.Edge;
import scot.pmo.link.GraphNode;
import scot.pmo.link.GraphSelection;
import scot.pmo.publish.OutputCache;
import scot.pmo.render.graph.SvgGraphRenderer;
import scot.pmo.render.site.GraphPicture;

/**
 * The interdependency map's pictures, each drawn once for what it shows and then taken from the
 * repository's {@code .pmo/cache/maps/}. ELK's layout, and loading the nine hundred classes of ELK,
 * EMF and Guava that it needs, was about a fifth of a build of 100 entities; most changes to the
 * content (a summary, a date, a case study) leave the map as it was. The key covers everything the
 * drawing reads: each node's id, kind and title, each edge's ends and label, the focus, the
 * picture's title and description, and pmo's build. {@code pmo build} keeps only the pictures it
 * used; the preview keeps each picture it draws until the next build.
 */
final class CachedMapPicture implements GraphPicture {

  /** Changes whenever what the key covers, or how the picture is drawn from it, changes. */
  private static final String KEY_FORMAT = "pmo map 1";

  private final OutputCache cache;
  private final AtomicInteger drawn = new AtomicInteger();
  private final AtomicInteger reused = new AtomicInteger();

  CachedMapPicture(OutputCache cache) {
    this.cache = cache;
  }

  @Override
  public Optional<String> render(GraphSelection selection, String title, String description) {
    String key = cache.enabled() ? key(selection, title, description) : "";
    Optional<byte[]> kept = cache.enabled() ? cache.get(key, "svg") : Optional.empty();
    if (kept.isPresent()) {
      reused.incrementAndGet();
      return Optional.of(new String(kept.get(), StandardCharsets.UTF_8));
    }
    String svg = SvgGraphRenderer.render(selection, title, description);
    drawn.incrementAndGet();
    cache.put(key, "svg", svg.getBytes(StandardCharsets.UTF_8));
    return Optional.of(svg);
  }

  /**
   * Removes the pictures this run did not draw or take ({@link OutputCache#prune}), and says how
   * many it drew and took, for {@code --verbose}.
   */
  String finish() {
    cache.prune();
    return "map pictures: " + drawn.get() + " drawn, " + reused.get() + " reused";
  }

  static String key(GraphSelection selection, String title, String description) {
    MessageDigest digest = InputDigest.sha256();
    InputDigest.field(digest, "key", KEY_FORMAT);
    InputDigest.field(digest, "version", InputDigest.PMO_BUILD);
    InputDigest.field(digest, "title", title);
    InputDigest.field(digest, "description", description);
    InputDigest.field(digest, "focus", selection.focus().orElse(""));
    for (GraphNode node : selection.nodes()) {
      InputDigest.field(digest, "node", node.id());
      InputDigest.field(digest, "kind", node.kind());
      InputDigest.field(digest, "title", node.title());
    }
    for (Edge edge : selection.edges()) {
      InputDigest.field(digest, "from", edge.from());
      InputDigest.field(digest, "to", edge.to());
      InputDigest.field(digest, "label", edge.label());
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
