package scot.pmo.render.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.pmo.render.graph.TestGraphs.edge;
import static scot.pmo.render.graph.TestGraphs.node;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import scot.pmo.link.GraphSelection;
import scot.pmo.render.graph.GraphLayout.Box;
import scot.pmo.render.graph.GraphLayout.Layout;
import scot.pmo.render.graph.GraphLayout.NodeBox;
import scot.pmo.render.graph.GraphLayout.Point;
import scot.pmo.render.graph.GraphLayout.Route;
import scot.pmo.render.graph.GraphLayout.Text;

class GraphLayoutTest {

  static Stream<Arguments> selections() {
    return Stream.of(
        Arguments.of("small", TestGraphs.small(Optional.empty())),
        Arguments.of("small, focused", TestGraphs.small(Optional.of("active-communities"))),
        Arguments.of("whole sample", TestGraphs.whole()),
        Arguments.of("interdependency map", TestGraphs.map()),
        Arguments.of("focus on a project", TestGraphs.focus("active-communities")),
        Arguments.of("focus on an organisation", TestGraphs.focus("improvement-service")),
        Arguments.of("focus on a programme", TestGraphs.focus("solace-is-transformation")),
        Arguments.of(
            "more nodes than keep their order",
            TestGraphs.anchorWithProjects(GraphLayout.MODEL_ORDER_LIMIT + 20)));
  }

