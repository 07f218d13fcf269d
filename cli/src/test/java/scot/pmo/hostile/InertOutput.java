package scot.pmo.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.w3c.dom.NodeList;

/**
 * Looks through everything a build and {@code pmo brief} wrote for a form that a browser, a feed
 * reader, a calendar, a word processor or a PDF viewer would run: script, event handlers, {@code
 * javascript:} and other unsafe addresses, frames, objects, {@code <base>}, refreshes, and values
 * that break out of the search index's JavaScript or a calendar's lines. Text that merely shows
 * such things (escaped raw HTML) is inert and passes. Each finding names the file.
 */
public final class InertOutput {

  /** The scripts a site page may load: its own files, never inline code. */
  private static final Pattern OWN_SCRIPT =
      Pattern.compile("(\\.\\./)*(assets/(site|search|lunr\\.min)\\.js|search-index\\.js)");

  private static final Set<String> NEVER =
      Set.of(
          "iframe",
          "frame",
          "frameset",
          "object",
          "embed",
          "applet",
          "base",
          "portal",
          "foreignobject",
          "animate",
          "set",
          "handler",
          "listener",
          "import",
          "template",
          "xmp",
          "plaintext",
          "math");

  private static final Set<String> URL_ATTRIBUTES =
      Set.of(
          "href",
          "src",
          "action",
          "formaction",
          "xlink:href",
          "poster",
          "background",
          "data",
          "codebase",
          "cite",
          "ping",
          "srcset",
          "lowsrc",
          "dynsrc",
          "longdesc",
          "manifest",
          "icon",
          "profile",
          "usemap",
          "archive");

  private static final Set<String> CALENDAR_NAMES =
      Set.of(
          "BEGIN",
          "END",
          "VERSION",
          "PRODID",
          "CALSCALE",
          "METHOD",
          "X-WR-CALNAME",
          "UID",
          "DTSTAMP",
          "DTSTART",
          "DTEND",
          "SUMMARY",
          "DESCRIPTION",
          "URL",
          "STATUS",
          "TRANSP");

  private static final Set<String> FEED_ELEMENTS =
      Set.of(
          "feed",
          "title",
          "subtitle",
          "id",
          "updated",
          "link",
          "author",
          "name",
          "generator",
          "entry",
          "summary",
          "urlset",
          "url",
          "loc");

  private static final Pattern INVISIBLE =
      Pattern.compile("[\\p{Cntrl}\\p{Z}\\s\\u200B-\\u200D" + "\\uFEFF]");

  private final List<String> findings = new ArrayList<>();

  private InertOutput() {}

  /** What in an HTML fragment (no page around it) could run; empty when it is inert. */
  public static List<String> html(String fragment) {
    InertOutput scan = new InertOutput();
    scan.html("fragment", fragment, false, false);
    return scan.findings;
  }

  /** What in Markdown, rendered as a git host that does not sanitise would, could run. */
  public static List<String> markdown(String markdown) {
    InertOutput scan = new InertOutput();
    scan.markdown("markdown", markdown);
    return scan.findings;
  }

  /** What is wrong in every file under {@code folders}; empty when all of it is inert. */
  static List<String> scan(Path... folders) {
    InertOutput scan = new InertOutput();
    for (Path folder : folders) {
      if (!Files.isDirectory(folder)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(folder)) {
        for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
          scan.file(folder.relativize(file).toString().replace('\\', '/'), file);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return scan.findings;
  }

  private void file(String name, Path file) throws IOException {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".html")) {
      html(
          name,
          Files.readString(file),
          true,
          lower.startsWith("papers/") || !lower.contains("/") && isPaper(file));
    } else if (lower.equals("search-index.js")) {
      searchIndex(name, Files.readString(file));
    } else if (lower.endsWith(".ics")) {
      calendar(name, Files.readString(file));
    } else if (lower.endsWith(".xml")) {
      xml(name, Files.readAllBytes(file));
    } else if (lower.endsWith(".md")) {
      markdown(name, Files.readString(file));
    } else if (lower.endsWith(".docx")) {
      docx(name, Files.readAllBytes(file));
    } else if (lower.endsWith(".pdf")) {
      pdf(name, file);
    }
  }

