package scot.pmo.publish.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import scot.pmo.author.EditForm;
import scot.pmo.author.FieldWriter;
import scot.pmo.author.FormValues;
import scot.pmo.diff.ProgrammeDiff;
import scot.pmo.git.ContentCommit;
import scot.pmo.git.GitException;
import scot.pmo.load.ContentLoader;
import scot.pmo.load.LoadLimits;
import scot.pmo.load.LoadResult;
import scot.pmo.model.Diagnostic;
import scot.pmo.model.Entity;
import scot.pmo.model.Kind;
import scot.pmo.model.Severity;
import scot.pmo.publish.diff.DiffFormat;
import scot.pmo.render.Escape;
import scot.pmo.render.markdown.MarkdownRenderer;
import scot.pmo.render.template.Templates;
import scot.pmo.validate.Ids;

/**
 * The edit mode of the preview ({@code pmo serve --edit}): a form for each entity, made from its
 * kind's schema, checked as it is typed with the diagnostics of {@code pmo validate}, and saved
 * into its file by {@link FieldWriter}, which changes only the lines of the values that changed. A
 * save is refused while the file has problems, and when the file changed on disk since the form
 * opened. Every request is held to this server's own pages by {@link EditGuard}, and every path to
 * the files of {@code content/} by {@link ContentFiles}.
 */
public final class EditServer {

  /** Where the edit pages are served. */
  public static final String PREFIX = "/__pmo/edit/";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_FORM_BYTES = 4 * 1024 * 1024;

  private final Editor editor;
  private final Path repo;
  private final ContentFiles files;
  private final Templates templates;
  private final EditGuard guard = new EditGuard();
  private final MarkdownRenderer markdown = new MarkdownRenderer();
  private final Object saving = new Object();

  public EditServer(Path repo, Editor editor) {
    this.repo = repo.toAbsolutePath().normalize();
    this.editor = editor;
    this.files = new ContentFiles(this.repo);
    this.templates = new Templates(this.repo);
  }

  /** This run's token, which each form carries: for tests. */
  String token() {
    return guard.token();
  }

  /**
   * The links added at the top of the page at {@code sitePath} ({@code projects/x.html}): "Edit
   * this page" on an entity's page, "New …" on it and on its kind's index.
   */
  String bar(String sitePath) {
    String[] parts = sitePath.replaceFirst("^/+", "").split("/");
    if (parts.length != 2 || !parts[1].endsWith(".html")) {
      return "";
    }
    Optional<Kind> kind = Kind.byFolder(parts[0]);
    if (kind.isEmpty()) {
      return "";
    }
    String id = parts[1].substring(0, parts[1].length() - ".html".length());
    StringBuilder links = new StringBuilder();
    editor.catalogue().of(kind.get()).stream()
        .filter(e -> e.id().equals(id))
        .findFirst()
        .ifPresent(
            e ->
                links
                    .append("<a class=\"pmo-edit-bar__link\" href=\"")
                    .append(PREFIX)
                    .append("form?path=")
                    .append(Escape.html(encode(e.path())))
                    .append("\">Edit this page</a> "));
    if (links.isEmpty() && !id.equals("index")) {
      return "";
    }
    links
        .append("<a class=\"pmo-edit-bar__link\" href=\"")
        .append(PREFIX)
        .append("new?kind=")
        .append(kind.get().label())
        .append("\">New ")
        .append(Escape.html(kind.get().singular()))
        .append("</a> <a class=\"pmo-edit-bar__link\" href=\"")
        .append(PREFIX)
        .append("changes\">Changes ready for review</a>");
    return "<link rel=\"stylesheet\" href=\""
        + PREFIX
        + "assets/edit.css\"><nav class=\"pmo-edit-bar\" aria-label=\"Editing\">"
        + links
        + "</nav>";
  }

  /** Serves a request under {@link #PREFIX}, for the server listening on {@code port}. */
  void handle(HttpExchange exchange, int port) throws IOException {
    Optional<String> badHost = guard.refusedHost(exchange, port);
    if (badHost.isPresent()) {
      send(exchange, 403, "text/plain; charset=utf-8", bytes("Refused: " + badHost.get() + ".\n"));
      return;
    }
    try {
      route(exchange, port);
    } catch (RuntimeException e) {
      // A file that no longer parses, for one: said, and the server goes on.
      send(
          exchange,
          500,
          "text/plain; charset=utf-8",
          bytes("The edit could not be made: " + e.getMessage() + "\n"));
    }
  }