  @Test
  void projectsThatTieKeepTheSelectionsOrderInAPictureOfUpToTheLimit() {
    int projects = GraphLayout.MODEL_ORDER_LIMIT - 1;
    List<NodeBox> nodes = GraphLayout.of(TestGraphs.anchorWithProjects(projects)).nodes();
    // One above the other, in their own order.
    List<Double> tops = new ArrayList<>();
    for (NodeBox box : nodes) {
      if (box.node().id().startsWith("project-")) {
        tops.add(box.box().y());
      }
    }
    assertThat(tops).hasSize(projects).isSorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("selections")
  void theSameSelectionGivesTheSameCoordinates(String name, GraphSelection selection) {
    assertThat(GraphLayout.of(selection)).isEqualTo(GraphLayout.of(selection));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("selections")
  void nodesDoNotOverlap(String name, GraphSelection selection) {
    List<NodeBox> nodes = GraphLayout.of(selection).nodes();
    assertThat(nodes).hasSize(selection.nodes().size());
    for (int i = 0; i < nodes.size(); i++) {
      for (int j = i + 1; j < nodes.size(); j++) {
        assertThat(nodes.get(i).box().intersects(nodes.get(j).box()))
            .as("%s and %s", nodes.get(i).node().id(), nodes.get(j).node().id())
            .isFalse();
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("selections")
  void textsOverlapNeitherEachOtherNorOtherNodes(String name, GraphSelection selection) {
    Layout layout = GraphLayout.of(selection);
    List<Text> texts = layout.texts();
    for (int i = 0; i < texts.size(); i++) {
      for (int j = i + 1; j < texts.size(); j++) {
        assertThat(texts.get(i).box().intersects(texts.get(j).box()))
            .as("'%s' and '%s'", texts.get(i).text(), texts.get(j).text())
            .isFalse();
      }
    }
    for (NodeBox n : layout.nodes()) {
      List<Text> own = new ArrayList<>(n.lines());
      own.add(n.caption());
      for (Text t : own) {
        assertThat(inside(t.box(), n.box())).as("'%s' inside its node", t.text()).isTrue();
      }
      for (Text t : texts) {
        if (!own.contains(t)) {
          assertThat(t.box().intersects(n.box()))
              .as("'%s' clear of %s", t.text(), n.node().id())
              .isFalse();
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("selections")
  void everythingFitsTheCanvasAndLinesRunAcrossOrDown(String name, GraphSelection selection) {
    Layout layout = GraphLayout.of(selection);
    Box canvas = new Box(0, 0, layout.width(), layout.height());
    layout.nodes().forEach(n -> assertThat(inside(n.box(), canvas)).isTrue());
    layout.texts().forEach(t -> assertThat(inside(t.box(), canvas)).isTrue());
    for (Route r : layout.routes()) {
      assertThat(r.points()).hasSizeGreaterThanOrEqualTo(2);
      for (int k = 0; k < r.points().size(); k++) {
        Point p = r.points().get(k);
        assertThat(inside(new Box(p.x(), p.y(), 0, 0), canvas)).as("%s", r).isTrue();
        if (k > 0) {
          Point q = r.points().get(k - 1);
          assertThat(Math.abs(p.x() - q.x()) < 1e-6 || Math.abs(p.y() - q.y()) < 1e-6)
              .as("orthogonal: %s to %s in %s", q, p, r.from() + " → " + r.to())
              .isTrue();
        }
      }
    }
  }

  @Test
  void linesEndOnTheBorderOfTheNodeTheyPointAt() {
    Layout layout = GraphLayout.of(TestGraphs.small(Optional.empty()));
    for (Route r : layout.routes()) {
      Box target =
          layout.nodes().stream()
              .filter(n -> n.node().id().equals(r.to()))
              .findFirst()
              .orElseThrow()
              .box();
      Point end = r.points().get(r.points().size() - 1);
      assertThat(onBorder(end, target)).as("%s → %s ends at %s", r.from(), r.to(), end).isTrue();
    }
  }

  @Test
  void theWholeSampleStaysNarrowerThanTheOldTangle() {
    Layout layout = GraphLayout.of(TestGraphs.whole());
    assertThat(layout.width()).isLessThan(2548);
    assertThat(layout.height()).isLessThan(2700);
  }

  @Test
  void aFocusViewLabelsTheFocusEdgesAndTheWholeProgrammeNone() {
    Layout focus = GraphLayout.of(TestGraphs.focus("active-communities"));
    assertThat(focus.routes()).anySatisfy(r -> assertThat(r.label()).isPresent());
    assertThat(focus.routes())
        .allSatisfy(
            r ->
                assertThat(r.label().isPresent())
                    .isEqualTo(
                        r.from().equals("active-communities")
                            || r.to().equals("active-communities")));
    assertThat(GraphLayout.of(TestGraphs.whole()).routes())
        .allSatisfy(r -> assertThat(r.label()).isEmpty());
  }

  @Test
  void parallelEdgesShareOneLineAndLabel() {
    Layout layout = GraphLayout.of(TestGraphs.small(Optional.empty()));
    assertThat(layout.routes())
        .filteredOn(r -> r.to().equals("think-piece") && r.from().equals("active-communities"))
        .singleElement()
        .satisfies(r -> assertThat(r.label().orElseThrow().text()).isEqualTo("cites, links to"));
  }

  @Test
  void aSelfLinkIsLeftOut() {
    var selection =
        new GraphSelection(
            List.of(node("a", "project", "A")),
            List.of(edge("a", "a", "links to")),
            Optional.empty());
    assertThat(GraphLayout.of(selection).routes()).isEmpty();
  }

  @Test
  void nodesAreAsWideAsTheirText() {
    var selection =
        new GraphSelection(
            List.of(node("a", "project", "A"), node("b", "project", "A much longer title")),
            List.of(),
            Optional.empty());
    List<NodeBox> nodes = GraphLayout.of(selection).nodes();
    assertThat(nodes.get(0).box().width()).isLessThan(nodes.get(1).box().width());
    for (NodeBox n : nodes) {
      assertThat(n.box().width())
          .isGreaterThanOrEqualTo(
              n.lines().get(0).box().width() + GraphLayout.BAND + 2 * GraphLayout.PAD);
    }
  }

  @Test
  void longTitlesWrapToThreeLinesAndEndInAnEllipsis() {
    String title =
        "Fife Partnership Leadership Summit – Strategy for Change Areas of Focus, "
            + "with a very long tail that cannot possibly fit in three lines of a node";
    var selection =
        new GraphSelection(List.of(node("x", "reference", title)), List.of(), Optional.empty());
    NodeBox box = GraphLayout.of(selection).nodes().get(0);
    assertThat(box.lines()).hasSize(3);
    assertThat(box.lines().get(2).text()).endsWith("…");
    assertThat(String.join(" ", box.lines().stream().map(Text::text).toList()))
        .startsWith("Fife Partnership Leadership Summit");
  }

  @Test
  void aWordWiderThanALineIsBroken() {
    List<String> lines = TextMetrics.wrap("x".repeat(80), 100, 13, 3);
    assertThat(lines).hasSizeGreaterThan(1);
    lines.forEach(l -> assertThat(TextMetrics.width(l, 13)).isLessThanOrEqualTo(100));
  }

  @Test
  void everyTextIsAtLeastTwelvePixels() {
    assertThat(List.of(GraphLayout.CAPTION_SIZE, GraphLayout.TITLE_SIZE, GraphLayout.LABEL_SIZE))
        .allSatisfy(size -> assertThat(size).isGreaterThanOrEqualTo(12));
  }

  private static boolean inside(Box inner, Box outer) {
    return inner.x() >= outer.x()
        && inner.y() >= outer.y()
        && inner.right() <= outer.right()
        && inner.bottom() <= outer.bottom();
  }

  private static boolean onBorder(Point p, Box b) {
    double e = 0.5;
    boolean inX = p.x() >= b.x() - e && p.x() <= b.right() + e;
    boolean inY = p.y() >= b.y() - e && p.y() <= b.bottom() + e;
    return inX
        && inY
        && (Math.abs(p.x() - b.x()) < e
            || Math.abs(p.x() - b.right()) < e
            || Math.abs(p.y() - b.y()) < e
            || Math.abs(p.y() - b.bottom()) < e);
  }
}