  private static boolean isPaper(Path file) throws IOException {
    return Files.readString(file).contains("<meta name=\"generator\" content=\"pmo\"");
  }

  private void find(String name, String what) {
    findings.add(name + ": " + what);
  }

  // ---- HTML ----

  private void html(String name, String text, boolean page, boolean paper) {
    Document doc = Jsoup.parse(text);
    if (page) {
      Element csp = doc.head().selectFirst("meta[http-equiv=Content-Security-Policy]");
      if (csp == null) {
        find(name, "no Content-Security-Policy meta tag in <head>");
      } else {
        String script = directive(csp.attr("content"), "script-src");
        if (script == null) {
          script = directive(csp.attr("content"), "default-src");
        }
        if (script == null
            || script.contains("'unsafe-inline'")
            || script.contains("*")
            || script.contains("'unsafe-eval'")
            || script.contains("data:")
            || paper && !script.equals("'none'")) {
          find(
              name,
              "the Content-Security-Policy allows inline or foreign script: "
                  + csp.attr("content"));
        }
        if (!"'none'".equals(directive(csp.attr("content"), "base-uri"))
            || !"'none'".equals(directive(csp.attr("content"), "object-src"))) {
          find(name, "the Content-Security-Policy allows <base> or plug-ins");
        }
      }
    }
    for (Element e : doc.getAllElements()) {
      element(name, e, page, paper);
    }
  }

  private static String directive(String policy, String name) {
    for (String part : policy.split(";")) {
      String p = part.strip();
      if (p.startsWith(name + " ")) {
        return p.substring(name.length()).strip();
      }
    }
    return null;
  }

  private void element(String name, Element e, boolean page, boolean paper) {
    String tag = e.normalName().toLowerCase(Locale.ROOT);
    if (NEVER.contains(tag)) {
      find(name, "<" + tag + "> element: " + abbreviate(e.outerHtml()));
    }
    if (tag.equals("meta")
        && !e.attr("http-equiv").isEmpty()
        && !e.attr("http-equiv").equalsIgnoreCase("Content-Security-Policy")) {
      find(name, "<meta http-equiv=\"" + e.attr("http-equiv") + "\">");
    }
    if (tag.equals("meta")
        && e.attr("http-equiv").equalsIgnoreCase("Content-Security-Policy")
        && e.parent() != null
        && !e.parent().normalName().equals("head")) {
      find(name, "a Content-Security-Policy outside <head>");
    }
    if (tag.equals("script")) {
      if (!page || paper || !OWN_SCRIPT.matcher(e.attr("src")).matches() || !e.data().isBlank()) {
        find(name, "script: " + abbreviate(e.outerHtml()));
      }
    }
    if (tag.equals("style")) {
      boolean inHead = e.parent() != null && e.parent().normalName().equals("head");
      if (!paper || !inHead || dangerousStyle(e.data())) {
        find(name, "<style> element: " + abbreviate(e.outerHtml()));
      }
    }
    if (tag.equals("link") && e.attr("rel").toLowerCase(Locale.ROOT).contains("import")) {
      find(name, "<link rel=import>");
    }
    for (Attribute a : e.attributes()) {
      String key = a.getKey().toLowerCase(Locale.ROOT);
      String value = a.getValue();
      if (key.startsWith("on")) {
        find(name, "event handler " + key + "=\"" + abbreviate(value) + "\" on <" + tag + ">");
      } else if (key.equals("srcdoc")
          || key.equals("formaction")
          || key.equals("http-equiv") && !tag.equals("meta")) {
        find(name, key + " attribute on <" + tag + ">");
      } else if (URL_ATTRIBUTES.contains(key) || key.endsWith(":href")) {
        if (!safeUrl(value)) {
          find(name, key + "=\"" + abbreviate(value) + "\" on <" + tag + ">");
        }
      } else if (key.equals("style") && dangerousStyle(value)) {
        find(name, "style=\"" + abbreviate(value) + "\" on <" + tag + ">");
      }
    }
  }

