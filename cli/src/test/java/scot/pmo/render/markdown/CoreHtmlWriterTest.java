package scot.pmo.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.pmo.bench.SyntheticProgramme;
import scot.pmo.load.ContentLoader;
import scot.pmo.load.LoadLimits;
import scot.pmo.model.Entity;

/**
 * The HTML that {@link CoreHtmlWriter} writes is byte for byte what flexmark's renderer writes with
 * the same options, for every text of the project, its fixtures and fuzz corpora, a synthetic
 * programme, hand-written awkward cases and thousands of random documents: compared on the document
 * as parsed, and through each public method of {@link MarkdownRenderer}.
 */
class CoreHtmlWriterTest {

  private static final MarkdownRenderer FAST = new MarkdownRenderer();
  private static final MarkdownRenderer FLEXMARK = MarkdownRenderer.withFlexmarkHtml();
  private static final ListOptions LIST_OPTIONS = ListOptions.get(new MutableDataSet());
  private static final Path RESOURCES = Path.of("src/test/resources");

  /** Like the site's: web links stay, links to .md files become pages, others become text. */
  private static final LinkTargets SITE_LIKE =
      (url, from) -> {
        if (SafeLinks.isSafe(url)) {
          return Optional.of(url.strip());
        }
        if (url.endsWith(".md")) {
          return Optional.of("../" + url.replace("../", "").replace(".md", ".html"));
        }
        return url.contains("odd")
            ? Optional.of("../a page/with <odd> & chars.html")
            : Optional.empty();
      };

  private final List<String> differences = new ArrayList<>();
  private int compared;
  private int differing;

  @Test
  void handWrittenCases() {
    List<String> cases = TrickyMarkdown.CASES;
    for (int i = 0; i < cases.size(); i++) {
      String md = cases.get(i);
      compare("case " + i, md);
      compare("case " + i + " with CRLF", md.replace("\n", "\r\n"));
      compare("case " + i + " with CR", md.replace("\n", "\r"));
    }
    assertNoDifferences(cases.size() * 3);
  }

  @Test
  void everyTextOfTheContentFixturesAndGoldenFiles() throws IOException {
    for (Path root :
        List.of(
            Path.of("../content"),
            RESOURCES.resolve("fixtures"),
            RESOURCES.resolve("hostile"),
            RESOURCES.resolve("golden"))) {
      for (Path file : files(root)) {
        String name = file.toString();
        if (name.endsWith(".md") || name.endsWith(".yaml") || name.endsWith(".txt")) {
          compare(name, Files.readString(file));
        }
      }
    }
    assertNoDifferences(300);
  }