  private void route(HttpExchange exchange, int port) throws IOException {
    String route = exchange.getRequestURI().getRawPath().substring(PREFIX.length());
    String method = exchange.getRequestMethod();
    Map<String, String> query = single(parse(exchange.getRequestURI().getRawQuery()));
    switch (method + " " + route) {
      case "GET assets/edit.js" ->
          send(exchange, 200, "text/javascript; charset=utf-8", asset("edit.js"));
      case "GET assets/edit.css" ->
          send(exchange, 200, "text/css; charset=utf-8", asset("edit.css"));
      case "GET form" -> openForm(exchange, query.get("path"));
      case "GET new" -> newForm(exchange, query.get("kind"));
      case "GET changes" -> changes(exchange, null, "");
      case "POST check", "POST save", "POST preview", "POST commit" -> post(exchange, port, route);
      default -> send(exchange, 404, "text/plain; charset=utf-8", bytes("Not found.\n"));
    }
  }

  private void openForm(HttpExchange exchange, String path) throws IOException {
    Optional<Path> file = files.resolve(path);
    Optional<byte[]> bytes = file.isPresent() ? ContentFiles.read(file.get()) : Optional.empty();
    // The form holds the file as it is on disk now, with that version's fingerprint: the
    // preview's snapshot may not have read a save of a moment ago yet.
    Optional<Entity> entity = bytes.flatMap(b -> entityIn(path, b));
    if (entity.isEmpty()) {
      page(exchange, 404, notFound(path));
      return;
    }
    Entity e = entity.get();
    Form form =
        new Form(
            e.kind(),
            e.path(),
            e.id(),
            false,
            e.data(),
            e.body(),
            ContentFiles.fingerprint(bytes.get()));
    page(exchange, 200, render(form, List.of(), null));
  }

  /** The entity the file {@code path} holds as {@code bytes}, if they can be read as one. */
  private Optional<Entity> entityIn(String path, byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    text = text.startsWith("\uFEFF") ? text.substring(1) : text;
    LoadResult read =
        new ContentLoader(repo, LoadLimits.DEFAULT)
            .loadText(path, text.replace("\r\n", "\n").replace('\r', '\n'));
    return read.entities().size() == 1 ? Optional.of(read.entities().get(0)) : Optional.empty();
  }

  private void newForm(HttpExchange exchange, String kindName) throws IOException {
    Optional<Kind> kind = kindName == null ? Optional.empty() : Kind.byName(kindName);
    if (kind.isEmpty()) {
      page(exchange, 404, notFound(kindName));
      return;
    }
    Form form =
        new Form(
            kind.get(),
            "",
            "",
            true,
            JSON.createObjectNode(),
            markdownKind(kind.get()) ? "" : null,
            "");
    page(exchange, 200, render(form, List.of(), null));
  }

  private void post(HttpExchange exchange, int port, String route) throws IOException {
    String type = exchange.getRequestHeaders().getFirst("Content-Type");
    byte[] raw;
    try (InputStream in = exchange.getRequestBody()) {
      raw = in.readNBytes(MAX_FORM_BYTES + 1);
    }
    List<Map.Entry<String, String>> pairs =
        raw.length > MAX_FORM_BYTES
                || type == null
                || !type.startsWith("application/x-www-form-urlencoded")
            ? List.of()
            : parse(new String(raw, StandardCharsets.US_ASCII));
    Map<String, String> fields = single(pairs);
    Optional<String> refused = guard.refusedWrite(exchange, port, fields.get("token"));
    if (refused.isPresent()) {
      send(exchange, 403, "text/plain; charset=utf-8", bytes("Refused: " + refused.get() + ".\n"));
      return;
    }
    if (route.equals("preview")) {
      ObjectNode json = JSON.createObjectNode();
      json.put("html", markdown.toHtml(fields.getOrDefault("text", "")));
      send(exchange, 200, "application/json; charset=utf-8", JSON.writeValueAsBytes(json));
      return;
    }
    if (route.equals("commit")) {
      commit(exchange, fields.getOrDefault("message", ""));
      return;
    }
    Optional<Attempt> attempt = attempt(fields, pairs);
    if (attempt.isEmpty()) {
      page(exchange, 404, notFound(fields.get("path")));
      return;
    }
    Attempt a = attempt.get();
    if (route.equals("check")) {
      send(exchange, 200, "application/json; charset=utf-8", JSON.writeValueAsBytes(json(a)));
      return;
    }
    synchronized (saving) {
      save(exchange, a);
    }
  }