  private static boolean dangerousStyle(String css) {
    String squeezed =
        INVISIBLE.matcher(css.toLowerCase(Locale.ROOT).replace("\\", "")).replaceAll("");
    return squeezed.contains("expression(")
        || squeezed.contains("javascript:")
        || squeezed.contains("@import")
        || squeezed.contains("behavior:")
        || squeezed.contains("-moz-binding")
        || squeezed.contains("url(");
  }

  /** Relative, or http, https or mailto, as a browser reads it. */
  static boolean safeUrl(String url) {
    String squeezed = INVISIBLE.matcher(url).replaceAll("").toLowerCase(Locale.ROOT);
    var scheme = Pattern.compile("^([a-z][a-z0-9+.-]*):").matcher(squeezed);
    if (!scheme.find()) {
      return !squeezed.startsWith("//") && !squeezed.startsWith("\\");
    }
    return Set.of("http", "https", "mailto").contains(scheme.group(1));
  }

  // ---- the search index ----

  private void searchIndex(String name, String text) {
    for (char c : new char[] {'<', '>', '\u2028', '\u2029'}) {
      if (text.indexOf(c) >= 0) {
        find(name, String.format("raw U+%04X in the search index", (int) c));
      }
    }
    List<String> lines = text.lines().toList();
    ObjectMapper json = new ObjectMapper();
    boolean started = false;
    for (String line : lines) {
      if (line.startsWith("//")) {
        continue;
      }
      if (line.equals("window.PMO_SEARCH_DOCS = [")) {
        started = true;
        continue;
      }
      if (line.equals("];")) {
        break;
      }
      if (!started) {
        find(name, "unexpected code: " + abbreviate(line));
        continue;
      }
      String object = line.endsWith(",") ? line.substring(0, line.length() - 1) : line;
      try {
        JsonNode doc = json.readTree(object);
        if (!doc.isObject() || doc.size() != 5) {
          find(name, "a search document of an unexpected shape: " + abbreviate(line));
        }
        doc.properties()
            .forEach(
                f -> {
                  if (!f.getValue().isTextual()) {
                    find(name, "a search field that is not text: " + f.getKey());
                  }
                });
      } catch (IOException e) {
        find(name, "a line that is not one JSON object (code could run): " + abbreviate(line));
      }
    }
  }

  // ---- calendars ----

