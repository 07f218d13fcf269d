package scot.pmo.render.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TemplatesTest {

  @TempDir Path repo;

  record Item(String name) {}

  private void write(String name, String text) throws Exception {
    Path file = repo.resolve("templates").resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  @Test
  void rendersRecordsMapsAndPartialsWithHtmlEscaping() throws Exception {
    write(
        "t/page.html.mustache",
        "<h1>{{title}}</h1>\n{{#items}}{{> partials/item.html.mustache}}{{/items}}");
    write("t/partials/item.html.mustache", "<li>{{name}}</li>");
    String out =
        new Templates(repo)
            .render(
                "t/page.html.mustache",
                Map.of("title", "A & B", "items", List.of(new Item("<x>"), new Item("y"))));
    assertThat(out).isEqualTo("<h1>A &amp; B</h1>\n<li>&lt;x&gt;</li><li>y</li>");
  }

  @Test
  void markdownTemplatesEscapeMarkdownNotHtml() throws Exception {
    write("t/page.md.mustache", "# {{title}}\n{{{raw}}}");
    String out =
        new Templates(repo)
            .render("t/page.md.mustache", Map.of("title", "A & *B*", "raw", "**bold**"));
    assertThat(out).isEqualTo("# A & \\*B\\*\n**bold**");
  }

  @Test
  void misspeltFieldIsAnErrorNamingFileAndLine() throws Exception {
    write(
        "t/page.html.mustache",
        "<h1>{{title}}</h1>\n{{#items}}\n{{> partials/item.html.mustache}}{{/items}}");
    write("t/partials/item.html.mustache", "<p>one</p>\n<li>{{nmae}}</li>");
    Templates templates = new Templates(repo);
    Map<String, Object> data = Map.of("title", "t", "items", List.of(new Item("x")));
    assertThatThrownBy(() -> templates.render("t/page.html.mustache", data))
        .isInstanceOfSatisfying(
            TemplateException.class,
            e -> {
              assertThat(e.file()).isEqualTo("templates/t/partials/item.html.mustache");
              assertThat(e.line()).isEqualTo(2);
              assertThat(e.getMessage()).contains("nmae");
            });
  }

  @Test
  void misspeltSectionIsAnErrorToo() throws Exception {
    write("t/page.html.mustache", "line one\n{{#itmes}}x{{/itmes}}");
    assertThatThrownBy(
            () -> new Templates(repo).render("t/page.html.mustache", Map.of("items", List.of())))
        .isInstanceOfSatisfying(
            TemplateException.class,
            e -> {
              assertThat(e.file()).isEqualTo("templates/t/page.html.mustache");
              assertThat(e.line()).isEqualTo(2);
            });
  }

  @Test
  void unclosedSectionAndMissingPartialAreErrors() throws Exception {
    write("t/open.html.mustache", "a\n{{#items}}x");
    write("t/partial.html.mustache", "{{> nowhere.html.mustache}}");
    Templates templates = new Templates(repo);
    assertThatThrownBy(() -> templates.render("t/open.html.mustache", Map.of("items", List.of())))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("templates/t/open.html.mustache");
    assertThatThrownBy(() -> templates.render("t/partial.html.mustache", Map.of()))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("nowhere");
  }

  @Test
  void partialsCannotLeaveTheTemplatesFolder() throws Exception {
    Files.writeString(repo.resolve("secret.html.mustache"), "secret");
    write("t/escape.html.mustache", "{{> ../../secret.html.mustache}}");
    assertThatThrownBy(() -> new Templates(repo).render("t/escape.html.mustache", Map.of()))
        .isInstanceOf(TemplateException.class);
  }

  record Frame(String title, String body) {}

  /**
   * A page rendered inside its layout is the same bytes whether the page is written into the
   * layout's place for it or made into a string first, whatever the layout does with it.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "<title>{{title}}</title><main>{{{body}}}</main>",
        "<main>{{body}}</main>",
        "<main>{{{body}}}</main><aside>{{{body}}}</aside>",
        "<main>{{{body}}}</main><aside>{{body}}</aside>",
        "<main>{{title}}</main>",
        "{{#body}}<main>{{{.}}}</main>{{/body}}{{^body}}<p>Nothing</p>{{/body}}",
        "<main>{{{body}}}</main>{{#body}}<p>more</p>{{/body}}"
      })
  void aPageInsideItsLayoutIsTheSameBytesEitherWay(String layout) throws Exception {
    write("t/layout.html.mustache", layout);
    write("t/page.html.mustache", "{{#items}}<p>{{name}} – ’</p>{{/items}}");
    Templates templates = new Templates(repo);
    for (List<Item> items :
        List.of(List.of(new Item("A & B"), new Item("Gàidhlig")), List.<Item>of())) {
      Map<String, Object> page = Map.of("items", items);
      byte[] longWay =
          templates.renderUtf8(
              "t/layout.html.mustache",
              new Frame("T – ’", templates.render("t/page.html.mustache", page)));
      byte[] around =
          templates.renderUtf8Around(
              "t/layout.html.mustache",
              body -> new Frame("T – ’", body),
              "t/page.html.mustache",
              page);
      assertThat(new String(around, StandardCharsets.UTF_8))
          .isEqualTo(new String(longWay, StandardCharsets.UTF_8));
    }
  }
}
