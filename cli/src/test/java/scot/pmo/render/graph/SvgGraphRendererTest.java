package scot.pmo.render.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.pmo.render.graph.TestGraphs.edge;
import static scot.pmo.render.graph.TestGraphs.node;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import scot.pmo.link.GraphSelection;

class SvgGraphRendererTest {

  private static final String SVG = "http://www.w3.org/2000/svg";
  private static final Path GOLDEN = Path.of("src/test/resources/golden/graph/small.svg");

  @Test
  void isAnAccessibleImageWithTitleAndDescFirst() throws Exception {
    GraphSelection selection = TestGraphs.focus("active-communities");
    Element svg = parse(render(selection)).getDocumentElement();
    assertThat(svg.getNamespaceURI()).isEqualTo(SVG);
    assertThat(svg.getAttribute("version")).isEqualTo("1.1");
    assertThat(svg.getAttribute("role")).isEqualTo("img");
    assertThat(svg.getAttribute("viewBox")).matches("0 0 [0-9.]+ [0-9.]+");
    assertThat(svg.getAttribute("width")).isNotEmpty();
    assertThat(svg.getAttribute("height")).isNotEmpty();
    List<Element> children = children(svg);
    assertThat(children.get(0).getLocalName()).isEqualTo("title");
    assertThat(children.get(1).getLocalName()).isEqualTo("desc");
    assertThat(svg.getAttribute("aria-labelledby"))
        .isEqualTo(children.get(0).getAttribute("id") + " " + children.get(1).getAttribute("id"));
    assertThat(children.get(1).getTextContent())
        .contains(
            "26 nodes",
            "1 project",
            "4 roles",
            "2 people",
            "7 references",
            selection.edges().size() + " relations",
            "Centred on the project Active Communities",
            "(active-communities)");
  }

  @Test
  void hasOneGroupWithATitlePerNode() throws Exception {
    GraphSelection selection = TestGraphs.whole();
    Document doc = parse(render(selection));
    List<Element> groups = nodeGroups(doc);
    assertThat(groups).hasSize(selection.nodes().size());
    Set<String> ids = new HashSet<>();
    for (Element g : groups) {
      assertThat(children(g).get(0).getLocalName()).isEqualTo("title");
      // NCName: what an XML id may be.
      assertThat(g.getAttribute("id")).matches("n-[A-Za-z0-9._-]+");
      assertThat(ids.add(g.getAttribute("id"))).isTrue();
    }
    assertThat(ids).contains("n-active-communities", "n-theme-place-based-working");
    assertThat(groups.stream().map(g -> children(g).get(0).getTextContent()))
        .contains("Active Communities, project", "Improvement Service, organisation");
  }

  @Test
  void textIsEscapedAndCharactersXmlCannotHoldAreDropped() throws Exception {
    String nasty = "<script>alert('x')</script> & \"Sons\"\u0001\uFFFF";
    var selection =
        new GraphSelection(
            List.of(node("a", "project", nasty), node("b", "organisation", "B & Co")),
            List.of(edge("a", "b", "works <with>")),
            Optional.of("a"));
    String out = SvgGraphRenderer.render(selection, "Title & <b>", "Desc 'quoted'");
    assertThat(out)
        .doesNotContain("<script", "<b>", "\u0001", "\uFFFF")
        .contains(
            "&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &amp; &quot;Sons&quot;",
            "Title &amp; &lt;b&gt;",
            "works &lt;with&gt;");
    Document doc = parse(out);
    assertThat(children(doc.getDocumentElement()).get(0).getTextContent()).isEqualTo("Title & <b>");
    assertThat(children(nodeGroups(doc).get(0)).get(0).getTextContent())
        .startsWith("<script>alert('x')</script> & \"Sons\", project");
  }

  @Test
  void anEmptySelectionAndAnUnknownKindStillMakeAPicture() throws Exception {
    Element empty =
        parse(render(new GraphSelection(List.of(), List.of(), Optional.empty())))
            .getDocumentElement();
    assertThat(Double.parseDouble(empty.getAttribute("width"))).isPositive();
    assertThat(children(empty).get(1).getTextContent()).contains("0 nodes; 0 relations");
    var odd = new GraphSelection(List.of(node("w", "widget", "")), List.of(), Optional.of("w"));
    Document doc = parse(render(odd));
    assertThat(children(doc.getDocumentElement()).get(1).getTextContent())
        .contains("1 node: 1 widget; 0 relations", "Centred on the widget w (w).");
    assertThat(nodeGroups(doc))
        .singleElement()
        .satisfies(g -> assertThat(g.getTextContent()).contains("widget", "w"));
  }

