package scot.pmo.render.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import scot.pmo.link.Edge;
import scot.pmo.link.GraphNode;
import scot.pmo.link.GraphSelection;

/**
 * Lays out a graph selection with the Eclipse Layout Kernel's layered algorithm, left to right with
 * orthogonal lines, and gives every box, wrapped title, line and line label in SVG user units.
 *
 * <p>Each node is as wide as its longest line of text. Lines are laid out from the kind nearer the
 * programme to the kind further from it (programme, anchors, projects, then the records, people and
 * evidence), so that the columns read outwards from the programme; an arrowhead still shows which
 * way the reference was written. A fixed random seed makes the same selection give the same
 * coordinates.
 */
public final class GraphLayout {

  /** Font sizes and spacing, in user units (CSS pixels at the picture's natural size). */
  static final double MARGIN = 24;

  static final double PAD = 8;
  static final double BAND = 6;
  static final double CAPTION_SIZE = 12;
  static final double CAPTION_LINE = 16;
  static final double TITLE_SIZE = 14;
  static final double TITLE_LINE = 18;
  static final double LABEL_SIZE = 12;

  /** The widest a title's line may be before it wraps. */
  static final double MAX_TITLE_WIDTH = 200;

  static final int MAX_LINES = 3;
  static final int MAX_LABEL_CHARS = 32;

  /** Above this many edges, only a focus node's own edges are labelled, or none. */
  static final int MAX_LABELLED = 40;

  /** Height of a line box as a multiple of the font size, and the baseline within it. */
  static final double LINE_BOX = 1.17;

  static final double ASCENT = 0.93;

  /** The seed of the layered algorithm's random choices: fixed, so layouts repeat. */
  private static final int SEED = 1;

  /**
   * Rank of each kind, from the programme out to its evidence: a line is laid out from its lower
   * ranked end to its higher, whichever way it was written.
   */
  private static final Map<String, Integer> RANK =
      Map.ofEntries(
          Map.entry("programme", 0),
          Map.entry("anchor", 1),
          Map.entry("workstream", 1),
          Map.entry("project", 2),
          Map.entry("interdependency", 3),
          Map.entry("milestone", 3),
          Map.entry("meeting", 3),
          Map.entry("role", 4),
          Map.entry("person", 4),
          Map.entry("text", 4),
          Map.entry("organisation", 5),
          Map.entry("case-study", 6),
          Map.entry("reference", 6),
          Map.entry(GraphNode.THEME, 7));

  private static final int UNKNOWN_RANK = 8;

  /** A rectangle. */
  public record Box(double x, double y, double width, double height) {

    public double right() {
      return x + width;
    }

    public double bottom() {
      return y + height;
    }

    /** Whether the two share any area (touching edges do not count). */
    public boolean intersects(Box o) {
      return x < o.right() && o.x < right() && y < o.bottom() && o.y < bottom();
    }
  }

  /** A point. */
  public record Point(double x, double y) {}

  /** One line of text and the box it fills at its font size. */
  public record Text(String text, Box box, double size) {

    public double baseline() {
      return box.y() + ASCENT * size;
    }
  }

  /**
   * A node's place.
   *
   * @param caption the kind, written small above the title
   * @param lines the title, wrapped, the last line ending in an ellipsis if it was cut short
   */
  public record NodeBox(GraphNode node, Box box, boolean focus, Text caption, List<Text> lines) {}

  /**
   * The line for every edge between one pair of nodes, in one direction.
   *
   * @param points the corners of an orthogonal line, from the source's border to the target's
   * @param edges the edges it stands for, in selection order
   * @param label the relation, written on the line, when the view labels this edge
   * @param emphasised whether it touches the focus node
   */
  public record Route(
      String from,
      String to,
      List<Edge> edges,
      List<Point> points,
      Optional<Text> label,
      boolean emphasised) {}

  /** Everything placed, in a canvas of {@code width} by {@code height}. */
  public record Layout(List<NodeBox> nodes, List<Route> routes, double width, double height) {

    /** Every text: node captions and titles, then edge labels. */
    public List<Text> texts() {
      List<Text> out = new ArrayList<>();
      for (NodeBox n : nodes) {
        out.add(n.caption());
        out.addAll(n.lines());
      }
      routes.forEach(r -> r.label().ifPresent(out::add));
      return out;
    }
  }

  /** The edges between one pair of nodes, in one direction: drawn as one line. */
  private record Link(String from, String to, List<Edge> edges, boolean labelled) {

