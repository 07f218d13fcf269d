package scot.pmo.publish.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Serves a built site on 127.0.0.1 only, with a live-reload script added to every page and a status
 * address the script polls. Files are read on every request from the folder the site is in at that
 * moment, so a rebuild is served at once.
 */
public final class PreviewServer implements AutoCloseable {

  /** What the page learns from the status address: the build's number and its problems. */
  public record Status(long version, String problems) {}

  private static final String SCRIPT = "/__pmo/live-reload.js";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, String> TYPES =
      Map.ofEntries(
          Map.entry("html", "text/html; charset=utf-8"),
          Map.entry("css", "text/css; charset=utf-8"),
          Map.entry("js", "text/javascript; charset=utf-8"),
          Map.entry("json", "application/json; charset=utf-8"),
          Map.entry("svg", "image/svg+xml"),
          Map.entry("xml", "application/xml; charset=utf-8"),
          Map.entry("ics", "text/calendar; charset=utf-8"),
          Map.entry("pdf", "application/pdf"),
          Map.entry(
              "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
          Map.entry("md", "text/markdown; charset=utf-8"),
          Map.entry("png", "image/png"),
          Map.entry("txt", "text/plain; charset=utf-8"));

  private final Supplier<Path> root;
  private final Supplier<Status> status;
  private final HttpServer server;
  private final byte[] script;
  private final EditServer edit;

  /**
   * Starts serving the folder {@code root} gives on 127.0.0.1 at {@code port} (0 for any free
   * port).
   *
   * @param status the current build's status, asked on every poll
   */
  public PreviewServer(Supplier<Path> root, int port, Supplier<Status> status) throws IOException {
    this(root, port, status, null);
  }

  /**
   * Starts serving as above, with the edit pages of {@code edit} under {@link EditServer#PREFIX}
   * and its links on each page; {@code null} for a preview that only shows.
   */
  public PreviewServer(Supplier<Path> root, int port, Supplier<Status> status, EditServer edit)
      throws IOException {
    this.root = root;
    this.status = status;
    this.edit = edit;
    try (InputStream in = PreviewServer.class.getResourceAsStream("live-reload.js")) {
      this.script = in.readAllBytes();
    }
    this.server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    server.createContext("/", this::handle);
    server.setExecutor(
        Executors.newFixedThreadPool(
            4,
            r -> {
              Thread t = new Thread(r, "pmo-serve-http");
              t.setDaemon(true);
              return t;
            }));
    server.start();
  }

  /** The port the server listens on. */
  public int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (edit != null && exchange.getRequestURI().getRawPath().startsWith(EditServer.PREFIX)) {
        edit.handle(exchange, port());
        return;
      }
      if (!exchange.getRequestMethod().equals("GET")
          && !exchange.getRequestMethod().equals("HEAD")) {
        send(exchange, 405, "text/plain; charset=utf-8", bytes("Only GET is served.\n"));
        return;
      }
      String path = exchange.getRequestURI().getRawPath();
      if (path.equals(SCRIPT)) {
        send(exchange, 200, TYPES.get("js"), script);
        return;
      }
      if (path.equals("/__pmo/status")) {
        Status now = status.get();
        ObjectNode json = JSON.createObjectNode();
        json.put("version", now.version());
        json.put("problems", now.problems().isEmpty() ? null : now.problems());
        send(exchange, 200, TYPES.get("json"), JSON.writeValueAsBytes(json));
        return;
      }
      Path file = resolve(path);
      if (file == null) {
        notFound(exchange);
        return;
      }
      byte[] body = Files.readAllBytes(file);
      String type = TYPES.getOrDefault(extension(file), "application/octet-stream");
      if (type.startsWith("text/html")) {
        String html = new String(body, StandardCharsets.UTF_8);
        body = withLiveReload(edit == null ? html : withEditBar(html, edit.bar(path)));
      }
      send(exchange, 200, type, body);
    } catch (IOException e) {
      // The client went away, or the site was swapped mid-read: the next request is served anew.
    }
  }

  /** The file a request path names inside the site, or null; never a file outside it. */
  private Path resolve(String rawPath) {
    String decoded;
    try {
      decoded = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
    if (decoded.contains("\0") || decoded.contains("\\")) {
      return null;
    }
    String relative = decoded.replaceAll("^/+", "");
    if (root.get() == null) {
      return null; // nothing built yet
    }
    Path site = root.get().toAbsolutePath().normalize();
    Path file = site.resolve(relative).normalize();
    if (!file.startsWith(site)) {
      return null;
    }
    if (Files.isDirectory(file)) {
      file = file.resolve("index.html");
    }
    return Files.isRegularFile(file) ? file : null;
  }

  private void notFound(HttpExchange exchange) throws IOException {
    Path page = root.get() == null ? null : root.get().resolve("404.html");
    if (page != null && Files.isRegularFile(page)) {
      send(
          exchange,
          404,
          TYPES.get("html"),
          withLiveReload(Files.readString(page, StandardCharsets.UTF_8)));
    } else {
      // No good build yet: a page that still reloads, and shows the problems, once there is.
      send(
          exchange,
          404,
          TYPES.get("html"),
          withLiveReload(
              "<!DOCTYPE html>\n<html lang=\"en-GB\">"
                  + "<head><meta charset=\"utf-8\"><title>Nothing built yet</title></head><body><main>"
                  + "<h1>Nothing built yet</h1><p>The site has not been built yet. If the content has"
                  + " problems, they are listed below and in the terminal; the page reloads when they"
                  + " are fixed.</p></main></body></html>\n"));
    }
  }

  /** The page with the edit mode's links at the top of its main content. */
  private static String withEditBar(String html, String bar) {
    int main = html.indexOf("<main");
    int end = main < 0 ? -1 : html.indexOf('>', main);
    return bar.isEmpty() || end < 0
        ? html
        : html.substring(0, end + 1) + bar + html.substring(end + 1);
  }

  private static byte[] withLiveReload(String html) {
    String tag = "<script src=\"" + SCRIPT + "\" defer></script>";
    int end = html.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
    return bytes(end < 0 ? html + tag : html.substring(0, end) + tag + html.substring(end));
  }

  private static void send(HttpExchange exchange, int code, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(code, head ? -1 : body.length);
    if (!head) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private static String extension(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
