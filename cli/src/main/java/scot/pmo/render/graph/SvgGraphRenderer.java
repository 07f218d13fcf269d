package scot.pmo.render.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import scot.pmo.link.Edge;
import scot.pmo.link.GraphNode;
import scot.pmo.link.GraphSelection;
import scot.pmo.model.Kind;
import scot.pmo.render.Escape;
import scot.pmo.render.graph.GraphLayout.Box;
import scot.pmo.render.graph.GraphLayout.Layout;
import scot.pmo.render.graph.GraphLayout.NodeBox;
import scot.pmo.render.graph.GraphLayout.Point;
import scot.pmo.render.graph.GraphLayout.Route;
import scot.pmo.render.graph.GraphLayout.Text;

/**
 * Writes a graph selection as a standalone SVG 1.1 document that screen readers can describe and
 * that needs no scripts, fonts or style sheets beyond itself.
 */
public final class SvgGraphRenderer {

  /** Wide fonts first: the layout measures text as DejaVu Sans, and Verdana is as wide. */
  private static final String FONTS = "'DejaVu Sans', Verdana, 'Bitstream Vera Sans', sans-serif";

  private static final double HEADING_SIZE = 16;
  private static final double HEADING_SPACE = 28;
  private static final String INK = "#1a1a1a";
  private static final String PAPER = "#ffffff";
  private static final String FOCUS_FILL = "#fff6dd";
  private static final String EDGE = "#6b7380";
  private static final String EDGE_STRONG = "#333a45";

  /** Per kind: dark enough that the caption, written in it, has 5.4:1 contrast or more. */
  private static final Map<String, String> COLOUR =
      Map.ofEntries(
          Map.entry("programme", "#1d3a6e"),
          Map.entry("anchor", "#7a1fa2"),
          Map.entry("workstream", "#4527a0"),
          Map.entry("project", "#00695c"),
          Map.entry("interdependency", "#b71c1c"),
          Map.entry("milestone", "#8a4b00"),
          Map.entry("meeting", "#a1361a"),
          Map.entry("role", "#455a64"),
          Map.entry("person", "#2e6b30"),
          Map.entry("organisation", "#1558b0"),
          Map.entry("text", "#6d4c41"),
          Map.entry("case-study", "#ad1457"),
          Map.entry("reference", "#4e5a6b"),
          Map.entry(GraphNode.THEME, "#5b6b00"));

  private static final String OTHER_COLOUR = "#3d4451";

  private SvgGraphRenderer() {}

