package scot.pmo.render.markdown;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Deterministic random Markdown that mixes the constructs flexmark's core parser knows, in the
 * awkward combinations that decide its HTML layout: nested tight and loose lists, blank lines, raw
 * HTML, code, references, escapes, entities, odd white space and line ends, and pipe tables with
 * ragged rows, alignments and pipes escaped or inside code.
 */
public final class RandomMarkdown {

  private static final List<String> WORDS =
      List.of(
          "programme",
          "Gàidhlig",
          "project",
          "board",
          "2024–25",
          "naïve",
          "café",
          "risk",
          "ÀÉÌÒÙ",
          "a",
          "the",
          "x",
          "—",
          "“quoted”",
          "über",
          "tìde",
          "a&b",
          "1 < 2",
          "\"q\"",
          "it's",
          "snake_case",
          "under_score_",
          "*star*",
          "50%",
          "C++",
          "€10",
          "日本",
          "emoji🙂");
  private static final List<String> URLS =
      List.of(
          "https://example.org/a?b=c&d=e#f",
          "http://example.org/path with space",
          "../projects/x.md",
          "x.html#team",
          "mailto:a@b.org",
          "javascript:alert(1)",
          "JavaScript:alert(1)",
          "&#106;avascript:x",
          "java\\tscript:x",
          "//evil.example/x",
          "/etc/passwd",
          "data:text/html,x",
          "<with space.md>",
          "<a<b>",
          "https://example.org/ü/ñ?q=ä",
          "%41%zz",
          "a\\)b",
          "a(b)c",
          "",
          "#top",
          "https://example.org/&amp;&copy;",
          "ftp://x",
          "https://x/\"q\"");
  private static final List<String> TITLES =
      List.of(
          " \"a title\"",
          " 'single \"q\"'",
          " (paren)",
          " \"with &amp; entity\"",
          " \"esc \\\" quote\"",
          "",
          "",
          "");
  private static final List<String> ENTITIES =
      List.of(
          "&amp;",
          "&copy;",
          "&#35;",
          "&#x22;",
          "&nbsp;",
          "&bogus;",
          "&#0;",
          "&#13;",
          "&#X41;",
          "&lt;",
          "&",
          "&#xFFFFFFFF;",
          "&#123456789;");
  private static final List<String> HTML =
      List.of(
          "<b>bold</b>",
          "<!-- note -->",
          "<span class=\"x\">s</span>",
          "<br/>",
          "<a href=\"javascript:x\">j</a>",
          "</div>",
          "<img src=x onerror=alert(1)>",
          "<?php x ?>",
          "<![CDATA[ x ]]>");

  private final Random random;
  private String eol = "\n";

  public RandomMarkdown(long seed) {
    this.random = new Random(seed);
  }

  /** One document of a few blocks. */
  public String document() {
    eol = random.nextInt(6) == 0 ? "\r\n" : "\n";
    StringBuilder out = new StringBuilder();
    int blocks = 1 + random.nextInt(6);
    for (int i = 0; i < blocks; i++) {
      out.append(block(0));
      out.append(random.nextInt(4) == 0 ? eol : eol + eol);
    }
    if (random.nextInt(5) == 0) {
      out.append(references());
    }
    return out.toString();
  }

