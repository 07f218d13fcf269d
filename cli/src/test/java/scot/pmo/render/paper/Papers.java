package scot.pmo.render.paper;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import scot.pmo.render.markdown.MarkdownRenderer;
import scot.pmo.render.template.Templates;
import scot.pmo.testing.TestRepos;

/** Builds and renders papers of a test repository, loading each repository once. */
final class Papers {

  private static final Map<Path, TestRepos.Loaded> LOADED = new HashMap<>();

  private Papers() {}

  static synchronized TestRepos.Loaded loaded(Path repo) {
    return LOADED.computeIfAbsent(repo, TestRepos::load);
  }

  static BriefingPaper briefing(Path repo, String project) {
    TestRepos.Loaded l = loaded(repo);
    return new BriefingPapers(l.validation().catalogue(), l.graph(), new MarkdownRenderer())
        .build(project, TestRepos.PROVENANCE);
  }

  /** The repository's {@code pmo.yaml}, as a build reads it. */
  static scot.pmo.model.Config config(Path repo) {
    return new scot.pmo.workflow.WorkflowContext(repo, scot.pmo.load.LoadLimits.DEFAULT).config();
  }

  /** A copy of the test repository in {@code folder}, with the synthetic RAID records. */
  static Path withRaid(Path folder) {
    Path repo = TestRepos.copy(folder);
    scot.pmo.testing.SyntheticRaid.addTo(repo);
    return repo;
  }

  /** The paper of {@code kind}, as the repository's {@code pmo.yaml} declares it, of {@code id}. */
  static EntityPaper entityPaper(Path repo, String kind, String id) {
    TestRepos.Loaded l = loaded(repo);
    scot.pmo.model.Config config = config(repo);
    return new EntityPapers(l.validation().catalogue(), l.graph(), new MarkdownRenderer(), config)
        .build(config.papers().kind(kind).orElseThrow(), id, TestRepos.PROVENANCE);
  }

  static PaperRenderer renderer(Path repo) {
    return new PaperRenderer(new Templates(repo));
  }

  /** The text a reader sees in an HTML paper, without the provenance footer. */
  static String htmlText(String html) {
    Document doc = Jsoup.parse(html);
    doc.select("footer.provenance").remove();
    return doc.body().text();
  }

  /** The text a reader sees in a Markdown paper, without the provenance footer. */
  static String markdownText(String markdown) {
    String body = markdown.substring(0, markdown.lastIndexOf("\n---\n"));
    return Jsoup.parse(new MarkdownRenderer().toHtml(body)).body().text();
  }
}
