package scot.pmo.render.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import scot.pmo.load.LoadLimits;
import scot.pmo.model.Entity;
import scot.pmo.render.markdown.LinkTargets;
import scot.pmo.render.markdown.MarkdownRenderer;
import scot.pmo.render.markdown.RandomMarkdown;
import scot.pmo.workflow.Snapshot;
import scot.pmo.workflow.WorkflowContext;

/** The hand-written text extraction reads rendered HTML as jsoup, and so a browser, reads it. */
class HtmlTest {

  /**
   * White space, a non-breaking space with it, collapsed to one space. pmo and jsoup differ only
   * there, and on purpose: jsoup keeps the line ends and indents inside {@code <pre>} and reads a
   * non-breaking space as white space, where pmo makes the text of a code block one line (a
   * description or a search entry) and keeps a non-breaking space that the author wrote.
   */
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0]+");

  /** Every link resolved, so that each is an {@code <a>} element, as a link to a page is. */
  private static final LinkTargets ALL_LINKS = (url, from) -> Optional.of("page.html");

  private static String collapsed(String text) {
    return SPACES.matcher(text).replaceAll(" ").strip();
  }

  private static String jsoup(String html) {
    return Jsoup.parseBodyFragment(html).text();
  }

  private static void agrees(String html) {
    assertThat(collapsed(Html.text(html))).as(html).isEqualTo(collapsed(jsoup(html)));
  }

  @Test
  void handCasesAreWhatJsoupGives() {
    for (String html :
        new String[] {
          "",
          " ",
          "<p>Hello <em>world</em></p>\n<ul>\n<li>a</li></ul>",
          "<p><em>co</em>operate, <strong>well</strong>-being, <code>x</code>y</p>",
          "<p>See the <a href=\"g.html\">governance text</a>).</p>",
          "<p>A <a href=\"x?a>b\">link</a>, <a title='it&#39;s > 1'>another</a>.</p>",
          "<p>a<!-- a comment -->b <!-- <p>not a paragraph</p> -->c</p>",
          "<p>&amp;lt; &lt;b&gt; &quot;q&quot; &#39;s &amp;amp;</p>",
          "<ul>\n<li>one<ul>\n<li>one.one</li>\n<li>one.two<ol><li>deep</li></ol></li>\n</ul>\n"
              + "</li>\n<li>two</li>\n</ul>",
          "<h2 id=\"x\">Heading</h2><p>text</p><blockquote><p>quoted</p></blockquote>",
          "<table><thead><tr><th>A</th><th>B</th></tr></thead><tbody><tr><td>1</td><td>2</td>"
              + "</tr></tbody></table>",
          "<p>line<br />break<br>again</p>",
          "<p>x<img src=\"a.png\" alt=\"pic\" />y</p><hr /><p>z</p>",
          "<pre><code>code  block\n  indented\n</code></pre>",
          "<p><abbr>a</abbr><b>b</b><bdi>c</bdi><cite>d</cite><dfn>e</dfn><i>f</i><kbd>g</kbd>"
              + "<mark>h</mark><q>i</q><s>j</s><samp>k</samp><small>l</small><span>m</span>"
              + "<sub>n</sub><sup>o</sup><time>p</time><u>q</u><var>r</var>s<wbr>t</p>",
          "<P>upper <EM>case</EM>s</P>",
          "a < b and c > d",
          "<<>>",
          "x<y",
          "\t\u000B\f\r\n lines \n\n",
          "<br/>–‘quoted’–<br />",
          "\u00a0nbsp\u00a0"
        }) {
      agrees(html);
    }
    assertThat(Html.text("<p>See the <a href=\"g.html\">governance text</a>).</p>"))
        .isEqualTo("See the governance text).");
    assertThat(Html.text("<p><em>co</em>operate</p><p>next</p>")).isEqualTo("cooperate next");
    assertThat(Html.text("<p>&amp;lt;</p>")).isEqualTo("&lt;");
    assertThat(Html.text("<p>a\u00a0b</p>")).isEqualTo("a\u00a0b");
  }

  @Test
  void randomMarkdownReadsAsJsoupReadsIt() {
    MarkdownRenderer markdown = new MarkdownRenderer();
    RandomMarkdown random = new RandomMarkdown(20_260_105L);
    for (int i = 0; i < 2000; i++) {
      String document = random.document();
      agrees(markdown.toHtml(document, "content/a.md", ALL_LINKS));
      agrees(markdown.toInlineHtml(document, "content/a.md", ALL_LINKS));
    }
  }

  @Test
  void theSampleContentReadsAsJsoupReadsIt() {
    Snapshot snapshot = Snapshot.load(new WorkflowContext(SampleSite.REPO, LoadLimits.DEFAULT));
    MarkdownRenderer markdown = new MarkdownRenderer();
    List<String> html = new ArrayList<>();
    for (Entity e : snapshot.catalogue().all()) {
      e.text("summary").ifPresent(s -> html.add(markdown.toInlineHtml(s, e.path(), ALL_LINKS)));
      html.add(Html.scrollableTables(markdown.toHtml(e.body(), e.path(), ALL_LINKS)));
    }
    assertThat(html).hasSizeGreaterThan(50).anyMatch(h -> h.contains("governance text</a>)"));
    html.forEach(HtmlTest::agrees);
  }
}
