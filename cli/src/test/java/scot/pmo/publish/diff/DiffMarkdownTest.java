package scot.pmo.publish.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import scot.pmo.diff.ProgrammeDiff;
import scot.pmo.git.Revision;
import scot.pmo.model.Diagnostic;
import scot.pmo.model.SourceRef;

/**
 * The Markdown of a diff, rendered as a git host renders a comment (CommonMark with tables): it
 * must read as a headline, sections and a table, and text from content must stay text.
 */
class DiffMarkdownTest {

  private static final MutableDataSet OPTIONS =
      new MutableDataSet().set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
  private static final Parser PARSER = Parser.builder(OPTIONS).build();
  private static final HtmlRenderer HTML = HtmlRenderer.builder(OPTIONS).build();

  @Test
  void theScenarioRendersAsHeadlineSectionsListsAndATable() throws IOException {
    String markdown =
        Files.readString(
            Path.of("src/test/resources/golden/diff/base-to-step-6.md"), StandardCharsets.UTF_8);
    String html = html(markdown);
    assertThat(html)
        .startsWith(
            "<p><strong>1 added, 1 renamed, 2 changed, 1 role change,"
                + " 1 interdependency opened, 1 problem introduced</strong></p>");
    assertThat(all(html, "<h3>(.*?)</h3>"))
        .containsExactly(
            "Added",
            "Renamed",
            "Changed",
            "People and roles",
            "Interdependencies, risks and issues",
            "Problems");
    assertThat(all(html, "<table>")).hasSize(1);
    assertThat(all(html, "<tr>")).hasSize(2);
    assertThat(html).contains("<td><code>content/projects/project-alpha.md:5:9</code></td>");
    assertThat(html).contains("<li>moved from 18 January 2024 to 25 January 2024</li>");
    assertThat(html).doesNotContain("\\").doesNotContain("**");
  }

  @Test
  void textFromContentCannotAddLinksImagesOrHtml() {
    String hostile =
        "<script>alert(1)</script> [x](javascript:alert(1)) ![i](https://e.test/i.png)"
            + " *bold* _it_ | pipe `tick` ~~gone~~ &amp; #1";
    ProgrammeDiff.EntityRef added =
        new ProgrammeDiff.EntityRef(
            "project", "bad-title", hostile, "content/projects/bad-title.md");
    Diagnostic problem =
        Diagnostic.error(
            "unknown-field",
            new SourceRef("content/projects/bad|title.md", 3, 1),
            "a | b " + hostile,
            "");
    ProgrammeDiff diff =
        new ProgrammeDiff(
            new ProgrammeDiff.Version(
                Optional.of(
                    new Revision(
                        "main",
                        "a".repeat(40),
                        "aaaaaaa",
                        "2024-02-08",
                        "Synthetic",
                        "Synthetic test data"))),
            ProgrammeDiff.Version.workingTree(),
            List.of(added),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(problem),
            List.of(),
            List.of(),
            List.of());
    StringWriter text = new StringWriter();
    DiffFormat.markdown.write(diff, new PrintWriter(text));

    String html = html(text.toString());

    assertThat(html)
        .doesNotContain("<script")
        .doesNotContain("<a ")
        .doesNotContain("<img")
        .doesNotContain("<em>")
        .doesNotContain("<del>")
        .contains("&lt;script&gt;");
    assertThat(all(html, "<tr>")).hasSize(2);
    for (String row : all(html, "<tr>(.*?)</tr>")) {
      assertThat(all(row, "<t[dh]>")).as(row).hasSize(4);
    }
    assertThat(html)
        .contains(
            "Changes to the programme from <code>aaaaaaa</code> (<code>main"
                + "</code>, 8 February 2024) to the working tree.");
  }

  private static String html(String markdown) {
    return HTML.render(PARSER.parse(markdown)).replace("\n", "");
  }

  private static List<String> all(String html, String regex) {
    Matcher m = Pattern.compile(regex).matcher(html);
    List<String> out = new java.util.ArrayList<>();
    while (m.find()) {
      out.add(m.groupCount() > 0 ? m.group(1) : m.group());
    }
    return out;
  }
}
