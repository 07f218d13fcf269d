package scot.pmo.render.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import scot.pmo.link.Edge;
import scot.pmo.link.GraphNode;
import scot.pmo.link.GraphSelection;

/**
 * Places a graph selection in columns by kind, ordered to cut edge crossings, and works out every
 * box, wrapped title, edge route and edge label in SVG user units.
 */
public final class LayeredLayout {

  /** Font sizes and spacing, in user units (pixels at 100%). */
  static final double MARGIN = 24;

  static final double NODE_WIDTH = 200;
  static final double PAD = 8;
  static final double BAND = 6;
  static final double CAPTION_SIZE = 10.5;
  static final double CAPTION_LINE = 14;
  static final double TITLE_SIZE = 13;
  static final double TITLE_LINE = 16;
  static final double LABEL_SIZE = 11;
  static final double LABEL_PITCH = 16;
  static final double PORT_PITCH = 6;
  static final double LANE_PAD = 6;
  static final double NODE_GAP = 14;
  static final double CURVE_ZONE = 120;
  static final int MAX_LINES = 3;
  static final int MAX_LABEL_CHARS = 32;

  /** Above this many edges, only a focus node's own edges are labelled, or none. */
  static final int MAX_LABELLED = 40;

  static final double CHANNEL_GAP = 6;
  private static final int SWEEPS = 8;

  /** Prefix of the slots that carry a line through a column; entity ids cannot hold it. */
  private static final String CHANNEL = "\u0000";

  /**
   * Column of each kind, read left to right from the programme out to its evidence. Organisations
   * get a column of their own: there are many, and people and references both point at them.
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

  /** Height of a line box as a multiple of the font size, and the baseline within it. */
  static final double LINE_BOX = 1.17;

  static final double ASCENT = 0.93;

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
   * @param points a straight run (its start and end), then per gap crossed a cubic Bézier (two
   *     control points and its end) followed by a straight run to the next point; the last point is
   *     on the target's border
   * @param edges the edges it stands for, in selection order
   * @param label the relation written beside the start, when the view labels this edge
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

  /** Which side of a node an edge leaves or enters by. */
  private enum Side {
    LEFT,
    RIGHT
  }

  /**
   * One end of a link at a node.
   *
   * @param next the slot the line goes to first, for ordering the ends on a side
   * @param source whether the link starts here, where its label goes
   */
  private record End(Link link, String node, Side side, String next, boolean source) {}

  private final Map<String, GraphNode> nodes = new LinkedHashMap<>();
  private final Optional<String> focus;

  /** Per column, its slots top to bottom: node ids and the channels of lines passing through. */
  private final List<List<String>> columns;

  private final Map<String, Integer> column = new HashMap<>();

  /** Per link, the slots it joins: its source, the channels it passes, its target. */
  private final Map<Link, List<String>> chains = new LinkedHashMap<>();

  /** The ends at each side of each node, keyed by {@link #side}. */
  private final Map<String, List<End>> ends = new HashMap<>();

  private final Map<String, List<String>> lines = new HashMap<>();
  private final Map<String, Double> height = new HashMap<>();
  private final Map<String, Double> centre = new HashMap<>();
  private double canvas;

  /** Per column: the width of the label lanes either side, and the x of its nodes. */
  private final double[] laneLeft;

  private final double[] laneRight;
  private final double[] left;
  private final Map<String, NodeBox> boxes = new LinkedHashMap<>();

  /** Per link, the height at which it leaves its source and enters its target. */
  private final Map<Link, Double> startY = new HashMap<>();

  private final Map<Link, Double> endY = new HashMap<>();

  /** Lays out a selection: columns and channels, then sizes, then order, then places. */
  public static Layout of(GraphSelection selection) {
    LayeredLayout layout = new LayeredLayout(selection);
    layout.measure();
    layout.order();
    return layout.place();
  }

  private LayeredLayout(GraphSelection selection) {
    selection.nodes().forEach(n -> nodes.putIfAbsent(n.id(), n));
    focus = selection.focus().filter(nodes::containsKey);
    List<Link> links = links(selection.edges(), nodes, focus);
    columns = columns(nodes.values(), links);
    laneLeft = new double[columns.size()];
    laneRight = new double[columns.size()];
    left = new double[columns.size()];
    for (int c = 0; c < columns.size(); c++) {
      for (String id : columns.get(c)) {
        column.put(id, c);
      }
    }
    // A line that spans columns passes each one in a channel of its own, kept free of nodes,
    // instead of running behind them.
    for (Link l : links) {
      int from = column.get(l.from());
      int to = column.get(l.to());
      int step = Integer.signum(to - from);
      List<String> chain = new ArrayList<>(List.of(l.from()));
      for (int c = from + step; c != to; c += step) {
        String channel = CHANNEL + chains.size() + "@" + c;
        columns.get(c).add(channel);
        column.put(channel, c);
        chain.add(channel);
      }
      chain.add(l.to());
      chains.put(l, chain);
      // Lines leave towards their target's column; within a column, they loop on the right.
      add(new End(l, l.from(), from <= to ? Side.RIGHT : Side.LEFT, chain.get(1), true));
      add(
          new End(
              l, l.to(), from < to ? Side.LEFT : Side.RIGHT, chain.get(chain.size() - 2), false));
    }
  }

