package scot.pmo.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import scot.pmo.Fixtures;
import scot.pmo.GitScratch;
import scot.pmo.load.LoadLimits;

/**
 * pmo serve --edit over HTTP: forms from the schemas, checked as pmo validate checks, saved with
 * only the changed lines; writes refused from anywhere but its own pages, outside content/, over a
 * file changed since the form opened, or while the file has errors. The content is the synthetic
 * fixture programme.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PreviewEditTest {

  @TempDir Path tmp;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private Path repo;
  private PreviewWorkflow session;
  private String base;

  @BeforeEach
  void start() throws IOException {
    repo = Fixtures.withTemplates(Fixtures.repo(tmp.resolve("repo")));
    session =
        new PreviewWorkflow(
            new WorkflowContext(repo, LoadLimits.DEFAULT),
            0,
            new PrintWriter(new StringWriter(), true),
            true);
    base = "http://127.0.0.1:" + session.port();
  }

  @AfterEach
  void stop() throws IOException {
    session.close();
  }

  @Test
  void pagesOfferEditAndNewAndTheFormComesFromTheSchema() throws Exception {
    String page = get("/projects/alpha-project.html").body();
    assertThat(page)
        .contains(
            "href=\"/__pmo/edit/form?path=content/projects/alpha-project.md\">Edit this page</a>",
            "href=\"/__pmo/edit/new?kind=project\">New project</a>");
    assertThat(get("/projects/index.html").body()).contains(">New project</a>");

    Document form =
        Jsoup.parse(get("/__pmo/edit/form?path=content/projects/alpha-project.md").body());
    // every control has a label; references offer the ids of their kind; enums are choices
    for (Element control : form.select("input:not([type=hidden]), select, textarea")) {
      if (control.parents().is("template")) {
        continue;
      }
      assertThat(form.select("label[for=" + cssId(control.id()) + "]")).as(control.id()).hasSize(1);
    }
    assertThat(form.getElementById("f.team.0.person").attr("list")).isEqualTo("ids-person");
    assertThat(form.select("#ids-person option").eachAttr("value"))
        .containsExactly("alex-example", "sam-sample");
    assertThat(form.getElementById("f.status").select("option[selected]").text())
        .isEqualTo("active");
    assertThat(form.select("label[for=f.title]").text()).isEqualTo("Title");
    assertThat(form.select("label[for=f.anchor]").text()).isEqualTo("Anchor (optional)");
    assertThat(form.getElementById("f-body").val()).startsWith("## Background");
  }

  @Test
  void aSaveChangesOnlyTheLinesOfChangedValues() throws Exception {
    Path file = repo.resolve("content/projects/alpha-project.md");
    String before = Files.readString(file);
    HttpResponse<String> saved =
        submit(
            "/__pmo/edit/form?path=content/projects/alpha-project.md",
            "/__pmo/edit/save",
            fields -> set(fields, "/status", "paused"));
    assertThat(saved.statusCode()).isEqualTo(303);
    assertThat(saved.headers().firstValue("Location"))
        .hasValue("/projects/alpha-project.html?saved=alpha-project");
    assertThat(Files.readString(file))
        .isEqualTo(before.replace("status: active\n", "status: paused\n"));
    try (Stream<Path> left = Files.list(file.getParent())) {
      assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("."));
    }
  }

  @Test
  void aFormOpenedAgainAfterASaveHoldsTheSavedFileNotTheSnapshotBeforeIt() throws Exception {
    // No watcher runs here, so the preview's snapshot still holds the file as it was first read.
    String form = "/__pmo/edit/form?path=content/projects/alpha-project.md";
    submit(form, "/__pmo/edit/save", fields -> set(fields, "/status", "paused"));
    Document again = Jsoup.parse(get(form).body());
    assertThat(again.getElementById("f.status").select("option[selected]").text())
        .isEqualTo("paused");
    HttpResponse<String> second = post("/__pmo/edit/save", set(formData(again), "/title", "Alpha"));
    assertThat(second.statusCode()).isEqualTo(303);
    assertThat(Files.readString(repo.resolve("content/projects/alpha-project.md")))
        .contains("title: \"Alpha\"\n", "status: paused\n");
  }

  @Test
  void aFormSavedUnchangedLeavesTheFileAlone() throws Exception {
    Path file = repo.resolve("content/projects/alpha-project.md");
    java.nio.file.attribute.FileTime written =
        java.nio.file.attribute.FileTime.fromMillis(1_000_000L);
    Files.setLastModifiedTime(file, written);
    String before = Files.readString(file);
    HttpResponse<String> saved =
        submit(
            "/__pmo/edit/form?path=content/projects/alpha-project.md", "/__pmo/edit/save", f -> f);
    assertThat(saved.statusCode()).isEqualTo(303);
    assertThat(Files.readString(file)).isEqualTo(before);
    assertThat(Files.getLastModifiedTime(file)).isEqualTo(written);
  }

  @Test
  void problemsAreShownBesideTheirFieldsAndStopTheSave() throws Exception {
    Path file = repo.resolve("content/projects/alpha-project.md");
    String before = Files.readString(file);
    UnaryOperator<List<Map.Entry<String, String>>> director =
        fields -> set(fields, "/team/0/person", "sam-sample");
    HttpResponse<String> check =
        submit(
            "/__pmo/edit/form?path=content/projects/alpha-project.md",
            "/__pmo/edit/check",
            director);
    assertThat(check.body())
        .contains(
            "\"field\":\"f.team.0.person\"", "\"severity\":\"error\"", "cannot hold the role");

    HttpResponse<String> refused =
        submit(
            "/__pmo/edit/form?path=content/projects/alpha-project.md",
            "/__pmo/edit/save",
            director);
    assertThat(refused.statusCode()).isEqualTo(422);
    Document page = Jsoup.parse(refused.body());
    assertThat(page.title()).startsWith("Error: ");
    assertThat(page.select("#error-summary a").attr("href")).isEqualTo("#f.team.0.person");
    assertThat(page.getElementById("f.team.0.person-error").text())
        .contains("cannot hold the role");
    assertThat(page.getElementById("f.team.0.person").attr("aria-invalid")).isEqualTo("true");
    assertThat(Files.readString(file)).isEqualTo(before);
  }

  @Test
  void aNewEntityIsWrittenFromItsForm() throws Exception {
    HttpResponse<String> saved =
        submit(
            "/__pmo/edit/new?kind=case-study",
            "/__pmo/edit/save",
            fields -> {
              set(fields, "id", "synthetic-second-case");
              set(fields, "/title", "Synthetic test data: a second case");
              set(fields, "/summary", "Made up for a test.");
              set(fields, "/projects/0", "alpha-project");
              set(fields, "body", "Synthetic test data.\n");
              return fields;
            });
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
    assertThat(Files.readString(repo.resolve("content/case-studies/synthetic-second-case.md")))
        .isEqualTo(
            "---\ntitle: \"Synthetic test data: a second case\"\nsummary: \"Made up for a"
                + " test.\"\nprojects:\n  - alpha-project\n---\nSynthetic test data.\n");

    HttpResponse<String> again =
        submit(
            "/__pmo/edit/new?kind=case-study",
            "/__pmo/edit/save",
            fields -> {
              set(fields, "id", "synthetic-case-study");
              set(fields, "/title", "Taken");
              set(fields, "/summary", "Taken.");
              return fields;
            });
    assertThat(again.statusCode()).isEqualTo(422);
    assertThat(Jsoup.parse(again.body()).getElementById("f-id-error").text())
        .contains("already used by content/case-studies/synthetic-case-study.md");
  }

  @Test
  void aFileChangedSinceTheFormOpenedIsNotOverwritten() throws Exception {
    Path file = repo.resolve("content/projects/alpha-project.md");
    Document form =
        Jsoup.parse(get("/__pmo/edit/form?path=content/projects/alpha-project.md").body());
    String theirs = Files.readString(file).replace("status: active", "status: closed");
    Files.writeString(file, theirs);
    HttpResponse<String> refused =
        post("/__pmo/edit/save", set(formData(form), "/status", "paused"));
    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(refused.body())
        .contains("The file changed since this form opened", "status: closed", "status: paused");
    assertThat(Files.readString(file)).isEqualTo(theirs);
  }

  @Test
  void writesAreRefusedFromOtherSitesWithoutTheTokenAndOutsideContent() throws Exception {
    Path file = repo.resolve("content/projects/alpha-project.md");
    String before = Files.readString(file);
    Document form =
        Jsoup.parse(get("/__pmo/edit/form?path=content/projects/alpha-project.md").body());
    List<Map.Entry<String, String>> fields = set(formData(form), "/status", "paused");

    assertThat(post("/__pmo/edit/save", fields, "http://evil.example", null).statusCode())
        .isEqualTo(403);
    assertThat(post("/__pmo/edit/save", fields, null, null).statusCode()).isEqualTo(403);
    assertThat(post("/__pmo/edit/save", fields, base, "cross-site").statusCode()).isEqualTo(403);
    List<Map.Entry<String, String>> wrongToken = set(new ArrayList<>(fields), "token", "guess");
    assertThat(post("/__pmo/edit/save", wrongToken).statusCode()).isEqualTo(403);
    assertThat(
            rawStatus(
                "GET /__pmo/edit/form?path=content/projects/alpha-project.md",
                "evil.example:" + session.port()))
        .isEqualTo(403);
    for (String path :
        List.of(
            "content/projects/../../pmo.yaml",
            "/etc/passwd",
            "content/projects/alpha-project.md/../../../pmo.yaml",
            "pmo.yaml",
            "content/linked/alpha-project.md")) {
      List<Map.Entry<String, String>> outside = set(new ArrayList<>(fields), "path", path);
      assertThat(post("/__pmo/edit/save", outside).statusCode()).as(path).isEqualTo(404);
      assertThat(
              get("/__pmo/edit/form?path=" + URLEncoder.encode(path, StandardCharsets.UTF_8))
                  .statusCode())
          .as(path)
          .isEqualTo(404);
    }
    // a folder linked out of content/ is not followed
    Files.createSymbolicLink(repo.resolve("content/people-elsewhere"), tmp);
    assertThat(get("/__pmo/edit/form?path=content/people-elsewhere/x.yaml").statusCode())
        .isEqualTo(404);
    assertThat(Files.readString(file)).isEqualTo(before);
  }

  @Test
  void theChangesAreSaidInWordsAndCommittedOnANewBranch() throws Exception {
    GitScratch git = GitScratch.init(repo);
    git.git("config", "user.name", "Synthetic Tester");
    git.git("config", "user.email", "tester@example.org");
    git.git("add", "-A");
    git.git("commit", "-q", "-m", "Synthetic content");
    assertThat(get("/__pmo/edit/changes").body()).contains("There are no changes in content/");

    submit(
        "/__pmo/edit/form?path=content/projects/alpha-project.md",
        "/__pmo/edit/save",
        fields -> set(fields, "/status", "paused"));
    Document changes = Jsoup.parse(get("/__pmo/edit/changes").body());
    assertThat(changes.select(".changes__list code").eachText())
        .containsExactly("content/projects/alpha-project.md");
    assertThat(changes.select(".changes__diff").text()).contains("Alpha project", "paused");

    HttpResponse<String> empty = post("/__pmo/edit/commit", formData(changes, "form"));
    assertThat(empty.statusCode()).isEqualTo(422);
    HttpResponse<String> committed =
        post(
            "/__pmo/edit/commit",
            set(formData(changes, "form"), "message", "Pause the alpha project"));
    assertThat(committed.statusCode()).isEqualTo(200);
    assertThat(committed.body()).contains("edit/pause-the-alpha-project", "Nothing was pushed");
    assertThat(git.git("branch", "--show-current").strip())
        .isEqualTo("edit/pause-the-alpha-project");
    assertThat(git.git("log", "--format=%an <%ae> %s", "-1"))
        .isEqualTo("Synthetic Tester <tester@example.org> Pause the alpha project\n");
    assertThat(git.git("show", "--format=", "--stat").strip())
        .startsWith("content/projects/alpha-project.md | 2 +-");
    assertThat(git.git("show", "--format=", "-U0")).contains("-status: active\n+status: paused\n");
    assertThat(git.git("status", "--porcelain")).isEmpty();
    assertThat(git.git("branch", "--list", "main")).contains("main");
  }

  // ---- helpers

  /** Opens the form at {@code formPath}, changes it as {@code change} says, and posts it. */
  private HttpResponse<String> submit(
      String formPath, String action, UnaryOperator<List<Map.Entry<String, String>>> change)
      throws Exception {
    Document form = Jsoup.parse(get(formPath).body());
    return post(action, change.apply(formData(form)));
  }

  /** What a browser sends for the form: its fields, outside the templates of blank list items. */
  private static List<Map.Entry<String, String>> formData(Document page) {
    return formData(page, "form.edit-form");
  }

  private static List<Map.Entry<String, String>> formData(Document page, String selector) {
    FormElement form = (FormElement) page.selectFirst(selector);
    List<Map.Entry<String, String>> out = new ArrayList<>();
    for (var pair : form.formData()) {
      String value = pair.value();
      Element control = page.select("[name=" + cssId(pair.key()) + "]").first();
      if (control != null && control.tagName().equals("textarea") && value.startsWith("\n")) {
        value = value.substring(1); // as a browser's parser drops it
      }
      if (!pair.key().contains("__i__")) {
        out.add(Map.entry(pair.key(), value));
      }
    }
    return out;
  }

  private static List<Map.Entry<String, String>> set(
      List<Map.Entry<String, String>> fields, String name, String value) {
    List<Map.Entry<String, String>> out = new ArrayList<>();
    boolean found = false;
    for (Map.Entry<String, String> f : fields) {
      if (f.getKey().equals(name) && !found) {
        out.add(Map.entry(name, value));
        found = true;
      } else {
        out.add(f);
      }
    }
    if (!found) {
      out.add(Map.entry(name, value));
    }
    fields.clear();
    fields.addAll(out);
    return fields;
  }

  private static String cssId(String id) {
    return "\"" + id.replace("\"", "\\\"") + "\"";
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, List<Map.Entry<String, String>> fields)
      throws Exception {
    return post(path, fields, base, "same-origin");
  }

  private HttpResponse<String> post(
      String path, List<Map.Entry<String, String>> fields, String origin, String fetchSite)
      throws Exception {
    String body =
        fields.stream()
            .map(
                f ->
                    URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (origin != null) {
      request.header("Origin", origin);
    }
    if (fetchSite != null) {
      request.header("Sec-Fetch-Site", fetchSite);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The status of a request sent with the Host header given, which HttpClient will not send. */
  private int rawStatus(String requestLine, String host) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", session.port())) {
      OutputStream out = socket.getOutputStream();
      out.write(
          (requestLine + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      String head = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
      return Integer.parseInt(head.substring(9, 12));
    }
  }
}