  private void save(HttpExchange exchange, Attempt a) throws IOException {
    Optional<byte[]> now = ContentFiles.read(a.file());
    String onDisk = now.map(b -> new String(b, StandardCharsets.UTF_8)).orElse("");
    boolean changed =
        a.form().isNew()
            ? now.isPresent()
            : !ContentFiles.fingerprint(now.orElse(new byte[0])).equals(a.form().base());
    boolean errors = a.problems().stream().anyMatch(p -> p.severity() == Severity.ERROR);
    if (a.form().isNew() && errors) {
      page(exchange, 422, render(a.form(), a.problems(), null));
      return;
    }
    if (changed) {
      Conflict conflict = new Conflict(onDisk, a.text(), a.form().isNew(), now.isEmpty());
      page(exchange, 409, render(a.form(), a.problems(), conflict));
      return;
    }
    if (errors) {
      page(exchange, 422, render(a.form(), a.problems(), null));
      return;
    }
    if (a.form().isNew() || !a.text().equals(onDisk)) {
      ContentFiles.write(a.file(), a.text()); // saved unchanged, the file is left alone
    }
    exchange
        .getResponseHeaders()
        .set(
            "Location",
            "/" + a.form().kind().folder() + "/" + a.form().id() + ".html?saved=" + a.form().id());
    send(exchange, 303, "text/plain; charset=utf-8", bytes("Saved.\n"));
  }

  /**
   * The changes since the last commit, in the words of pmo diff, with the files changed and a form
   * to commit them on a new branch; {@code committed} says what the last commit did.
   */
  private void changes(HttpExchange exchange, ContentCommit.Committed committed, String problem)
      throws IOException {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("token", guard.token());
    model.put("hasCommitted", committed != null);
    if (committed != null) {
      model.put("branch", committed.branch());
      model.put("from", committed.from());
      model.put("commit", committed.commit().substring(0, 12));
      model.put("committedFiles", committed.files());
    }
    model.put("hasProblem", !problem.isEmpty());
    model.put("problem", problem);
    try {
      List<String> changed = editor.changedFiles();
      model.put("files", changed);
      model.put("hasFiles", !changed.isEmpty());
      model.put("current", editor.branch());
      model.put("diff", changed.isEmpty() ? "" : markdown.toHtml(inWords(editor.changes())));
      model.put("hasGit", true);
    } catch (GitException e) {
      model.put("hasGit", false);
      model.put("files", List.of());
      model.put("hasFiles", false);
      model.put("gitProblem", e.getMessage() + (e.hint() == null ? "" : "; " + e.hint()));
    }
    page(
        exchange,
        problem.isEmpty() ? 200 : 422,
        templates.renderUtf8("site/edit/changes.html.mustache", model));
  }

  /** The diff as pmo diff --format markdown says it. */
  private static String inWords(ProgrammeDiff diff) {
    java.io.StringWriter out = new java.io.StringWriter();
    DiffFormat.markdown.write(diff, new java.io.PrintWriter(out));
    return out.toString();
  }

  private void commit(HttpExchange exchange, String message) throws IOException {
    if (message.isBlank()) {
      changes(exchange, null, "Enter a message saying what the change is and why");
      return;
    }
    ContentCommit.Committed committed;
    synchronized (saving) {
      try {
        committed = editor.commit(message);
      } catch (GitException e) {
        changes(exchange, null, e.getMessage() + (e.hint() == null ? "" : "; " + e.hint()));
        return;
      }
    }
    changes(exchange, committed, "");
  }

  /** A form as filled in: the entity it edits and the values in it. */
  private record Form(
      Kind kind,
      String path,
      String id,
      boolean isNew,
      ObjectNode data,
      String body,
      String base) {}

  /** A problem shown in the form: the field it is in ({@code ""} the whole file), what and why. */
  private record Problem(String field, Severity severity, String message) {}

  /** A save refused because the file changed on disk since the form opened. */
  private record Conflict(String onDisk, String mine, boolean isNew, boolean gone) {}

  /** A form submitted: the file it would write, with that text, and its problems. */
  private record Attempt(Form form, Path file, String text, List<Problem> problems) {}

