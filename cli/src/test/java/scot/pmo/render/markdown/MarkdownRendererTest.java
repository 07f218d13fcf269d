package scot.pmo.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

  private final MarkdownRenderer renderer = new MarkdownRenderer();

  private final LinkTargets references =
      (url, from) ->
          url.equals("../references/with-url.yaml")
              ? Optional.of("https://example.org/report")
              : LinkTargets.webOnly().href(url, from);

  @Test
  void linkToAReferenceWithAUrlGoesToTheUrl() {
    String md =
        renderer.normalise(
            "See [the report](../references/with-url.yaml).", "content/projects/p.md", references);
    assertThat(md).isEqualTo("See [the report](<https://example.org/report>).");
    assertThat(renderer.toInlineHtml(md))
        .isEqualTo("See <a href=\"https://example.org/report\">the report</a>.");
  }

  @Test
  void linkToAContentFileWithoutUrlBecomesPlainText() {
    String md =
        renderer.normalise(
            "See [the **think** piece](../references/x.md) now.",
            "content/projects/p.md",
            references);
    assertThat(md).isEqualTo("See the **think** piece now.");
  }

  @Test
  void relativeLinksThatTheTargetsGiveStayLinksForTheSite() {
    LinkTargets site =
        (url, from) -> url.endsWith(".yaml") ? Optional.of("../meetings/m.html") : Optional.of(url);
    String md =
        renderer.normalise(
            "[the meeting](../meetings/m.yaml) and [bad](//evil.example/x)"
                + " and [worse](javascript:x)",
            "content/projects/p.md",
            site);
    assertThat(renderer.toInlineHtml(md))
        .isEqualTo("<a href=\"../meetings/m.html\">the meeting</a> and bad and worse");
    assertThat(SafeLinks.isRelative("a/b.html?x=1#c:d")).isTrue();
    assertThat(SafeLinks.isRelative("/etc/passwd")).isFalse();
    assertThat(SafeLinks.isRelative("javascript:x")).isFalse();
  }

  @Test
  void unsafeSchemesNeverBecomeLinks() {
    for (String url :
        new String[] {
          "javascript:alert(1)",
          "&#106;avascript:alert(1)",
          "java%09script:alert(1)",
          "data:text/html,x",
          "JaVaScRiPt:alert(1)",
          "vbscript:x"
        }) {
      String md = renderer.normalise("[click](" + url + ")", "content/t.md", references);
      assertThat(md).as(url).isEqualTo("click");
      assertThat(renderer.toHtml("[click](" + url + ")")).as(url).doesNotContain("href");
    }
    assertThat(renderer.toHtml("[x](java\tscript:alert(1))")).doesNotContain("href=\"java");
  }

  @Test
  void rawHtmlIsEscapedInBothForms() {
    String md =
        renderer.normalise(
            "Hello <script>alert(1)</script> there\n\n<div onclick=x>hi</div>\n",
            "content/t.md",
            references);
    assertThat(md).doesNotContain("<script").doesNotContain("<div");
    String html = renderer.toHtml(md);
    assertThat(html).doesNotContain("<script").doesNotContain("<div").contains("&lt;script&gt;");
  }

  @Test
  void referenceDefinitionsAndImagesBecomeText() {
    String md =
        renderer.normalise(
            "A [ref][r] and ![alt text](x.png).\n\n[r]: https://example.org\n",
            "content/t.md",
            references);
    assertThat(md).isEqualTo("A [ref](<https://example.org>) and alt text.");
  }

  @Test
  void listsAndEmphasisSurviveUnchanged() {
    String md =
        renderer.normalise(
            "- one **bold**\n- two [web](https://example.org/a)\n", "content/t.md", references);
    assertThat(md).isEqualTo("- one **bold**\n- two [web](<https://example.org/a>)");
    assertThat(renderer.toHtml(md))
        .isEqualTo(
            "<ul>\n<li>one <strong>bold</strong></li>\n<li>two <a href=\"https://example.org/a\">web</a></li>\n</ul>");
  }

  @Test
  void refusesHostileNesting() {
    assertThatThrownBy(() -> renderer.parse(">".repeat(1000) + " x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                renderer.normalise(
                    "x".repeat(MarkdownRenderer.MAX_CHARS + 1),
                    "content/texts/x.md",
                    LinkTargets.webOnly()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> renderer.parse("[a](".repeat(3000)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void plainTextIsEscapedForMarkdown() {
    assertThat(MarkdownRenderer.escapeText("a *b* [c]")).isEqualTo("a \\*b\\* \\[c\\]");
  }

  @Test
  void safeLinksAllowOnlyWebAndMail() {
    assertThat(SafeLinks.isSafe("https://x.org")).isTrue();
    assertThat(SafeLinks.isSafe("mailto:a@b.org")).isTrue();
    assertThat(SafeLinks.isSafe("ftp://x.org")).isFalse();
    assertThat(SafeLinks.isSafe(" jav\u0000ascript:x")).isFalse();
    assertThat(SafeLinks.isSafe("../x.md")).isFalse();
    assertThat(SafeLinks.isSafe("https:")).isFalse();
  }

  @Test
  void tablesStayTablesWithTheirLinksResolvedOrReducedToText() {
    String md =
        renderer.normalise(
            """
        | Measure | Source |
        |:--|--:|
        | Uptake | [the report](../references/with-url.yaml) |
        | Reach | [a | b](../references/x.md) and ![alt | text](x.png) |
        | Script | <script>alert(1)</script> [x](javascript:alert(1)) |
        """,
            "content/case-studies/c.md",
            references);

    assertThat(md)
        .isEqualTo(
            """
        | Measure | Source |
        |:--|--:|
        | Uptake | [the report](<https://example.org/report>) |
        | Reach | a \\| b and alt \\| text |
        | Script | &lt;script\\>alert(1)&lt;/script\\> x |""");
    assertThat(renderer.normalise(md, "content/case-studies/c.md", references)).isEqualTo(md);
    assertThat(renderer.toHtml(md))
        .isEqualTo(
            """
        <table>
        <thead>
        <tr><th class="align-left">Measure</th><th class="align-right">Source</th></tr>
        </thead>
        <tbody>
        <tr><td class="align-left">Uptake</td><td class="align-right">\
        <a href="https://example.org/report">the report</a></td></tr>
        <tr><td class="align-left">Reach</td><td class="align-right">a | b and alt | text</td></tr>
        <tr><td class="align-left">Script</td><td class="align-right">\
        &lt;script&gt;alert(1)&lt;/script&gt; x</td></tr>
        </tbody>
        </table>""");
  }

  @Test
  void aLinkTargetWithAPipeCannotEndATableCell() {
    LinkTargets piped = (url, from) -> Optional.of("https://example.org/a|b");
    String md =
        renderer.normalise("| a | b |\n|---|---|\n| [x](y.md) | z |\n", "content/c.md", piped);

    assertThat(md).isEqualTo("| a | b |\n|---|---|\n| [x](<https://example.org/a%7Cb>) | z |");
    assertThat(renderer.toHtml(md))
        .contains("<td><a href=\"https://example.org/a%7Cb\">x</a></td><td>z</td>");
  }
}