  @Test
  void entityIdsBecomeDistinctXmlIds() {
    Set<String> used = new HashSet<>();
    assertThat(SvgGraphRenderer.xmlId("theme:place", used)).isEqualTo("n-theme-place");
    assertThat(SvgGraphRenderer.xmlId("theme-place", used)).isEqualTo("n-theme-place-2");
    assertThat(SvgGraphRenderer.xmlId("2021 plan/é", used)).isEqualTo("n-2021-plan--");
  }

  @Test
  void numbersHaveAtMostOneDecimal() {
    assertThat(SvgGraphRenderer.num(12.0)).isEqualTo("12");
    assertThat(SvgGraphRenderer.num(12.345)).isEqualTo("12.3");
    assertThat(SvgGraphRenderer.num(-0.46)).isEqualTo("-0.5");
    assertThat(SvgGraphRenderer.num(0.04)).isEqualTo("0");
  }

  @Test
  void theSameSelectionGivesTheSameBytes() {
    assertThat(render(TestGraphs.whole())).isEqualTo(render(TestGraphs.whole()));
    assertThat(render(TestGraphs.focus("active-communities")))
        .isEqualTo(render(TestGraphs.focus("active-communities")));
  }

  @Test
  void aFocusViewShowsEdgeLabelsAndTheWholeProgrammeDoesNot() throws Exception {
    Element focus = group(parse(render(TestGraphs.focus("active-communities"))), "edge-labels");
    assertThat(focus.getElementsByTagNameNS(SVG, "text").getLength()).isGreaterThan(10);
    Element whole = group(parse(render(TestGraphs.whole())), "edge-labels");
    assertThat(whole.getElementsByTagNameNS(SVG, "text").getLength()).isZero();
    // Unlabelled or not, every line names its relation in its tooltip.
    Element edges = group(parse(render(TestGraphs.whole())), "edges");
    assertThat(children(edges))
        .allSatisfy(path -> assertThat(children(path).get(0).getTextContent()).isNotBlank());
  }

  @Test
  void theFocusNodeHasAThickerBorder() throws Exception {
    Document doc = parse(render(TestGraphs.small(Optional.of("procurement"))));
    for (Element g : nodeGroups(doc)) {
      String width = children(g).get(1).getAttribute("stroke-width");
      assertThat(width).isEqualTo(g.getAttribute("id").equals("n-procurement") ? "3.5" : "1.5");
    }
  }

  @Test
  void everyTextContrastsWithItsGroundByAtLeastFourAndAHalfToOne() throws Exception {
    Document doc = parse(render(TestGraphs.focus("active-communities")));
    NodeList texts = doc.getElementsByTagNameNS(SVG, "text");
    assertThat(texts.getLength()).isGreaterThan(0);
    for (int i = 0; i < texts.getLength(); i++) {
      Element text = (Element) texts.item(i);
      String fill = inherited(text, "fill");
      // Texts sit on white, on a label's white ground, or on the focus node's pale fill.
      for (String ground : List.of("#ffffff", "#fff6dd")) {
        assertThat(contrast(fill, ground)).as("%s on %s", fill, ground).isGreaterThanOrEqualTo(4.5);
      }
    }
  }

  @Test
  void matchesTheGoldenFile() throws Exception {
    String out =
        SvgGraphRenderer.render(
            TestGraphs.small(Optional.of("active-communities")),
            "A small programme",
            "Built by hand for the tests.");
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN.getParent());
      Files.writeString(GOLDEN, out, StandardCharsets.UTF_8);
    }
    assertThat(out).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
  }

  private static String render(GraphSelection selection) {
    return SvgGraphRenderer.render(selection, "Programme graph", "For the tests.");
  }

  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Element> children(Element parent) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        out.add(e);
      }
    }
    return out;
  }

  private static Element group(Document doc, String className) {
    NodeList groups = doc.getElementsByTagNameNS(SVG, "g");
    for (int i = 0; i < groups.getLength(); i++) {
      Element g = (Element) groups.item(i);
      if (g.getAttribute("class").equals(className)) {
        return g;
      }
    }
    throw new AssertionError("no group " + className);
  }

  private static List<Element> nodeGroups(Document doc) {
    return children(group(doc, "nodes"));
  }

  private static String inherited(Element e, String attribute) {
    for (Node n = e; n instanceof Element el; n = n.getParentNode()) {
      if (el.hasAttribute(attribute)) {
        return el.getAttribute(attribute);
      }
    }
    return "#000000";
  }

  /** WCAG 2 contrast ratio of two #rrggbb colours. */
  private static double contrast(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(String hex) {
    double[] c = new double[3];
    for (int i = 0; i < 3; i++) {
      double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
      c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }
}