  private Optional<Attempt> attempt(
      Map<String, String> fields, List<Map.Entry<String, String>> pairs) throws IOException {
    boolean isNew = "true".equals(fields.get("new"));
    Kind kind;
    String path;
    String id;
    List<Problem> problems = new ArrayList<>();
    ObjectNode before;
    String oldBody = "";
    String text;
    if (isNew) {
      Optional<Kind> named = Kind.byName(fields.getOrDefault("kind", ""));
      if (named.isEmpty()) {
        return Optional.empty();
      }
      kind = named.get();
      id = fields.getOrDefault("id", "").strip();
      if (!Ids.isValid(id) || id.length() > Ids.MAX_LENGTH) {
        problems.add(
            new Problem(
                "id",
                Severity.ERROR,
                id.isEmpty()
                    ? "Enter an id, the name of the new file"
                    : "'"
                        + id
                        + "' is not an id: use lower-case letters and digits in words joined"
                        + " by hyphens, such as '"
                        + Ids.slug(id.isEmpty() ? "new" : id)
                        + "'"));
        id = Ids.slug(id.isEmpty() ? "new-" + kind.label() : id);
      }
      String taken = id;
      editor
          .catalogue()
          .get(id)
          .ifPresent(
              e ->
                  problems.add(
                      new Problem(
                          "id",
                          Severity.ERROR,
                          "The id '"
                              + taken
                              + "' is already used by "
                              + e.path()
                              + "; choose another")));
      path =
          ContentLoader.CONTENT
              + "/"
              + kind.folder()
              + "/"
              + id
              + (markdownKind(kind) ? ".md" : ".yaml");
      before = JSON.createObjectNode();
      text = null;
    } else {
      path = fields.get("path");
      Optional<Path> existing = files.resolve(path);
      Optional<byte[]> bytes =
          existing.isPresent() ? ContentFiles.read(existing.get()) : Optional.empty();
      Optional<Entity> entity = bytes.flatMap(b -> entityIn(path, b));
      if (entity.isEmpty()) {
        return Optional.empty();
      }
      kind = entity.get().kind();
      id = entity.get().id();
      before = entity.get().data();
      oldBody = entity.get().body();
      text = new String(bytes.get(), StandardCharsets.UTF_8);
    }
    Optional<Path> file = files.resolve(path);
    if (file.isEmpty()) {
      return Optional.empty();
    }
    List<EditForm.Field> formFields = new EditForm(editor.schemas()).fields(kind, before);
    ObjectNode data = FormValues.read(pairs, formFields, before);
    String body = fields.containsKey("body") ? fields.get("body").replace("\r\n", "\n") : null;
    if (body != null && body.stripTrailing().equals(oldBody.stripTrailing())) {
      body = oldBody; // a text area's last line break is nothing to change the file for
    } else if (body != null && !body.isEmpty() && !body.endsWith("\n")) {
      body += "\n";
    }
    String name = path.substring(path.lastIndexOf('/') + 1);
    if (isNew) {
      text = FieldWriter.create(name, data, body);
    } else {
      text = FieldWriter.write(name, text, data, body);
    }
    problems.addAll(locate(path, text, editor.check(path, text)));
    Form form =
        new Form(kind, isNew ? "" : path, id, isNew, data, body, fields.getOrDefault("base", ""));
    if (isNew) {
      form = new Form(kind, "", fields.getOrDefault("id", ""), true, data, body, "");
    }
    return Optional.of(new Attempt(form, file.get(), text, problems));
  }

  /**
   * The problems of the would-be file, each placed in the field whose value or name stands on its
   * line (the deepest, for a line inside a list item), the body's below the front matter.
   */
  private List<Problem> locate(String path, String text, List<Diagnostic> found) {
    ProblemPlaces places = ProblemPlaces.of(repo, path, text);
    List<Problem> problems = new ArrayList<>();
    for (Diagnostic d : found) {
      String message = d.message() + (d.hint().isEmpty() ? "" : " (" + d.hint() + ")");
      problems.add(
          new Problem(
              places.fieldOf(d),
              d.severity(),
              Character.toUpperCase(message.charAt(0)) + message.substring(1)));
    }
    return problems;
  }

  private ObjectNode json(Attempt a) {
    ObjectNode json = JSON.createObjectNode();
    ArrayNode problems = json.putArray("problems");
    for (Problem p : a.problems()) {
      ObjectNode item = problems.addObject();
      item.put("field", p.field().isEmpty() ? "" : elementId(p.field()));
      item.put("severity", p.severity().name().toLowerCase(java.util.Locale.ROOT));
      item.put("message", p.message());
    }
    return json;
  }

  private static String elementId(String field) {
    return field.equals("id") ? "f-id" : field.equals("body") ? "f-body" : EditFields.id(field);
  }