    String label() {
      return TextMetrics.shorten(
          edges.stream().map(Edge::label).distinct().reduce((a, b) -> a + ", " + b).orElse(""),
          MAX_LABEL_CHARS);
    }
  }

  /**
   * ELK's engine, once its options are known: the service registers the core options and the
   * layered algorithm's from their providers, found with {@link java.util.ServiceLoader}.
   */
  private static final RecursiveGraphLayoutEngine ENGINE;

  static {
    LayoutMetaDataService.getInstance();
    ENGINE = new RecursiveGraphLayoutEngine();
  }

  /** The most nodes a picture has whose ties keep the selection's order. */
  static final int MODEL_ORDER_LIMIT = 300;

  private GraphLayout() {}

  /** Lays out a selection: each node sized to its text, then ELK places nodes and lines. */
  public static Layout of(GraphSelection selection) {
    Map<String, GraphNode> nodes = new LinkedHashMap<>();
    selection.nodes().forEach(n -> nodes.putIfAbsent(n.id(), n));
    Optional<String> focus = selection.focus().filter(nodes::containsKey);
    List<Link> links = links(selection.edges(), nodes, focus);

    ElkNode root = ElkGraphUtil.createGraph();
    root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
    root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
    root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
    root.setProperty(CoreOptions.RANDOM_SEED, SEED);
    root.setProperty(CoreOptions.PADDING, new ElkPadding(MARGIN));
    // Close enough that the whole sample stays about 2,000 by 3,700, far enough that lines
    // 5 apart are told apart at the picture's natural size.
    root.setProperty(LayeredOptions.SPACING_NODE_NODE, 10.0);
    root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 32.0);
    root.setProperty(LayeredOptions.SPACING_EDGE_NODE, 12.0);
    root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 10.0);
    root.setProperty(LayeredOptions.SPACING_EDGE_EDGE, 5.0);
    root.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, 5.0);
    root.setProperty(LayeredOptions.SPACING_EDGE_LABEL, 4.0);
    root.setProperty(LayeredOptions.SPACING_COMPONENT_COMPONENT, 32.0);
    // Lines that leave a node on one side share their first stretch, as a tree does: a node
    // that many others point at (the programme) then has one trunk rather than a comb of lines.
    root.setProperty(LayeredOptions.MERGE_EDGES, true);
    // Brandes and Köpf's placement, the default, trips one of its own assertions on merged lines
    // in a focus view of the programme; network simplex places the nodes without.
    root.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.NETWORK_SIMPLEX);
    // Ties keep the selection's order, so that the picture follows the content's own order. ELK
    // sorts each layer for it by comparing its nodes pairwise, which grows with the square of a
    // layer: for the 787 nodes of a map of 10,000 synthetic entities it added 1.1 s to pages that
    // took 2.5 s. A picture that large is searched rather than read in order, so its ties are left
    // to ELK's crossing minimisation, seeded like the rest.
    if (nodes.size() <= MODEL_ORDER_LIMIT) {
      root.setProperty(
          LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
    }

    Map<String, ElkNode> elkNodes = new LinkedHashMap<>();
    Map<String, List<String>> wrapped = new LinkedHashMap<>();
    for (GraphNode n : nodes.values()) {
      List<String> lines =
          TextMetrics.wrap(
              n.title().isBlank() ? n.id() : n.title(), MAX_TITLE_WIDTH, TITLE_SIZE, MAX_LINES);
      wrapped.put(n.id(), lines);
      double text = TextMetrics.width(kind(n), CAPTION_SIZE);
      for (String line : lines) {
        text = Math.max(text, TextMetrics.width(line, TITLE_SIZE));
      }
      ElkNode node = ElkGraphUtil.createNode(root);
      node.setIdentifier(n.id());
      node.setDimensions(
          Math.ceil(BAND + 2 * PAD + text), 2 * PAD + CAPTION_LINE + lines.size() * TITLE_LINE);
      elkNodes.put(n.id(), node);
    }
    Map<Link, ElkEdge> elkEdges = new LinkedHashMap<>();
    for (Link l : links) {
      boolean forward = rank(nodes.get(l.from()).kind()) <= rank(nodes.get(l.to()).kind());
      ElkEdge edge =
          ElkGraphUtil.createSimpleEdge(
              elkNodes.get(forward ? l.from() : l.to()), elkNodes.get(forward ? l.to() : l.from()));
      if (l.labelled()) {
        ElkLabel label = ElkGraphUtil.createLabel(l.label(), edge);
        label.setDimensions(TextMetrics.width(l.label(), LABEL_SIZE) + 4, LABEL_SIZE * LINE_BOX);
        label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
      }
      elkEdges.put(l, edge);
    }

    ENGINE.layout(root, new BasicProgressMonitor());

    List<NodeBox> boxes = new ArrayList<>();
    for (GraphNode n : nodes.values()) {
      ElkNode e = elkNodes.get(n.id());
      Box box = new Box(e.getX(), e.getY(), e.getWidth(), e.getHeight());
      boxes.add(nodeBox(n, box, focus.map(n.id()::equals).orElse(false), wrapped.get(n.id())));
    }
    List<Route> routes = new ArrayList<>();
    elkEdges.forEach(
        (l, edge) -> {
          List<Point> points = new ArrayList<>();
          for (ElkEdgeSection s : edge.getSections()) {
            points.add(new Point(s.getStartX(), s.getStartY()));
            for (ElkBendPoint b : s.getBendPoints()) {
              points.add(new Point(b.getX(), b.getY()));
            }
            points.add(new Point(s.getEndX(), s.getEndY()));
          }
          // Laid out against the way it was written: drawn the way it was written.
          if (edge.getSources().get(0) != elkNodes.get(l.from())) {
            Collections.reverse(points);
          }
          Optional<Text> label =
              edge.getLabels().stream()
                  .findFirst()
                  .map(
                      lb ->
                          new Text(
                              lb.getText(),
                              new Box(lb.getX() + 2, lb.getY(), lb.getWidth() - 4, lb.getHeight()),
                              LABEL_SIZE));
          boolean emphasised = focus.map(f -> f.equals(l.from()) || f.equals(l.to())).orElse(false);
          routes.add(
              new Route(l.from(), l.to(), l.edges(), List.copyOf(points), label, emphasised));
        });
    double width = nodes.isEmpty() ? 2 * MARGIN : root.getWidth();
    double height = nodes.isEmpty() ? 2 * MARGIN : root.getHeight();
    return new Layout(List.copyOf(boxes), List.copyOf(routes), width, height);
  }

  /** The rank of a kind, from the programme outwards; kinds this class does not know go last. */
  static int rank(String kind) {
    return RANK.getOrDefault(kind, UNKNOWN_RANK);
  }

  private static String kind(GraphNode n) {
    return n.kind().replace('-', ' ');
  }

  /**
   * The edges merged per pair and direction, self-links left out. Labels fit beside a handful of
   * lines: all of a small selection's, or a focus node's own, or none.
   */
  private static List<Link> links(
      List<Edge> edges, Map<String, GraphNode> nodes, Optional<String> focus) {
    Map<String, List<Edge>> byPair = new LinkedHashMap<>();
    for (Edge e : edges) {
      // A file that links to itself says nothing a picture can show.
      if (!e.from().equals(e.to()) && nodes.containsKey(e.from()) && nodes.containsKey(e.to())) {
        byPair.computeIfAbsent(e.from() + " " + e.to(), k -> new ArrayList<>()).add(e);
      }
    }
    List<List<Edge>> pairs = new ArrayList<>(byPair.values());
    Predicate<List<Edge>> touchesFocus =
        es -> focus.map(f -> f.equals(es.get(0).from()) || f.equals(es.get(0).to())).orElse(false);
    boolean all = edges.size() <= MAX_LABELLED;
    boolean own = !all && pairs.stream().filter(touchesFocus).count() <= MAX_LABELLED;
    return pairs.stream()
        .map(
            es ->
                new Link(
                    es.get(0).from(),
                    es.get(0).to(),
                    List.copyOf(es),
                    all || own && touchesFocus.test(es)))
        .toList();
  }

  private static NodeBox nodeBox(GraphNode n, Box box, boolean focus, List<String> wrapped) {
    double x = box.x() + BAND + PAD;
    String kind = kind(n);
    Text caption =
        new Text(
            kind,
            new Box(
                x, box.y() + PAD, TextMetrics.width(kind, CAPTION_SIZE), CAPTION_SIZE * LINE_BOX),
            CAPTION_SIZE);
    List<Text> texts = new ArrayList<>();
    for (int i = 0; i < wrapped.size(); i++) {
      String line = wrapped.get(i);
      double y = box.y() + PAD + CAPTION_LINE + i * TITLE_LINE;
      texts.add(
          new Text(
              line,
              new Box(x, y, TextMetrics.width(line, TITLE_SIZE), TITLE_SIZE * LINE_BOX),
              TITLE_SIZE));
    }
    return new NodeBox(n, box, focus, caption, List.copyOf(texts));
  }
}
