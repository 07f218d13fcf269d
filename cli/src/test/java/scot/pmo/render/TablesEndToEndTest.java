package scot.pmo.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.pmo.Fixtures;
import scot.pmo.cli.CliRun;
import scot.pmo.testing.TestRepos;

/**
 * A pipe table written in content Markdown, followed through the real commands: the case study's
 * page on the site, and a project's briefing papers in every format (case studies are not in
 * papers, so the table is also put in the project's background).
 */
class TablesEndToEndTest {

  private static final String TABLE =
      """
      | Measure | Before | After |
      |:--|:-:|--:|
      | Uptake of **services** | [the report](../references/synthetic-think-piece.yaml) | 45% |
      | Waiting \\| days | `a | b` | 12 |
      """;

  @TempDir Path tmp;

  @Test
  void aTableInContentIsATableOnTheSiteAndInEveryPaper() throws IOException {
    Path repo = Fixtures.withTemplates(Fixtures.repo(tmp.resolve("repo")));
    Path caseStudy = repo.resolve("content/case-studies/synthetic-case-study.md");
    Files.writeString(caseStudy, Files.readString(caseStudy) + "\n" + TABLE);
    Path project = repo.resolve("content/projects/alpha-project.md");
    TestRepos.write(
        repo,
        "content/projects/alpha-project.md",
        Files.readString(project)
            .replace("aims of the programme.\n", "aims of the programme.\n\n" + TABLE));
    Path site = tmp.resolve("site");
    Path papers = tmp.resolve("papers");

    CliRun build = CliRun.run(repo, "build", "--out", site.toString());
    CliRun brief =
        CliRun.run(repo, "brief", "alpha-project", "--format", "all", "--out", papers.toString());

    assertThat(build.exitCode()).as(build.err()).isZero();
    assertThat(brief.exitCode()).as(brief.err()).isZero();
    for (Path page :
        List.of(
            site.resolve("case-studies/synthetic-case-study.html"),
            site.resolve("projects/alpha-project.html"))) {
      Document doc = Jsoup.parse(Files.readString(page));
      Element table = doc.selectFirst("main .table-wrapper[role=region][tabindex=0] > table");
      assertThat(table).as(page.toString()).isNotNull();
      assertThat(table.select("thead th").eachText()).containsExactly("Measure", "Before", "After");
      assertThat(table.select("thead th").eachAttr("class"))
          .containsExactly("align-left", "align-centre", "align-right");
      assertThat(table.select("tbody td").eachText())
          .containsExactly(
              "Uptake of services", "the report", "45%", "Waiting | days", "a | b", "12");
      assertThat(table.parent().attr("aria-label")).isEqualTo("Table: Measure, Before, After");
    }
    String searchIndex = Files.readString(site.resolve("search-index.js"));
    assertThat(searchIndex).contains("uptake").contains("waiting");

    Document paper = Jsoup.parse(Files.readString(papers.resolve("alpha-project.html")));
    assertThat(paper.select(".background table thead th").eachText())
        .containsExactly("Measure", "Before", "After");
    assertThat(paper.select(".background table tbody td").eachText()).contains("45%", "a | b");
    assertThat(paper.select("script, [onerror]")).isEmpty();

    String markdown = Files.readString(papers.resolve("alpha-project.md"));
    assertThat(markdown)
        .contains(
            "| Measure | Before | After |\n|:--|:-:|--:|\n"
                + "| Uptake of **services** | [the report](<https://example.org/think-piece>) | 45% |\n"
                + "| Waiting \\| days | `a | b` | 12 |");

    try (PDDocument pdf = Loader.loadPDF(papers.resolve("alpha-project.pdf").toFile())) {
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text).contains("Measure").contains("Uptake of services").contains("45%");
    }

    try (InputStream in = Files.newInputStream(papers.resolve("alpha-project.docx"));
        XWPFDocument docx = new XWPFDocument(in)) {
      assertThat(docx.getTables()).hasSize(1);
      XWPFTable table = docx.getTables().get(0);
      assertThat(table.getRows()).hasSize(3);
      assertThat(table.getRow(0).isRepeatHeader()).isTrue();
      assertThat(table.getRow(1).isRepeatHeader()).isFalse();
      assertThat(table.getRow(0).getTableCells())
          .extracting(c -> c.getText())
          .containsExactly("Measure", "Before", "After");
      assertThat(table.getRow(0).getCell(0).getParagraphs().get(0).getRuns())
          .allMatch(run -> run.isBold());
      assertThat(table.getRow(1).getCell(0).getText()).isEqualTo("Uptake of services");
      assertThat(table.getRow(2).getCell(1).getText()).isEqualTo("a | b");
    }
    assertThat(
            new String(
                Files.readAllBytes(papers.resolve("alpha-project.md")), StandardCharsets.UTF_8))
        .doesNotContain("<script");
  }
}
