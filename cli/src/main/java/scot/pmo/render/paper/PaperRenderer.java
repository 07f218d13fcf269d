package scot.pmo.render.paper;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import scot.pmo.render.markdown.MarkdownRenderer;
import scot.pmo.render.template.Templates;

/**
 * Writes papers in every format: HTML and Markdown through the templates in {@code
 * templates/paper/}, PDF from that same HTML, Word from that same Markdown. The PDF and Word
 * machinery is loaded only when those formats are asked for.
 */
public final class PaperRenderer {

  /** The folder under {@code templates/} that holds the paper templates and style sheet. */
  public static final String FOLDER = "paper";

  private static final Pattern PARTIAL = Pattern.compile("\\{\\{>\\s*([^}\\s]+)\\s*}}");

  private final Templates templates;
  private final MarkdownRenderer markdownRenderer;

  /** A renderer with a Markdown renderer of its own, for the Word papers. */
  public PaperRenderer(Templates templates) {
    this(templates, new MarkdownRenderer());
  }

  /** A renderer that parses the Word papers' Markdown with {@code markdown}, which it shares. */
  public PaperRenderer(Templates templates, MarkdownRenderer markdown) {
    this.templates = templates;
    this.markdownRenderer = markdown;
  }

  /** The paper in {@code format}, as bytes ready to publish. */
  public byte[] render(Paper paper, PaperFormat format) {
    return render(texts(paper), format);
  }

  /**
   * The paper whose texts are {@code texts} in {@code format}: HTML and PDF from one HTML, Markdown
   * and Word from one Markdown, each written once however many of the formats are asked for.
   */
  public byte[] render(PaperTexts texts, PaperFormat format) {
    return switch (format) {
      case HTML -> texts.html().getBytes(StandardCharsets.UTF_8);
      case MD -> texts.markdown().getBytes(StandardCharsets.UTF_8);
      case PDF -> PdfWriter.write(texts.html(), texts.paper());
      case DOCX -> DocxWriter.write(texts.paper(), texts.markdown(), markdownRenderer);
    };
  }

  /** The texts of {@code paper}, to be written when first asked for. */
  public PaperTexts texts(Paper paper) {
    return new PaperTexts(paper, this);
  }

  /** The self-contained HTML of a paper, its style sheet inlined. */
  public String html(Paper paper) {
    String css = templates.read(FOLDER + "/paper.css");
    String out = templates.render(template(paper, "html"), Map.of("css", css), paper);
    return tidy(out);
  }

  /** The Markdown of a paper. */
  public String markdown(Paper paper) {
    return tidy(templates.render(template(paper, "md"), paper));
  }

  /**
   * The templates (names relative to {@code templates/}) that writing {@code paper} in {@code
   * format} reads: its template, every partial it includes (and theirs), and the style sheet for
   * HTML and PDF; each as the repository overrides it or pmo's own.
   */
  public List<String> templatesUsed(Paper paper, PaperFormat format) {
    boolean html = format == PaperFormat.HTML || format == PaperFormat.PDF;
    Set<String> used = new TreeSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of(template(paper, format)));
    if (html) {
      used.add(FOLDER + "/paper.css");
    }
    while (!todo.isEmpty()) {
      String name = todo.pop();
      if (!used.add(name) || !templates.exists(name)) {
        continue;
      }
      String folder = name.contains("/") ? name.substring(0, name.lastIndexOf('/') + 1) : "";
      Matcher partial = PARTIAL.matcher(templates.read(name));
      while (partial.find()) {
        String included = partial.group(1);
        todo.push(included.startsWith("/") ? included.substring(1) : folder + included);
      }
    }
    return List.copyOf(used);
  }

  /**
   * The template {@code paper} is written with in {@code format}, whose partials {@link
   * #templatesUsed} follows: papers of one kind in one format use the same templates.
   */
  public static String template(Paper paper, PaperFormat format) {
    boolean html = format == PaperFormat.HTML || format == PaperFormat.PDF;
    return template(paper, html ? "html" : "md");
  }

  private static String template(Paper paper, String format) {
    String kind =
        paper instanceof EntityPaper entity
            ? entity.template()
            : paper instanceof EscalationReport
                ? "escalation-report"
                : paper instanceof MeetingPack ? "meeting-pack" : "briefing";
    return FOLDER + "/" + kind + "." + format + ".mustache";
  }

  /**
   * Drops the blank lines that leaving out a section leaves behind, and the spaces and tabs at the
   * ends of lines; takes CRLF as a line break; ends with one newline. In one pass, rather than the
   * two regular expressions it replaced, which took a twentieth of a paper's time.
   */
  static String tidy(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int n = text.length();
    boolean lastBlank = false;
    for (int start = 0; start <= n; ) {
      int newline = text.indexOf('\n', start);
      int end = newline < 0 ? n : newline;
      int next = end + 1;
      if (newline >= 0 && end > start && text.charAt(end - 1) == '\r') {
        end--;
      }
      if (newline >= 0) {
        while (end > start && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
          end--;
        }
      }
      boolean blank = end == start;
      if (!(blank && lastBlank)) {
        if (start > 0) {
          out.append('\n');
        }
        out.append(text, start, end);
      }
      lastBlank = blank;
      start = next;
    }
    return out.toString().strip() + "\n";
  }
}