  @Test
  void everyFuzzCorpusInput() throws IOException {
    for (Path file : files(RESOURCES.resolve("scot/pmo/render/markdown"))) {
      compare(file.toString(), new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
    }
    assertNoDifferences(40);
  }

  @Test
  void everyMarkdownTextOfTheSampleAndASyntheticProgramme(@TempDir Path synthetic)
      throws IOException {
    SyntheticProgramme.generate(300, 11, synthetic);
    List<Entity> entities = new ArrayList<>();
    entities.addAll(
        new ContentLoader(Path.of("..").toAbsolutePath().normalize(), LoadLimits.DEFAULT)
            .load()
            .entities());
    entities.addAll(new ContentLoader(synthetic, LoadLimits.DEFAULT).load().entities());
    for (Entity e : entities) {
      compare(e.path() + " body", e.body());
      for (var field : e.kind().markdownFields()) {
        field.forEachText(e.data(), (pointer, text) -> compare(e.path() + " " + pointer, text));
      }
    }
    for (Path file : files(synthetic)) {
      compare("synthetic " + synthetic.relativize(file), Files.readString(file));
    }
    assertNoDifferences(600);
  }

  @Test
  void randomDocuments() {
    RandomMarkdown random = new RandomMarkdown(20_240_611L);
    int withTables = 0;
    for (int i = 0; i < 4000; i++) {
      String document = random.document();
      compare("random document " + i, document);
      withTables += FAST.toHtml(document).contains("<table>") ? 1 : 0;
    }
    assertNoDifferences(4000);
    assertThat(withTables).as("random documents with a table").isGreaterThan(300);
  }

  @Test
  void aNodeTheWriterDoesNotKnowLeavesTheWholeDocumentToFlexmark() {
    Document document = FAST.parse("Some *text* and a [link](https://example.org).");
    Paragraph paragraph = (Paragraph) document.getFirstChild();
    paragraph.appendChild(new UnknownNode());

    assertThat(CoreHtmlWriter.write(document, LIST_OPTIONS)).isNull();
    assertThat(FAST.html(document))
        .isEqualTo(FLEXMARK.html(document))
        .isEqualTo("<p>Some <em>text</em> and a <a href=\"https://example.org\">link</a>.</p>\n");
  }

  @Test
  void tablesAreWrittenByTheWriterWithTheirAlignmentsAsClasses() {
    Document document = FAST.parse("a\n\n| x | y |\n|:--|--:|\n| 1 |\n");

    assertThat(CoreHtmlWriter.write(document, LIST_OPTIONS))
        .isEqualTo(FLEXMARK.html(document))
        .isEqualTo(
            "<p>a</p>\n<table>\n<thead>\n<tr><th class=\"align-left\">x</th>"
                + "<th class=\"align-right\">y</th></tr>\n</thead>\n<tbody>\n"
                + "<tr><td class=\"align-left\">1</td><td class=\"align-right\"></td></tr>\n"
                + "</tbody>\n</table>\n");
  }

  /** A node of a class that neither the writer nor flexmark's core renderer knows. */
  private static final class UnknownNode extends Node {
    UnknownNode() {
      super(BasedSequence.of("unknown"));
    }

    @Override
    public BasedSequence[] getSegments() {
      return EMPTY_SEGMENTS;
    }
  }

  /** Compares the HTML of {@code markdown} by each path, noting any difference. */
  private void compare(String name, String markdown) {
    compared++;
    int before = differences.size();
    Document parsed;
    try {
      parsed = FLEXMARK.parse(markdown);
    } catch (IllegalArgumentException refused) {
      parsed = null;
    }
    if (parsed != null) {
      String expected = FLEXMARK.html(parsed);
      String written = CoreHtmlWriter.write(FAST.parse(markdown), LIST_OPTIONS);
      if (written == null) {
        differences.add(name + ": the writer gave up\n  input: " + visible(markdown));
      } else {
        note(name + ", document as parsed", markdown, expected, written);
      }
    }
    same(name + ", toHtml", markdown, () -> FLEXMARK.toHtml(markdown), () -> FAST.toHtml(markdown));
    same(
        name + ", toInlineHtml",
        markdown,
        () -> FLEXMARK.toInlineHtml(markdown),
        () -> FAST.toInlineHtml(markdown));
    String from = "content/case-studies/x.md";
    same(
        name + ", toHtml with links",
        markdown,
        () -> FLEXMARK.toHtml(markdown, from, SITE_LIKE),
        () -> FAST.toHtml(markdown, from, SITE_LIKE));
    if (differences.size() > before) {
      differing++;
    }
  }

  private void same(
      String name, String markdown, Supplier<String> expected, Supplier<String> actual) {
    note(name, markdown, outcome(expected), outcome(actual));
  }

  private static String outcome(Supplier<String> html) {
    try {
      return html.get();
    } catch (IllegalArgumentException e) {
      return "refused: " + e.getMessage();
    }
  }

  private void note(String name, String markdown, String expected, String actual) {
    if (!expected.equals(actual)) {
      int at = 0;
      while (at < Math.min(expected.length(), actual.length())
          && expected.charAt(at) == actual.charAt(at)) {
        at++;
      }
      differences.add(
          name
              + ": differs at character "
              + at
              + "\n  input:    "
              + visible(markdown)
              + "\n  flexmark: "
              + visible(expected)
              + "\n  writer:   "
              + visible(actual));
    }
  }

  private void assertNoDifferences(int atLeast) {
    assertThat(compared).as("inputs compared").isGreaterThanOrEqualTo(atLeast);
    assertThat(differences)
        .as(
            "%d of %d inputs render differently; the first differences:\n%s",
            differing,
            compared,
            String.join("\n", differences.subList(0, Math.min(10, differences.size()))))
        .isEmpty();
  }

  private static String visible(String s) {
    String shown = s.length() > 400 ? s.substring(0, 400) + "…" : s;
    return shown.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }
}
