package scot.pmo.render.paper;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import scot.pmo.link.GraphNode;
import scot.pmo.link.ProgrammeGraph;
import scot.pmo.markdown.MarkdownLinks;
import scot.pmo.model.Catalogue;
import scot.pmo.model.Entity;
import scot.pmo.model.Kind;
import scot.pmo.model.SourceRef;
import scot.pmo.render.markdown.LinkTargets;
import scot.pmo.render.markdown.SafeLinks;

/**
 * Where links go in a paper, which stands alone: a link to a reference that has a {@code url} goes
 * to that address; a web link stays; a link to any other content file keeps only its text.
 */
final class PaperLinks implements LinkTargets {

  private final Catalogue catalogue;
  private final Map<String, String> idByPath = new HashMap<>();

  PaperLinks(Catalogue catalogue, ProgrammeGraph graph) {
    this.catalogue = catalogue;
    for (GraphNode node : graph.nodes()) {
      if (!node.isTheme()) {
        idByPath.putIfAbsent(node.path(), node.id());
      }
    }
  }

  @Override
  public Optional<String> href(String url, String fromPath) {
    if (SafeLinks.isSafe(url)) {
      return Optional.of(url.strip());
    }
    return new MarkdownLinks.Found(url, SourceRef.file(fromPath))
        .target(fromPath)
        .map(idByPath::get)
        .flatMap(catalogue::get)
        .flatMap(PaperLinks::webAddress);
  }

  /**
   * The web address of a reference entity, if it has one, with angle brackets encoded so that it
   * can stand inside a Markdown link's {@code <...>}.
   */
  static Optional<String> webAddress(Entity entity) {
    return entity.kind() == Kind.REFERENCE
        ? entity
            .text("url")
            .map(String::strip)
            .filter(SafeLinks::isSafe)
            .map(url -> url.replace("<", "%3C").replace(">", "%3E"))
        : Optional.empty();
  }
}
