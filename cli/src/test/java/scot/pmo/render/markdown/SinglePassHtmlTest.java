package scot.pmo.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.pmo.bench.SyntheticProgramme;
import scot.pmo.load.ContentLoader;
import scot.pmo.load.LoadLimits;
import scot.pmo.model.Entity;

/** Content Markdown parsed once renders as normalising it and parsing it again does. */
class SinglePassHtmlTest {

  private final MarkdownRenderer renderer = new MarkdownRenderer();

  /** Like the site's: web links stay, links to .md files become pages, others become text. */
  private static final LinkTargets SITE_LIKE =
      (url, from) -> {
        if (SafeLinks.isSafe(url)) {
          return Optional.of(url.strip());
        }
        if (url.endsWith(".md")) {
          return Optional.of("../" + url.replace("../", "").replace(".md", ".html"));
        }
        if (url.contains("odd")) {
          return Optional.of("../a page/with <odd> & chars.html");
        }
        return Optional.empty();
      };

  private static final List<String> TRICKY =
      List.of(
          "",
          "\n\n",
          "Plain *text*.",
          "    indented code [a](b.md)",
          "\n    indented [a](b.md)",
          "A [link](../projects/x.md \"with a title\") here.",
          "[web](https://example.org/a?b=c&d=e#f) and [mail](mailto:a@example.org)",
          "[gone](missing.txt) stays text",
          "[odd](odd.md) [odd](odd)",
          "![image](x.png)",
          "<b>raw</b> and <!-- comment -->",
          "<div>\nblock\n</div>",
          "[ref][r]\n\n[r]: x.md",
          "<https://example.org> auto",
          "*[emphasis](a.md)* and **[strong](b.md)**",
          "# [Heading](h.md)\n\n- [item](i.md)\n  - [nested](n.md)\n\n> [quote](q.md)",
          "| a | b |\n|---|---|\n| [x](x.md) | y |",
          "`[code](c.md)`",
          "```\n[f](f.md)\n```",
          "[a](<with space.md>)",
          "[a](b.md)[c](d.md)",
          "\\[not](a link.md)",
          "[](empty.md)",
          "[javascript](javascript:alert(1))",
          "line  \nbreak [a](a.md)  \n");

  private void assertSame(String markdown, String from) {
    String twice = renderer.toHtml(renderer.normalise(markdown, from, SITE_LIKE));
    assertThat(renderer.toHtml(markdown, from, SITE_LIKE)).as(markdown).isEqualTo(twice);
  }

  @Test
  void tricky() {
    for (String md : TRICKY) {
      assertSame(md, "content/case-studies/x.md");
    }
  }

  /** The shared parse gives what a parse of its own gives, and is left as it was. */
  private void assertSameFromSharedParse(Entity e) {
    String own = renderer.toHtml(e.body(), e.path(), SITE_LIKE);
    scot.pmo.markdown.ParsedBody parsed = scot.pmo.markdown.ParsedBody.of(e);
    assertThat(renderer.toHtml(parsed, e.body(), e.path(), SITE_LIKE)).as(e.body()).isEqualTo(own);
    assertThat(renderer.toHtml(parsed, e.body(), e.path(), SITE_LIKE)).as(e.body()).isEqualTo(own);
  }

  @Test
  void bodiesRenderTheSameFromTheParseValidationMade(@TempDir Path repo) throws Exception {
    Path texts = Files.createDirectories(repo.resolve("content/texts"));
    List<String> bodies = new ArrayList<>(TRICKY);
    TRICKY.forEach(md -> bodies.add("\n\n  \n" + md + "  \n\n"));
    TRICKY.forEach(md -> bodies.add("  " + md));
    for (int i = 0; i < bodies.size(); i++) {
      Files.writeString(texts.resolve("t" + i + ".md"), "---\ntitle: \"T\"\n---\n" + bodies.get(i));
    }
    List<Entity> entities = new ContentLoader(repo, LoadLimits.DEFAULT).load().entities();
    assertThat(entities).hasSize(bodies.size());
    entities.forEach(this::assertSameFromSharedParse);
  }

  @Test
  void everyTextOfTheSampleAndASyntheticProgramme(@TempDir Path synthetic) throws Exception {
    SyntheticProgramme.generate(150, 4, synthetic);
    List<Entity> entities = new ArrayList<>();
    entities.addAll(
        new ContentLoader(Path.of("..").toAbsolutePath().normalize(), LoadLimits.DEFAULT)
            .load()
            .entities());
    entities.addAll(new ContentLoader(synthetic, LoadLimits.DEFAULT).load().entities());
    assertThat(entities).hasSizeGreaterThan(200);
    for (Entity e : entities) {
      assertSame(e.body(), e.path());
      assertSameFromSharedParse(e);
      for (var field : e.kind().markdownFields()) {
        field.forEachText(e.data(), (pointer, text) -> assertSame(text, e.path()));
      }
    }
    try (Stream<Path> files = Files.list(synthetic.resolve("content/case-studies"))) {
      assertThat(files.count()).isPositive();
    }
  }
}