  private void add(End end) {
    ends.computeIfAbsent(side(end.node(), end.side()), k -> new ArrayList<>()).add(end);
  }

  private static String side(String node, Side side) {
    return node + " " + side;
  }

  /**
   * Wraps each title and sizes each node: tall enough for its title, and for the ends on each side:
   * a row each where labels start, and elsewhere enough that arrowheads do not pile up.
   */
  private void measure() {
    for (GraphNode n : nodes.values()) {
      List<String> wrapped =
          TextMetrics.wrap(
              n.title().isBlank() ? n.id() : n.title(),
              NODE_WIDTH - BAND - 2 * PAD,
              TITLE_SIZE,
              MAX_LINES);
      lines.put(n.id(), wrapped);
      double h = 2 * PAD + CAPTION_LINE + wrapped.size() * TITLE_LINE;
      for (Side side : Side.values()) {
        List<End> at = ends.getOrDefault(side(n.id(), side), List.of());
        boolean labels = at.stream().anyMatch(e -> e.source() && e.link().labelled());
        h = Math.max(h, at.size() * (labels ? LABEL_PITCH : PORT_PITCH));
      }
      height.put(n.id(), h);
    }
    canvas = columns.stream().mapToDouble(this::columnHeight).max().orElse(0);
    columns.forEach(this::stack);
  }

  /**
   * Orders each column by the mean height of each slot's neighbours along the chains, sweeping back
   * and forth; the sort is stable, so ties keep the selection's order.
   */
  private void order() {
    Map<String, List<String>> neighbours = new HashMap<>();
    for (List<String> chain : chains.values()) {
      for (int k = 1; k < chain.size(); k++) {
        neighbours.computeIfAbsent(chain.get(k - 1), s -> new ArrayList<>()).add(chain.get(k));
        neighbours.computeIfAbsent(chain.get(k), s -> new ArrayList<>()).add(chain.get(k - 1));
      }
    }
    for (int sweep = 0; sweep < SWEEPS; sweep++) {
      for (int i = 0; i < columns.size(); i++) {
        List<String> col = columns.get(sweep % 2 == 0 ? i : columns.size() - 1 - i);
        int c = column.get(col.get(0));
        Map<String, Double> bary = new HashMap<>();
        for (String slot : col) {
          // Neighbours in the same column say nothing about the order, so they are left out.
          bary.put(
              slot,
              neighbours.getOrDefault(slot, List.of()).stream()
                  .filter(o -> column.get(o) != c)
                  .mapToDouble(centre::get)
                  .average()
                  .orElse(centre.get(slot)));
        }
        col.sort(Comparator.comparingDouble(bary::get));
        stack(col);
      }
    }
  }

  /** Each slot keeps half a gap above and below, so a column's height is order-free. */
  private static double margin(String slot) {
    return slot.startsWith(CHANNEL) ? CHANNEL_GAP / 2 : NODE_GAP / 2;
  }

  private double columnHeight(List<String> col) {
    return col.stream().mapToDouble(s -> height.getOrDefault(s, 0.0) + 2 * margin(s)).sum();
  }

  /** Stacks a column in its current order, centred in the canvas, and records each centre. */
  private void stack(List<String> col) {
    double y = MARGIN + (canvas - columnHeight(col)) / 2;
    for (String slot : col) {
      double h = height.getOrDefault(slot, 0.0);
      centre.put(slot, y + margin(slot) + h / 2);
      y += h + 2 * margin(slot);
    }
  }

  /** Places the columns, with a lane beside each for the labels of the lines that start there. */
  private Layout place() {
    for (List<End> at : ends.values()) {
      for (End e : at) {
        if (e.source() && e.link().labelled()) {
          double[] lane = e.side() == Side.LEFT ? laneLeft : laneRight;
          int c = column.get(e.node());
          lane[c] =
              Math.max(lane[c], TextMetrics.width(e.link().label(), LABEL_SIZE) + 2 * LANE_PAD);
        }
      }
    }
    double x = MARGIN;
    for (int c = 0; c < columns.size(); c++) {
      left[c] = x + laneLeft[c];
      x = left[c] + NODE_WIDTH + laneRight[c] + CURVE_ZONE;
    }
    for (GraphNode n : nodes.values()) {
      double h = height.get(n.id());
      Box box = new Box(left[column.get(n.id())], centre.get(n.id()) - h / 2, NODE_WIDTH, h);
      boxes.put(
          n.id(), nodeBox(n, box, focus.map(n.id()::equals).orElse(false), lines.get(n.id())));
    }
    // Ports: the ends on each side spread evenly, in the order of where they lead.
    for (List<End> side : ends.values()) {
      List<End> at = new ArrayList<>(side);
      at.sort(Comparator.comparingDouble(e -> centre.get(e.next())));
      Box box = boxes.get(at.get(0).node()).box();
      for (int k = 0; k < at.size(); k++) {
        End e = at.get(k);
        (e.source() ? startY : endY).put(e.link(), box.y() + (k + 0.5) * box.height() / at.size());
      }
    }
    List<Route> routes = new ArrayList<>();
    chains.forEach((link, chain) -> routes.add(route(link, chain)));
    // The last column needs room on its right only for same-column loops.
    double width = columns.isEmpty() ? 2 * MARGIN : x - CURVE_ZONE / 2 + MARGIN;
    return new Layout(List.copyOf(boxes.values()), routes, width, canvas + 2 * MARGIN);
  }