  // ---- pages

  private byte[] render(Form form, List<Problem> problems, Conflict conflict) {
    Map<String, String> errors = new HashMap<>();
    List<Map<String, Object>> summary = new ArrayList<>();
    for (Problem p : problems) {
      if (p.severity() != Severity.ERROR && p.severity() != Severity.WARNING) {
        continue;
      }
      if (!p.field().isEmpty()) {
        errors.putIfAbsent(p.field(), p.message());
      }
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("href", p.field().isEmpty() ? "" : "#" + elementId(p.field()));
      item.put("hasHref", !p.field().isEmpty());
      item.put("text", (p.severity() == Severity.WARNING ? "Warning: " : "") + p.message());
      summary.add(item);
    }
    List<EditForm.Field> fields = new EditForm(editor.schemas()).fields(form.kind(), form.data());
    Map<String, Object> model = new LinkedHashMap<>();
    String heading =
        form.isNew()
            ? "New " + form.kind().singular()
            : "Edit " + form.kind().singular() + ": " + titleOf(form);
    model.put("title", (summary.isEmpty() ? "" : "Error: ") + heading);
    model.put("heading", heading);
    model.put("token", guard.token());
    model.put("path", form.path());
    model.put("kind", form.kind().label());
    model.put("isNew", form.isNew());
    model.put("id", form.id());
    model.put("idError", errors.getOrDefault("id", ""));
    model.put("hasIdError", errors.containsKey("id"));
    model.put("base", form.base());
    model.put("hasErrors", !summary.isEmpty());
    model.put("errors", summary);
    model.put("fields", EditFields.html(fields, errors));
    model.put("datalists", EditFields.datalists(editor.catalogue().all()));
    model.put("hasBody", form.body() != null);
    model.put("body", form.body() == null ? "" : form.body());
    model.put("bodyError", errors.getOrDefault("body", ""));
    model.put("hasBodyError", errors.containsKey("body"));
    model.put("bodyPreview", form.body() == null ? "" : markdown.toHtml(form.body()));
    model.put(
        "back",
        form.isNew()
            ? "/" + form.kind().folder() + "/index.html"
            : "/" + form.kind().folder() + "/" + form.id() + ".html");
    model.put("hasConflict", conflict != null);
    if (conflict != null) {
      model.put("conflictGone", conflict.gone() && !conflict.isNew());
      model.put("conflictExists", conflict.isNew());
      model.put("onDisk", conflict.onDisk());
      model.put("mine", conflict.mine());
    }
    return templates.renderUtf8("site/edit/form.html.mustache", model);
  }

  private static String titleOf(Form form) {
    JsonNode title = form.data().get(form.kind().titleField());
    return title != null && title.isTextual() ? title.textValue() : form.id();
  }

  private byte[] notFound(String what) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("what", what == null ? "" : what);
    return templates.renderUtf8("site/edit/not-found.html.mustache", model);
  }

  private boolean markdownKind(Kind kind) {
    return templates.exists("new/" + kind.label() + ".md.mustache");
  }

  private byte[] asset(String name) {
    return templates.set().bytes("site/edit/" + name);
  }

  private static void page(HttpExchange exchange, int code, byte[] html) throws IOException {
    exchange
        .getResponseHeaders()
        .set(
            "Content-Security-Policy",
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
                + " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
    exchange.getResponseHeaders().set("X-Frame-Options", "DENY");
    send(exchange, code, "text/html; charset=utf-8", html);
  }

  private static void send(HttpExchange exchange, int code, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    exchange.getResponseHeaders().set("Referrer-Policy", "same-origin");
    exchange.sendResponseHeaders(code, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  // ---- requests

  private static List<Map.Entry<String, String>> parse(String encoded) {
    List<Map.Entry<String, String>> pairs = new ArrayList<>();
    if (encoded == null || encoded.isEmpty()) {
      return pairs;
    }
    for (String pair : encoded.split("&")) {
      int eq = pair.indexOf('=');
      try {
        String name =
            URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        String value =
            eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        pairs.add(new AbstractMap.SimpleImmutableEntry<>(name, value));
      } catch (IllegalArgumentException e) {
        // a malformed escape: the pair is not one of the form's
      }
    }
    return pairs;
  }

  private static Map<String, String> single(List<Map.Entry<String, String>> pairs) {
    Map<String, String> out = new HashMap<>();
    pairs.forEach(p -> out.putIfAbsent(p.getKey(), p.getValue()));
    return out;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("%2F", "/");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