  private String block(int depth) {
    int kind = random.nextInt(depth > 2 ? 3 : 16);
    return switch (kind) {
      case 0, 1, 2 -> paragraph();
      case 3 ->
          "#".repeat(1 + random.nextInt(6))
              + (random.nextInt(8) == 0 ? "" : " " + inline())
              + (random.nextInt(4) == 0 ? " ##" : "");
      case 4 -> inline() + eol + (random.nextBoolean() ? "===" : "---");
      case 5, 6 -> list(depth);
      case 7 -> quote(depth);
      case 8 -> fenced();
      case 9 ->
          "    "
              + words(3)
              + eol
              + (random.nextBoolean() ? eol : "")
              + "\t"
              + words(2)
              + eol
              + "    "
              + eol;
      case 10 ->
          pick(
                  List.of(
                      "<div>",
                      "<div class=\"a\">",
                      "<table>",
                      "<!--",
                      "<pre>",
                      "<script>",
                      "<?xml",
                      "<custom-tag>"))
              + eol
              + "  "
              + inline()
              + eol
              + (random.nextBoolean() ? eol + "  more <b>x</b>" + eol : "")
              + pick(List.of("</div>", "-->", "</pre>", "</script>", "?>", ""))
              + eol;
      case 11 -> pick(List.of("***", "---", "___", " * * *", "- - -"));
      case 12 -> references();
      case 14 -> table();
      default -> paragraph() + eol + list(depth);
    };
  }

  /** A pipe table, its rows sometimes longer or shorter than its header, sometimes no table. */
  private String table() {
    int columns = 1 + random.nextInt(4);
    boolean outer = random.nextBoolean();
    StringBuilder out = new StringBuilder();
    if (random.nextInt(5) == 0) {
      out.append(inline()).append(eol); // a paragraph line straight before the table
    }
    out.append(row(random.nextInt(6) == 0 ? columns + 1 : columns, outer)).append(eol);
    StringBuilder delimiter = new StringBuilder(outer || random.nextBoolean() ? "|" : "");
    for (int i = 0; i < columns; i++) {
      delimiter
          .append(i == 0 ? "" : "|")
          .append(pick(List.of("---", ":---", "---:", ":-:", "-", " --- ", ":--:", "--")));
    }
    out.append(delimiter).append(outer ? "|" : "").append(eol);
    int rows = random.nextInt(5);
    for (int i = 0; i < rows; i++) {
      out.append(pick(List.of("", "", " ", "  ")))
          .append(
              row(Math.max(1, columns + random.nextInt(3) - 1), outer || random.nextInt(4) == 0))
          .append(eol);
    }
    if (random.nextInt(4) == 0) {
      out.append(inline()).append(eol); // a lazy line after the table
    }
    return out.toString();
  }

  private String row(int cells, boolean outer) {
    StringBuilder out = new StringBuilder(outer ? "| " : "");
    for (int i = 0; i < cells; i++) {
      out.append(i == 0 ? "" : pick(List.of(" | ", "|", "  |  ", " |\t")));
      out.append(
          switch (random.nextInt(10)) {
            case 0 -> "";
            case 1 -> "a \\| b";
            case 2 -> "`code \\| x`";
            case 3 -> "`a | b`";
            case 4 -> "*em | not*";
            case 5 -> "[x | y](z.md)";
            default -> inline();
          });
    }
    return out.append(outer ? " |" : "").toString();
  }

  private String paragraph() {
    StringBuilder out = new StringBuilder(inline());
    int lines = random.nextInt(3);
    for (int i = 0; i < lines; i++) {
      out.append(pick(List.of("", "", "  ", "\\", " ", "\t", "   "))).append(eol);
      out.append(pick(List.of("", "", " ", "  ", "\t"))).append(inline());
    }
    return out.toString();
  }

  private String list(int depth) {
    boolean ordered = random.nextBoolean();
    String marker =
        ordered ? pick(List.of("1.", "3.", "0.", "1)", "10.")) : pick(List.of("-", "*", "+"));
    boolean loose = random.nextInt(3) == 0;
    StringBuilder out = new StringBuilder();
    int items = 1 + random.nextInt(4);
    String indent = " ".repeat(marker.length() + 1);
    for (int i = 0; i < items; i++) {
      String item = random.nextInt(10) == 0 ? "" : inline();
      out.append(marker).append(item.isEmpty() ? "" : " " + item).append(eol);
      if (random.nextInt(4) == 0) {
        out.append(eol).append(indent).append(inline()).append(eol);
      }
      if (depth < 3 && random.nextInt(4) == 0) {
        for (String line : block(depth + 1).split("\r?\n", -1)) {
          out.append(line.isEmpty() ? "" : indent + line).append(eol);
        }
      }
      if (loose || random.nextInt(8) == 0) {
        out.append(eol);
      }
      if (ordered && random.nextBoolean()) {
        marker = (i + 2) + marker.substring(marker.length() - 1);
      }
    }
    return out.toString();
  }

