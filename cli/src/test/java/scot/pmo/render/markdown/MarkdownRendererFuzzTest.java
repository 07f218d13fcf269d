package scot.pmo.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import scot.pmo.hostile.InertOutput;
import scot.pmo.markdown.MarkdownLimits;

/**
 * Fuzzes the Markdown renderer with its sanitising: any content Markdown the loader accepts becomes
 * paper Markdown and HTML in which nothing can run (no script, event handler, frame or unsafe
 * address), as HTML and as a git host would render the paper Markdown.
 */
class MarkdownRendererFuzzTest {

  private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

  /** Links to content files go to their pages, as on the site; web links stay if safe. */
  private static final LinkTargets LINKS =
      (url, from) -> {
        if (SafeLinks.isSafe(url)) {
          return Optional.of(url.strip());
        }
        return url.endsWith(".md")
            ? Optional.of("../pages/" + url.hashCode() + ".html")
            : Optional.empty();
      };

  @FuzzTest(maxDuration = "5m")
  void render(byte[] bytes) {
    String markdown = new String(bytes, StandardCharsets.UTF_8);
    if (MarkdownLimits.problem(markdown).isPresent()) {
      return; // the loader refuses it with a diagnostic
    }
    String paper;
    try {
      paper = RENDERER.normalise(markdown, "content/projects/fuzzed.md", LINKS);
    } catch (IllegalArgumentException e) {
      // Validation refuses such text first, with markdown-limit (a parser stack overflow).
      assertThat(e).hasMessageContaining("too complex");
      return;
    }
    String html;
    String inline;
    try {
      html = RENDERER.toHtml(paper);
      inline = RENDERER.toInlineHtml(paper);
    } catch (IllegalArgumentException e) {
      assertThat(e).hasMessageContaining("too complex");
      return;
    }
    assertThat(InertOutput.html(html)).as(html).isEmpty();
    assertThat(InertOutput.html(inline)).as(inline).isEmpty();
    assertThat(InertOutput.markdown(paper)).as(paper).isEmpty();
  }
}