  /**
   * The selection as an SVG document.
   *
   * @param title the document's accessible name, also shown as its heading
   * @param description a sentence or two on what the graph is for; a summary of what it shows
   *     (nodes by kind, relations, the focus) follows it in the {@code <desc>}
   */
  public static String render(GraphSelection selection, String title, String description) {
    Layout layout = GraphLayout.of(selection);
    // The heading is cut to the graph's width, unless the graph is tiny, rather than widen it.
    String heading =
        TextMetrics.ellipsis(
            Escape.xmlChars(title),
            Math.max(layout.width() - 2 * GraphLayout.MARGIN, 480),
            HEADING_SIZE);
    double width =
        Math.max(layout.width(), 2 * GraphLayout.MARGIN + TextMetrics.width(heading, HEADING_SIZE));
    double height = layout.height() + HEADING_SPACE;

    StringBuilder svg = new StringBuilder();
    svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\"")
        .append(" width=\"")
        .append(num(width))
        .append("\" height=\"")
        .append(num(height))
        .append("\" viewBox=\"0 0 ")
        .append(num(width))
        .append(' ')
        .append(num(height))
        .append("\" role=\"img\" aria-labelledby=\"graph-title graph-desc\"")
        .append(" font-family=\"")
        .append(FONTS)
        .append("\">\n");
    svg.append("<title id=\"graph-title\">").append(Escape.xml(title)).append("</title>\n");
    String desc =
        description.isBlank()
            ? summary(selection, layout)
            : description.strip() + " " + summary(selection, layout);
    svg.append("<desc id=\"graph-desc\">").append(Escape.xml(desc)).append("</desc>\n");
    svg.append("<defs>\n")
        .append(marker("arrow", EDGE))
        .append(marker("arrow-strong", EDGE_STRONG))
        .append("</defs>\n");
    svg.append("<rect width=\"100%\" height=\"100%\" fill=\"").append(PAPER).append("\"/>\n");
    svg.append("<text x=\"")
        .append(num(GraphLayout.MARGIN))
        .append("\" y=\"")
        .append(num(GraphLayout.MARGIN + HEADING_SIZE * GraphLayout.ASCENT))
        .append("\" font-size=\"")
        .append(num(HEADING_SIZE))
        .append("\" fill=\"")
        .append(INK)
        .append("\">")
        .append(Escape.xml(heading))
        .append("</text>\n");
    svg.append("<g transform=\"translate(0 ").append(num(HEADING_SPACE)).append(")\">\n");
    edges(svg, layout, selection.focus().isPresent());
    labels(svg, layout);
    nodes(svg, layout);
    svg.append("</g>\n</svg>\n");
    return svg.toString();
  }

  /** Drawn first, so that nodes and labels sit on top of the lines that pass behind them. */
  private static void edges(StringBuilder svg, Layout layout, boolean focusView) {
    Map<String, String> titles = new TreeMap<>();
    layout.nodes().forEach(n -> titles.put(n.node().id(), display(n.node())));
    svg.append("<g class=\"edges\" fill=\"none\">\n");
    for (Route r : layout.routes()) {
      List<Point> p = r.points();
      boolean strong = r.emphasised();
      // In a focus view the focus node's lines stand out; elsewhere many lines share the space.
      String opacity = strong ? "0.9" : focusView ? "0.5" : "0.45";
      svg.append("<path d=\"M").append(pt(p.get(0)));
      for (int i = 1; i < p.size(); i++) {
        svg.append(" L").append(pt(p.get(i)));
      }
      svg.append("\" stroke=\"")
          .append(strong ? EDGE_STRONG : EDGE)
          .append("\" stroke-width=\"")
          .append(strong ? "1.4" : "1")
          .append("\" stroke-opacity=\"")
          .append(opacity)
          .append("\" marker-end=\"url(#")
          .append(strong ? "arrow-strong" : "arrow")
          .append(")\"><title>")
          .append(
              Escape.xml(
                  titles.get(r.from()) + " " + relation(r.edges()) + " " + titles.get(r.to())))
          .append("</title></path>\n");
    }
    svg.append("</g>\n");
  }

  private static void labels(StringBuilder svg, Layout layout) {
    svg.append("<g class=\"edge-labels\" font-size=\"")
        .append(num(GraphLayout.LABEL_SIZE))
        .append("\" fill=\"")
        .append(EDGE_STRONG)
        .append("\">\n");
    for (Route r : layout.routes()) {
      if (r.label().isEmpty()) {
        continue;
      }
      Text t = r.label().get();
      Box b = t.box();
      // The white ground hides the line under the label and any line that crosses it.
      svg.append("<rect x=\"")
          .append(num(b.x() - 2))
          .append("\" y=\"")
          .append(num(b.y()))
          .append("\" width=\"")
          .append(num(b.width() + 4))
          .append("\" height=\"")
          .append(num(b.height()))
          .append("\" fill=\"")
          .append(PAPER)
          .append("\"/>\n");
      svg.append(text(t)).append('\n');
    }
    svg.append("</g>\n");
  }

  private static void nodes(StringBuilder svg, Layout layout) {
    Set<String> used = new HashSet<>();
    svg.append("<g class=\"nodes\">\n");
    for (NodeBox n : layout.nodes()) {
      GraphNode node = n.node();
      Box b = n.box();
      String colour = COLOUR.getOrDefault(node.kind(), OTHER_COLOUR);
      svg.append("<g id=\"").append(xmlId(node.id(), used)).append("\">\n");
      svg.append("<title>")
          .append(
              Escape.xml(
                  display(node)
                      + ", "
                      + kindName(node.kind())
                      + (n.focus() ? " (the focus of this view)" : "")))
          .append("</title>\n");
      svg.append("<rect x=\"")
          .append(num(b.x()))
          .append("\" y=\"")
          .append(num(b.y()))
          .append("\" width=\"")
          .append(num(b.width()))
          .append("\" height=\"")
          .append(num(b.height()))
          .append("\" rx=\"4\" fill=\"")
          .append(n.focus() ? FOCUS_FILL : PAPER)
          .append("\" stroke=\"")
          .append(colour)
          .append("\" stroke-width=\"")
          .append(n.focus() ? "3.5" : "1.5")
          .append("\"/>\n");
      // A band in the kind's colour; the caption says the kind in words as well.
      svg.append("<rect x=\"")
          .append(num(b.x() + 2))
          .append("\" y=\"")
          .append(num(b.y() + 2))
          .append("\" width=\"")
          .append(num(GraphLayout.BAND - 2))
          .append("\" height=\"")
          .append(num(b.height() - 4))
          .append("\" fill=\"")
          .append(colour)
          .append("\"/>\n");
      svg.append("<g fill=\"")
          .append(colour)
          .append("\" font-size=\"")
          .append(num(GraphLayout.CAPTION_SIZE))
          .append("\">")
          .append(text(n.caption()))
          .append("</g>\n");
      svg.append("<g fill=\"")
          .append(INK)
          .append("\" font-size=\"")
          .append(num(GraphLayout.TITLE_SIZE))
          .append("\">\n");
      for (Text line : n.lines()) {
        svg.append(text(line)).append('\n');
      }
      svg.append("</g>\n</g>\n");
    }
    svg.append("</g>\n");
  }

  /** The words of the {@code <desc>}: what there is, how many, and where it is centred. */
  static String summary(GraphSelection selection, Layout layout) {
    TreeMap<String, Integer> counts = new TreeMap<>();
    selection.nodes().forEach(n -> counts.merge(n.kind(), 1, Integer::sum));
    List<String> kinds = new ArrayList<>(counts.keySet());
    kinds.sort(Comparator.comparingInt(GraphLayout::rank));
    int nodes = selection.nodes().size();
    int edges = selection.edges().size();
    StringBuilder out = new StringBuilder();
    out.append(nodes).append(nodes == 1 ? " node" : " nodes");
    if (!kinds.isEmpty()) {
      out.append(": ")
          .append(
              kinds.stream()
                  .map(k -> counts.get(k) + " " + (counts.get(k) == 1 ? kindName(k) : plural(k)))
                  .collect(Collectors.joining(", ")));
    }
    out.append("; ")
        .append(edges)
        .append(edges == 1 ? " relation" : " relations")
        .append(" between them.");
    selection
        .focus()
        .ifPresent(
            f -> {
              Optional<GraphNode> node =
                  selection.nodes().stream().filter(n -> n.id().equals(f)).findFirst();
              out.append(" Centred on ")
                  .append(
                      node.map(n -> "the " + kindName(n.kind()) + " " + display(n) + " (" + f + ")")
                          .orElse(f))
                  .append('.');
            });
    boolean labelled = layout.routes().stream().anyMatch(r -> r.label().isPresent());
    boolean unlabelled = layout.routes().stream().anyMatch(r -> r.label().isEmpty());
    if (unlabelled) {
      out.append(
          labelled
              ? " Lines without a label name their relation in their tooltip."
              : " Each line names its relation in its tooltip.");
    }
    return out.toString();
  }

  private static String display(GraphNode node) {
    return node.title().isBlank() ? node.id() : node.title();
  }

  /** Read in the order the relation was written: "cites, links to". */
  private static String relation(List<Edge> edges) {
    return edges.stream().map(Edge::label).distinct().collect(Collectors.joining(", "));
  }

  /** A node's kind in a sentence: "case study", or for a theme, "theme". */
  private static String kindName(String kind) {
    return kindOf(kind).map(Kind::singular).orElse(kind.replace('-', ' '));
  }

  /** Several nodes of a kind in a sentence: "case studies", "people", "themes". */
  private static String plural(String kind) {
    return kindOf(kind).map(Kind::plural).orElse(kind.replace('-', ' ') + "s");
  }

  private static Optional<Kind> kindOf(String label) {
    return Kind.byName(label).filter(k -> k.label().equals(label));
  }

  private static String marker(String id, String colour) {
    return "<marker id=\""
        + id
        + "\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\""
        + " markerUnits=\"userSpaceOnUse\" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto\">"
        + "<path d=\"M0 0 L10 5 L0 10 z\" fill=\""
        + colour
        + "\"/></marker>\n";
  }

  private static String text(Text t) {
    return "<text x=\""
        + num(t.box().x())
        + "\" y=\""
        + num(t.baseline())
        + "\">"
        + Escape.xml(t.text())
        + "</text>";
  }

  /**
   * An XML id for an entity id: prefixed, since ids may start with a digit, and with anything
   * outside letters, digits, dot, hyphen and underscore (the colon of {@code theme:}) turned into a
   * hyphen; a clash so made gets a number.
   */
  static String xmlId(String id, Set<String> used) {
    StringBuilder out = new StringBuilder("n-");
    id.codePoints()
        .forEach(
            c ->
                out.append(
                    c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_')
                        ? (char) c
                        : '-'));
    String base = out.toString();
    String candidate = base;
    for (int i = 2; !used.add(candidate); i++) {
      candidate = base + "-" + i;
    }
    return candidate;
  }

  private static String pt(Point p) {
    return num(p.x()) + " " + num(p.y());
  }

  /** At most one decimal, so that output does not depend on floating-point noise. */
  static String num(double v) {
    long tenths = Math.round(v * 10);
    String sign = tenths < 0 ? "-" : "";
    long abs = Math.abs(tenths);
    return sign + abs / 10 + (abs % 10 == 0 ? "" : "." + abs % 10);
  }
}
