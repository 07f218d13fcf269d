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
import scot.pmo.render.graph.LayeredLayout.Box;
import scot.pmo.render.graph.LayeredLayout.Layout;
import scot.pmo.render.graph.LayeredLayout.NodeBox;
import scot.pmo.render.graph.LayeredLayout.Text;

class LayeredLayoutTest {

  static Stream<Arguments> selections() {
    return Stream.of(
        Arguments.of("small", TestGraphs.small(Optional.empty())),
        Arguments.of("small, focused", TestGraphs.small(Optional.of("active-communities"))),
        Arguments.of("whole sample", TestGraphs.whole()),
        Arguments.of("focus on a project", TestGraphs.focus("active-communities")),
        Arguments.of("focus on an organisation", TestGraphs.focus("improvement-service")),
        Arguments.of("focus on a programme", TestGraphs.focus("solace-is-transformation")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("selections")
  void nodesDoNotOverlap(String name, GraphSelection selection) {
    List<NodeBox> nodes = LayeredLayout.of(selection).nodes();
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
    Layout layout = LayeredLayout.of(selection);
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
  void everythingFitsTheCanvas(String name, GraphSelection selection) {
    Layout layout = LayeredLayout.of(selection);
    Box canvas = new Box(0, 0, layout.width(), layout.height());
    layout.nodes().forEach(n -> assertThat(inside(n.box(), canvas)).isTrue());
    layout.texts().forEach(t -> assertThat(inside(t.box(), canvas)).isTrue());
    layout
        .routes()
        .forEach(
            r ->
                r.points()
                    .forEach(
                        p ->
                            assertThat(inside(new Box(p.x(), p.y(), 0, 0), canvas))
                                .as("%s", r)
                                .isTrue()));
  }

  @Test
  void aFocusViewLabelsTheFocusEdgesAndTheWholeProgrammeNone() {
    Layout focus = LayeredLayout.of(TestGraphs.focus("active-communities"));
    assertThat(focus.routes()).anySatisfy(r -> assertThat(r.label()).isPresent());
    assertThat(focus.routes())
        .allSatisfy(
            r ->
                assertThat(r.label().isPresent())
                    .isEqualTo(
                        r.from().equals("active-communities")
                            || r.to().equals("active-communities")));
    assertThat(LayeredLayout.of(TestGraphs.whole()).routes())
        .allSatisfy(r -> assertThat(r.label()).isEmpty());
  }

  @Test
  void parallelEdgesShareOneLineAndLabel() {
    Layout layout = LayeredLayout.of(TestGraphs.small(Optional.empty()));
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
    assertThat(LayeredLayout.of(selection).routes()).isEmpty();
  }

  @Test
  void longTitlesWrapToThreeLinesAndEndInAnEllipsis() {
    String title =
        "Fife Partnership Leadership Summit – Strategy for Change Areas of Focus, "
            + "with a very long tail that cannot possibly fit in three lines of a node";
    var selection =
        new GraphSelection(List.of(node("x", "reference", title)), List.of(), Optional.empty());
    NodeBox box = LayeredLayout.of(selection).nodes().get(0);
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
  void theSameSelectionGivesTheSameLayout() {
    assertThat(LayeredLayout.of(TestGraphs.whole()))
        .isEqualTo(LayeredLayout.of(TestGraphs.whole()));
  }

  @Test
  void aFocusViewOfOneProjectIsCompact() {
    Layout layout = LayeredLayout.of(TestGraphs.focus("active-communities"));
    assertThat(layout.width()).isLessThan(2400);
    assertThat(layout.height()).isLessThan(1200);
  }

  private static boolean inside(Box inner, Box outer) {
    return inner.x() >= outer.x()
        && inner.y() >= outer.y()
        && inner.right() <= outer.right()
        && inner.bottom() <= outer.bottom();
  }
}
