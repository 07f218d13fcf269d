package scot.pmo.render.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nu.validator.client.EmbeddedValidator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built site as an independent HTML validator and a link checker see it. */
class SiteValidityTest {

  @Test
  void everyPageIsValidHtml() throws Exception {
    Path site = SampleSite.folder();
    EmbeddedValidator validator = new EmbeddedValidator();
    validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
    List<String> errors = new ArrayList<>();
    for (String page : SampleSite.pages(site)) {
      String report = validator.validate(site.resolve(page));
      report.lines().filter(l -> l.contains(": error")).forEach(l -> errors.add(page + ": " + l));
    }
    assertThat(errors).isEmpty();
  }

  @Test
  void aPluggedInGraphPictureIsShownInlineAndStaysValid(@TempDir Path tmp) throws Exception {
    GraphPicture picture =
        (selection, title, description) ->
            Optional.of(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""
                    + " version=\"1.1\" width=\"200\" height=\"100\" viewBox=\"0 0 200 100\""
                    + " role=\"img\" aria-labelledby=\"graph-title graph-desc\">\n<title id=\"graph-title\">"
                    + title
                    + "</title>\n<desc id=\"graph-desc\">"
                    + selection.nodes().size()
                    + " nodes. "
                    + description
                    + "</desc>\n<rect width=\"100%\" height=\"100%\""
                    + " fill=\"#ffffff\"/>\n</svg>\n");
    Path site = SampleSite.build(tmp.resolve("site"), SiteOptions.defaults().withPicture(picture));
    String page = Files.readString(site.resolve("interdependency-map.html"));
    assertThat(page)
        .contains("<div class=\"graph-picture__scroll\" role=\"region\"")
        .contains("tabindex=\"0\">\n<svg")
        .contains("<a href=\"interdependency-map.svg\">View the map full size</a>")
        .doesNotContain("<?xml")
        .contains("<title id=\"graph-title\">Interdependency map of");
    EmbeddedValidator validator = new EmbeddedValidator();
    validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
    String report = validator.validate(site.resolve("interdependency-map.html"));
    assertThat(report.lines().filter(l -> l.contains(": error")).toList()).as(report).isEmpty();
  }

  @Test
  void everyInternalLinkAndAnchorResolves() throws IOException {
    Path site = SampleSite.folder();
    Map<String, Set<String>> ids = new HashMap<>();
    List<String> broken = new ArrayList<>();
    for (String page : SampleSite.pages(site)) {
      Document doc = Jsoup.parse(site.resolve(page).toFile(), "UTF-8", "");
      ids.put(page, doc.select("[id]").eachAttr("id").stream().collect(Collectors.toSet()));
    }
    for (String page : SampleSite.pages(site)) {
      if (page.equals("404.html")) {
        continue; // its links are relative to wherever the server shows it, or absolute
      }
      Document doc = Jsoup.parse(site.resolve(page).toFile(), "UTF-8", "");
      for (Element e : doc.select("[href], [src]")) {
        String ref = e.hasAttr("href") ? e.attr("href") : e.attr("src");
        URI uri = URI.create(ref);
        if (uri.getScheme() != null) {
          continue;
        }
        String path = uri.getPath();
        String target =
            path.isEmpty()
                ? page
                : site.relativize(site.resolve(page).getParent().resolve(path).normalize())
                    .toString()
                    .replace('\\', '/');
        if (!Files.isRegularFile(site.resolve(target)) || target.startsWith("..")) {
          broken.add(page + ": " + ref + " (no file " + target + ")");
          continue;
        }
        if (uri.getFragment() != null
            && target.endsWith(".html")
            && !ids.getOrDefault(target, Set.of()).contains(uri.getFragment())) {
          broken.add(page + ": " + ref + " (no id " + uri.getFragment() + ")");
        }
      }
    }
    assertThat(broken).isEmpty();
  }
}
