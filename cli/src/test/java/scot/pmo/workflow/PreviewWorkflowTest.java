package scot.pmo.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import scot.pmo.Fixtures;
import scot.pmo.load.LoadLimits;
import scot.pmo.model.Config;

/** pmo serve's preview, driven over HTTP on a free port of 127.0.0.1. */
class PreviewWorkflowTest {

  @TempDir Path tmp;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void servesRebuildsOnAChangeAndShowsProblemsWhileKeepingTheLastGoodSite() throws Exception {
    Path repo = Fixtures.withTemplates(Fixtures.repo(tmp.resolve("repo")));
    StringWriter log = new StringWriter();
    try (PreviewWorkflow session =
        new PreviewWorkflow(
            new WorkflowContext(repo, LoadLimits.DEFAULT), 0, new PrintWriter(log, true))) {
      Thread watcher = new Thread(session::watch, "test-watch");
      watcher.setDaemon(true);
      watcher.start();
      String base = "http://127.0.0.1:" + session.port();

      HttpResponse<String> page = get(base + "/projects/alpha-project.html");
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("<title>Alpha project", "/__pmo/live-reload.js");
      assertThat(get(base + "/__pmo/live-reload.js").body()).contains("/__pmo/status");
      assertThat(get(base + "/__pmo/status").body()).isEqualTo("{\"version\":1,\"problems\":null}");

      Path project = repo.resolve("content/projects/alpha-project.md");
      Files.writeString(
          project,
          Files.readString(project)
              .replace("title: \"Alpha project\"", "title: \"Alpha project, renamed\""));
      awaitStatus(base, "\"version\":2");
      assertThat(get(base + "/projects/alpha-project.html").body())
          .contains("<title>Alpha project, renamed");

      // A reference to nothing, which only a check against the other files finds: the page
      // stays as it was, and mending the file brings the next version.
      String renamed = Files.readString(project);
      Files.writeString(
          project, renamed.replace("anchor: synthetic-anchor", "anchor: no-such-anchor"));
      assertThat(awaitStatus(base, "unknown-reference"))
          .contains("\"version\":2", "content/projects/alpha-project.md:5:9");
      assertThat(get(base + "/projects/alpha-project.html").body())
          .contains("synthetic-anchor.html")
          .doesNotContain("no-such-anchor");
      Files.writeString(
          project,
          renamed.replace("title: \"Alpha project, renamed\"", "title: \"Alpha project, mended\""));
      assertThat(awaitStatus(base, "\"version\":3")).contains("\"problems\":null");
      assertThat(get(base + "/projects/alpha-project.html").body())
          .contains("<title>Alpha project, mended");

      Files.writeString(repo.resolve("content/people/sam-sample.yaml"), "name: [broken\n");
      String status = awaitStatus(base, "yaml-syntax");
      assertThat(status).contains("\"version\":3", "content/people/sam-sample.yaml:1:7");
      assertThat(get(base + "/projects/alpha-project.html").statusCode()).isEqualTo(200);
      assertThat(log.toString()).contains("still shows the last good build");

      assertThat(get(base + "/../../../../etc/passwd").statusCode()).isEqualTo(404);
      assertThat(get(base + "/%2e%2e/%2e%2e/etc/passwd").statusCode()).isEqualTo(404);
      assertThat(get(base + "/no-such-page.html").statusCode()).isEqualTo(404);
      watcher.interrupt();
    }
    assertThat(Files.exists(repo.resolve("site"))).as("the preview leaves site/ alone").isFalse();
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void showsDraftsAndInternalContentWithANoticeInWords() throws Exception {
    Path repo = Fixtures.withTemplates(Fixtures.repo(tmp.resolve("repo")));
    Files.writeString(
        repo.resolve("content/people/dana-draft.yaml"),
        "# Synthetic test data: a made-up person, still a draft.\n"
            + "name: \"Dana Draft\"\n"
            + "organisation: southvale-council\n"
            + "seniority: officer\n"
            + "draft: \"true\"\n");
    Path sam = repo.resolve("content/people/sam-sample.yaml");
    Files.writeString(sam, Files.readString(sam) + "visibility: internal\n");
    try (PreviewWorkflow session =
        new PreviewWorkflow(
            new WorkflowContext(repo, LoadLimits.DEFAULT),
            0,
            new PrintWriter(new StringWriter()))) {
      String base = "http://127.0.0.1:" + session.port();

      String draft = get(base + "/people/dana-draft.html").body();
      assertThat(draft)
          .contains(
              "<strong class=\"audience-notice__label\">Draft</strong> This page is a draft:"
                  + " only this preview shows it. Remove &#39;draft: true&#39; from"
                  + " content/people/dana-draft.yaml to publish it.")
          .doesNotContain("audience-notice--internal");
      assertThat(get(base + "/people/sam-sample.html").body())
          .contains("<strong class=\"audience-notice__label\">Internal</strong> Only the internal")
          .doesNotContain("audience-notice--draft");
      assertThat(get(base + "/people/index.html").body())
          .as("a page of no one entity has no notice")
          .contains("Dana Draft")
          .doesNotContain("audience-notice");
    }
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aSavedFileIsReadCheckedAndLinkedOnceAndItsPagesUpdated() throws Exception {
    Path repo = Fixtures.withTemplates(Fixtures.repo(tmp.resolve("repo")));
    List<String> trace = Collections.synchronizedList(new ArrayList<>());
    try (PreviewWorkflow session =
        new PreviewWorkflow(
            new WorkflowContext(repo, LoadLimits.DEFAULT, trace::add),
            0,
            new PrintWriter(new StringWriter()))) {
      Path project = repo.resolve("content/projects/alpha-project.md");
      Files.writeString(
          project,
          Files.readString(project)
              .replace("title: \"Alpha project\"", "title: \"Alpha project, renamed\""));
      trace.clear();
      var update = session.rebuild(Set.of(project));

      assertThat(update).as("updated page by page").isPresent();
      assertThat(update.get().written()).anyMatch(p -> p.endsWith("projects/alpha-project.html"));
      assertThat(stage(trace, "load"))
          .containsExactly("load and check content/projects/alpha-project.md");
      assertThat(stage(trace, "validate")).isEmpty();
      assertThat(stage(trace, "link")).containsExactly("link content/projects/alpha-project.md");
      assertThat(
              session.current().entityAt("content/projects/alpha-project.md").orElseThrow().title())
          .isEqualTo("Alpha project, renamed");
    }
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aFileEditedWhileAnotherHadErrorsIsOnTheSiteOnceBothAreGood() throws Exception {
    Path repo = Fixtures.withTemplates(Fixtures.repo(tmp.resolve("repo")));
    try (PreviewWorkflow session =
        new PreviewWorkflow(
            new WorkflowContext(repo, LoadLimits.DEFAULT),
            0,
            new PrintWriter(new StringWriter()))) {
      Path alpha = repo.resolve("content/projects/alpha-project.md");
      Path beta = repo.resolve("content/projects/beta-project.md");
      String good = Files.readString(alpha);
      Files.writeString(alpha, good.replace("anchor: synthetic-anchor", "anchor: no-such-anchor"));
      assertThat(session.rebuild(Set.of(alpha))).isEmpty();
      Files.writeString(
          beta, Files.readString(beta).replace("\"Beta project\"", "\"Beta project, renamed\""));
      assertThat(session.rebuild(Set.of(beta))).as("alpha is still broken").isEmpty();
      assertThat(session.status().problems()).contains("unknown-reference");

      Files.writeString(alpha, good);
      assertThat(session.rebuild(Set.of(alpha)))
          .as("two files the site missed: built again, not updated page by page")
          .isEmpty();
      assertThat(session.status().problems()).isEmpty();
      String base = "http://127.0.0.1:" + session.port();
      assertThat(get(base + "/projects/beta-project.html").body())
          .contains("<title>Beta project, renamed");
    }
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aSavedPmoYamlOrItsLogoIsReadAgainAndTheSiteBuiltAgain() throws Exception {
    Path repo = Fixtures.withTemplates(Fixtures.repo(tmp.resolve("repo")));
    Path config = repo.resolve("pmo.yaml");
    try (PreviewWorkflow session =
        new PreviewWorkflow(
            new WorkflowContext(repo, Config.Limits.NONE, message -> {}),
            0,
            new PrintWriter(new StringWriter()))) {
      Thread watcher = new Thread(session::watch, "test-watch");
      watcher.setDaemon(true);
      watcher.start();
      String base = "http://127.0.0.1:" + session.port();
      assertThat(get(base + "/index.html").body()).contains("<html lang=\"en-GB\">");

      Files.writeString(config, "site:\n  title: \"Preview title\"\n  language: cy\n");
      awaitStatus(base, "\"version\":2");
      assertThat(get(base + "/index.html").body())
          .contains("<html lang=\"cy\">", ">Preview title</a>");

      Files.createDirectories(repo.resolve("assets"));
      Files.writeString(
          repo.resolve("assets/logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
      Files.writeString(
          config,
          "site:\n  title: \"Preview title\"\n  logo: assets/logo.svg\n  logo_alt: \"Logo\"\n");
      awaitStatus(base, "\"version\":3");
      assertThat(get(base + "/assets/logo.svg").body())
          .isEqualTo("<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
      Files.writeString(
          repo.resolve("assets/logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"><g/></svg>");
      awaitStatus(base, "\"version\":4");
      assertThat(get(base + "/assets/logo.svg").body()).contains("<g/>");

      Files.writeString(config, "site:\n  titel: \"Preview title\"\n");
      assertThat(awaitStatus(base, "unknown-field")).contains("\"version\":4", "pmo.yaml:2:3");
      assertThat(get(base + "/index.html").body()).contains(">Preview title</a>");
      watcher.interrupt();
    }
  }

  /** The trace's lines of {@code stage} ("load", "link"...), without their times. */
  private static List<String> stage(List<String> trace, String stage) {
    return trace.stream()
        .filter(line -> line.startsWith(stage))
        .map(line -> line.substring(0, line.lastIndexOf(':')))
        .toList();
  }

  private String awaitStatus(String base, String wanted) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    String body = "";
    while (System.nanoTime() < deadline) {
      body = get(base + "/__pmo/status").body();
      if (body.contains(wanted)) {
        return body;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("status never showed " + wanted + "; last: " + body);
  }

  private HttpResponse<String> get(String url) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