  private void calendar(String name, String text) {
    String unfolded = text.replace("\r\n ", "");
    if (!unfolded.endsWith("\r\n")) {
      find(name, "does not end in CRLF");
    }
    int open = 0;
    for (String line : unfolded.split("\r\n", -1)) {
      if (line.isEmpty()) {
        continue;
      }
      if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
        find(name, "a bare line break inside a line: " + abbreviate(line));
      }
      int colon = line.indexOf(':');
      String property = colon < 0 ? line : line.substring(0, colon);
      String propertyName = property.split(";", 2)[0];
      if (colon < 0 || !CALENDAR_NAMES.contains(propertyName)) {
        find(name, "a calendar line that content made: " + abbreviate(line));
        continue;
      }
      String value = line.substring(colon + 1);
      if (propertyName.equals("BEGIN")) {
        open++;
        if (!value.equals("VCALENDAR") && !value.equals("VEVENT")) {
          find(name, "BEGIN:" + value);
        }
      } else if (propertyName.equals("END")) {
        open--;
      }
      if (Set.of("SUMMARY", "DESCRIPTION", "X-WR-CALNAME").contains(propertyName)
          && Pattern.compile("(?<!\\\\)(\\\\\\\\)*[;,]")
              .matcher(value.replace("\\\\", ""))
              .find()) {
        find(name, "an unescaped ; or , in " + propertyName + ": " + abbreviate(value));
      }
    }
    if (open != 0) {
      find(name, "BEGIN and END do not balance");
    }
  }

  // ---- XML: the feed and the sitemap ----

  private void xml(String name, byte[] bytes) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setNamespaceAware(true);
      org.w3c.dom.Document doc =
          factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
      NodeList all = doc.getElementsByTagName("*");
      for (int i = 0; i < all.getLength(); i++) {
        org.w3c.dom.Element e = (org.w3c.dom.Element) all.item(i);
        if (!FEED_ELEMENTS.contains(e.getLocalName())) {
          find(name, "an element content made: <" + e.getTagName() + ">");
        }
        if (e.hasAttribute("href") && !safeUrl(e.getAttribute("href"))) {
          find(name, "href=\"" + e.getAttribute("href") + "\"");
        }
      }
    } catch (Exception e) {
      find(name, "not well-formed XML: " + e.getMessage());
    }
  }

  // ---- Markdown papers, as a git host that does not sanitise would show them ----

  private static final Parser MARKDOWN = Parser.builder().build();
  private static final HtmlRenderer MARKDOWN_HTML = HtmlRenderer.builder().build();

  private void markdown(String name, String text) {
    String rendered = MARKDOWN_HTML.render(MARKDOWN.parse(text));
    html(name + " (rendered)", rendered, false, false);
  }

  // ---- Word ----

  private void docx(String name, byte[] bytes) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
        String part = entry.getName().toLowerCase(Locale.ROOT);
        if (part.contains("vbaproject")
            || part.contains("activex")
            || part.contains("embeddings")
            || part.endsWith(".bin")) {
          find(name, "an active part: " + entry.getName());
        }
        if (part.endsWith(".rels") || part.equals("word/document.xml")) {
          byte[] xml = zip.readAllBytes();
          wordPart(name + "!" + entry.getName(), xml);
        }
      }
    }
  }

  private void wordPart(String name, byte[] bytes) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setNamespaceAware(true);
      org.w3c.dom.Document doc =
          factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
      NodeList all = doc.getElementsByTagName("*");
      for (int i = 0; i < all.getLength(); i++) {
        org.w3c.dom.Element e = (org.w3c.dom.Element) all.item(i);
        String local = e.getLocalName();
        if (local.equals("Relationship")
            && "External".equals(e.getAttribute("TargetMode"))
            && !safeUrl(e.getAttribute("Target"))) {
          find(name, "an external link to " + e.getAttribute("Target"));
        }
        if (Set.of("altChunk", "object", "control", "instrText", "fldSimple", "attachedTemplate")
            .contains(local)) {
          find(name, "an active Word element <" + e.getTagName() + ">");
        }
      }
    } catch (Exception e) {
      find(name, "not well-formed XML: " + e.getMessage());
    }
  }

  // ---- PDF ----

  private void pdf(String name, Path file) throws IOException {
    try (PDDocument doc = Loader.loadPDF(file.toFile())) {
      var catalog = doc.getDocumentCatalog();
      if (catalog.getNames() != null && catalog.getNames().getJavaScript() != null) {
        find(name, "document-level JavaScript");
      }
      if (catalog.getCOSObject().containsKey(COSName.OPEN_ACTION)) {
        find(name, "an action run on opening");
      }
      if (catalog.getCOSObject().containsKey(COSName.AA)) {
        find(name, "document actions");
      }
      for (PDPage page : doc.getPages()) {
        if (page.getCOSObject().containsKey(COSName.AA)) {
          find(name, "page actions");
        }
        for (PDAnnotation annotation : page.getAnnotations()) {
          if (annotation instanceof PDAnnotationLink link) {
            PDAction action = link.getAction();
            if (action instanceof PDActionURI uri) {
              if (!safeUrl(uri.getURI())) {
                find(name, "a link to " + uri.getURI());
              }
            } else if (action != null && !"GoTo".equals(action.getSubType())) {
              find(name, "a link that runs a " + action.getSubType() + " action");
            }
          } else if (!"Widget".equals(annotation.getSubtype())) {
            find(name, "an annotation of type " + annotation.getSubtype());
          }
        }
      }
    }
  }

  private static String abbreviate(String s) {
    String one = s.replace("\n", "\\n").replace("\r", "\\r");
    return one.length() > 120 ? one.substring(0, 117) + "..." : one;
  }

  static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