  private String quote(int depth) {
    StringBuilder out = new StringBuilder();
    for (String line : block(depth + 1).split("\r?\n", -1)) {
      out.append(random.nextInt(6) == 0 && !line.isEmpty() ? "" : ">")
          .append(line.isEmpty() ? "" : " " + line)
          .append(eol);
    }
    return out.toString();
  }

  private String fenced() {
    String fence = random.nextBoolean() ? "```" : "~~~~";
    String info =
        pick(
            List.of(
                "", "java", " yaml extra", "a&amp;b", "c\\+\\+", "  ", "x{.y}", "&#0;", "\"q\""));
    return fence
        + info
        + eol
        + "  indented <tag> & \"q\""
        + eol
        + eol
        + "\tTab"
        + eol
        + (random.nextBoolean() ? fence : "")
        + eol;
  }

  /** Reference definitions, in any order: one that does not parse ends the run of them. */
  private String references() {
    List<String> definitions =
        new ArrayList<>(
            List.of(
                "[ref]: " + pick(URLS) + pick(TITLES),
                "[Other Ref]: https://x.org/y",
                "[img]: x.png \"Img title\"",
                "[js]: javascript:alert(1)"));
    Collections.shuffle(definitions, random);
    StringBuilder out = new StringBuilder();
    for (String definition : definitions) {
      out.append(definition).append(eol).append(random.nextBoolean() ? eol : "");
    }
    return out.toString();
  }

  private String inline() {
    StringBuilder out = new StringBuilder();
    int parts = 1 + random.nextInt(5);
    for (int i = 0; i < parts; i++) {
      if (i > 0) {
        out.append(pick(List.of(" ", " ", "", "  ", "\t")));
      }
      out.append(
          switch (random.nextInt(22)) {
            case 0 -> "*" + words(2) + "*";
            case 1 -> "**" + words(2) + "**";
            case 2 -> "_" + words(1) + "_";
            case 3 -> "`" + words(2) + "`";
            case 4 -> "`` a ` b ``";
            case 5 -> "[" + words(2) + "](" + pick(URLS) + pick(TITLES) + ")";
            case 6 -> "![" + words(2) + "](" + pick(URLS) + pick(TITLES) + ")";
            case 7 ->
                pick(
                    List.of(
                        "[ref]",
                        "[text][ref]",
                        "[Other Ref][]",
                        "[missing][nope]",
                        "![img]",
                        "![alt *x*][img]",
                        "[ref][]",
                        "[*em*][nope]",
                        "![nope]",
                        "[j][js]",
                        "![j][js]",
                        "[other ref]"));
            case 8 ->
                pick(
                    List.of(
                        "<https://example.org/a_b>",
                        "<mailto:a@b.org>",
                        "<a@b.org>",
                        "<javascript:alert(1)>",
                        "<x:y>",
                        "<http://a.b/c?d=e&f=g>"));
            case 9 -> pick(ENTITIES);
            case 10 -> "\\" + pick(List.of("*", "_", "[", "\\", "&", "`", "#", "a", "<"));
            case 11 -> pick(HTML);
            case 12 -> "*[" + words(1) + "](" + pick(URLS) + ")*";
            case 13 -> "***" + words(1) + "***";
            case 14 -> "[" + words(1) + "](<" + words(1) + ".md>)";
            default -> words(1 + random.nextInt(3));
          });
    }
    return out.toString();
  }

  private String words(int n) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < n; i++) {
      out.append(i == 0 ? "" : " ").append(pick(WORDS));
    }
    return out.toString();
  }

  private String pick(List<String> options) {
    return options.get(random.nextInt(options.size()));
  }
}