  /**
   * A link's line: straight through the lanes, where labels are, and through channels, and curved
   * in the gaps between columns.
   */
  private Route route(Link l, List<String> chain) {
    int from = column.get(l.from());
    int to = column.get(l.to());
    boolean leftward = from > to;
    Box a = boxes.get(l.from()).box();
    Box b = boxes.get(l.to()).box();
    double ya = startY.get(l);
    double yb = endY.get(l);
    double sx = leftward ? a.x() : a.right();
    List<Point> points =
        new ArrayList<>(
            List.of(
                new Point(sx, ya),
                new Point(leftward ? sx - laneLeft[from] : sx + laneRight[from], ya)));
    if (from == to) {
      // Same column: bulge out to the right, further for nodes further apart.
      double bulge = Math.min(CURVE_ZONE * 0.6, 20 + Math.abs(yb - ya) * 0.15);
      double ex = b.right() + laneRight[to];
      points.addAll(
          List.of(
              new Point(points.get(1).x() + bulge, ya),
              new Point(ex + bulge, yb),
              new Point(ex, yb),
              new Point(b.right(), yb)));
    }
    for (int k = 1; from != to && k < chain.size(); k++) {
      int c = column.get(chain.get(k));
      boolean last = k == chain.size() - 1;
      double west = left[c] - laneLeft[c];
      double east = left[c] + NODE_WIDTH + laneRight[c];
      double in = leftward ? east : west;
      double out = last ? (leftward ? b.right() : b.x()) : leftward ? west : east;
      double y = last ? yb : centre.get(chain.get(k));
      Point p = points.get(points.size() - 1);
      double mid = (in - p.x()) / 2;
      points.addAll(
          List.of(
              new Point(p.x() + mid, p.y()),
              new Point(in - mid, y),
              new Point(in, y),
              new Point(out, y)));
    }
    Optional<Text> label = Optional.empty();
    if (l.labelled()) {
      double w = TextMetrics.width(l.label(), LABEL_SIZE);
      double h = LABEL_SIZE * LINE_BOX;
      double lx = leftward ? sx - LANE_PAD - w : sx + LANE_PAD;
      label = Optional.of(new Text(l.label(), new Box(lx, ya - h / 2, w, h), LABEL_SIZE));
    }
    boolean emphasised = focus.map(f -> f.equals(l.from()) || f.equals(l.to())).orElse(false);
    return new Route(l.from(), l.to(), l.edges(), List.copyOf(points), label, emphasised);
  }

  /** The column rank of a kind; kinds this class does not know go last. */
  static int rank(String kind) {
    return RANK.getOrDefault(kind, UNKNOWN_RANK);
  }

  /**
   * Columns in rank order. Only the ranks present get one, and neighbouring ranks with no edge
   * between them share one, so that a focus view stays narrow.
   */
  private static List<List<String>> columns(Collection<GraphNode> nodes, List<Link> links) {
    TreeMap<Integer, List<String>> byRank = new TreeMap<>();
    Map<String, Integer> rankOf = new HashMap<>();
    for (GraphNode n : nodes) {
      byRank.computeIfAbsent(rank(n.kind()), r -> new ArrayList<>()).add(n.id());
      rankOf.put(n.id(), rank(n.kind()));
    }
    Set<List<Integer>> joined = new HashSet<>();
    for (Link l : links) {
      joined.add(List.of(rankOf.get(l.from()), rankOf.get(l.to())));
      joined.add(List.of(rankOf.get(l.to()), rankOf.get(l.from())));
    }
    List<List<String>> columns = new ArrayList<>();
    Set<Integer> current = new HashSet<>();
    for (Map.Entry<Integer, List<String>> rank : byRank.entrySet()) {
      if (columns.isEmpty()
          || current.stream().anyMatch(r -> joined.contains(List.of(r, rank.getKey())))) {
        columns.add(new ArrayList<>());
        current.clear();
      }
      columns.get(columns.size() - 1).addAll(rank.getValue());
      current.add(rank.getKey());
    }
    return columns;
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
    String kind = n.kind().replace('-', ' ');
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
