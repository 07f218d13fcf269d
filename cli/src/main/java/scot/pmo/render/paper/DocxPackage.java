package scot.pmo.render.paper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import scot.pmo.render.Escape;

/**
 * The parts of a Word document (Office Open XML, ECMA-376), written as text and zipped: the body
 * {@link DocxWriter} walked, A4 pages, the paper's styles and list numbering, and its title, author
 * and dates as document properties. Every entry of the zip is dated from the paper's provenance,
 * never the clock, so the same paper gives the same bytes.
 *
 * <p>Writing the parts directly, rather than through a library's object model of the whole format,
 * takes a small share of the time: a paper uses a dozen of WordprocessingML's elements.
 */
final class DocxPackage {

  private static final String FONT = "Arial";
  private static final String HEADING_COLOUR = "002D54";
  static final String LINK_COLOUR = "0065BD";
  static final String HEADER_SHADING = "F3F2F1";

  /** A step of indentation (half an inch), and a list's hanging indent, in twips. */
  static final int INDENT = 720;

  static final int HANGING = 360;

  /** A4 with margins of an inch: the page and the width of its text, in twips. */
  private static final int PAGE_WIDTH = 11906;

  private static final int PAGE_HEIGHT = 16838;
  private static final int MARGIN = 1440;
  static final int TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;

  /** The document's relationships: styles, numbering and settings, then its links. */
  static final int FIRST_LINK_ID = 4;

  private static final String DECLARATION =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String R =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final String RELATIONSHIPS =
      "http://schemas.openxmlformats.org/package/2006/relationships";

  private static final String CONTENT_TYPES =
      DECLARATION
          + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\""
          + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + override("/word/document.xml", "wordprocessingml.document.main+xml")
          + override("/word/styles.xml", "wordprocessingml.styles+xml")
          + override("/word/numbering.xml", "wordprocessingml.numbering+xml")
          + override("/word/settings.xml", "wordprocessingml.settings+xml")
          + "<Override PartName=\"/docProps/core.xml\""
          + " ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
          + override("/docProps/app.xml", "extended-properties+xml")
          + "</Types>";

  private static final String PACKAGE_RELATIONSHIPS =
      DECLARATION
          + "<Relationships xmlns=\""
          + RELATIONSHIPS
          + "\">"
          + relationship("rId1", R + "/officeDocument", "word/document.xml")
          + relationship("rId2", RELATIONSHIPS + "/metadata/core-properties", "docProps/core.xml")
          + relationship("rId3", R + "/extended-properties", "docProps/app.xml")
          + "</Relationships>";

  private static final String APP =
      DECLARATION
          + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/"
          + "extended-properties\"><Application>pmo</Application></Properties>";

  /** Word's current behaviour, rather than a compatibility mode for an older version. */
  private static final String SETTINGS =
      DECLARATION
          + "<w:settings xmlns:w=\""
          + W
          + "\"><w:compat><w:compatSetting w:name=\"compatibilityMode\""
          + " w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
          + "</w:settings>";

  private DocxPackage() {}

  static byte[] write(Paper paper, DocxBody body, Numbering numbering) throws IOException {
    Instant when = Instant.parse(paper.provenance().timestamp()).truncatedTo(ChronoUnit.SECONDS);
    LocalDateTime entryTime = LocalDateTime.ofInstant(when, ZoneOffset.UTC);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 14);
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      part(zip, entryTime, "[Content_Types].xml", CONTENT_TYPES);
      part(zip, entryTime, "_rels/.rels", PACKAGE_RELATIONSHIPS);
      part(zip, entryTime, "docProps/core.xml", core(paper, when));
      part(zip, entryTime, "docProps/app.xml", APP);
      part(zip, entryTime, "word/document.xml", document(body));
      part(zip, entryTime, "word/_rels/document.xml.rels", documentRelationships(body.links()));
      part(zip, entryTime, "word/styles.xml", styles(paper.lang()));
      part(zip, entryTime, "word/numbering.xml", numbering.xml());
      part(zip, entryTime, "word/settings.xml", SETTINGS);
    }
    return bytes.toByteArray();
  }

  private static void part(ZipOutputStream zip, LocalDateTime time, String name, String xml)
      throws IOException {
    ZipEntry entry = new ZipEntry(name);
    entry.setTimeLocal(time);
    zip.putNextEntry(entry);
    zip.write(xml.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static String override(String part, String type) {
    return "<Override PartName=\""
        + part
        + "\" ContentType=\"application/vnd.openxmlformats-officedocument."
        + type
        + "\"/>";
  }

  private static String relationship(String id, String type, String target) {
    return "<Relationship Id=\"" + id + "\" Type=\"" + type + "\" Target=\"" + target + "\"/>";
  }

  private static String document(DocxBody body) {
    StringBuilder out = new StringBuilder(1 << 14);
    out.append(DECLARATION)
        .append("<w:document xmlns:w=\"")
        .append(W)
        .append("\" xmlns:r=\"")
        .append(R)
        .append("\"><w:body>");
    body.writeTo(out);
    out.append("<w:sectPr><w:pgSz w:w=\"")
        .append(PAGE_WIDTH)
        .append("\" w:h=\"")
        .append(PAGE_HEIGHT)
        .append("\"/><w:pgMar w:top=\"")
        .append(MARGIN)
        .append("\" w:right=\"")
        .append(MARGIN)
        .append("\" w:bottom=\"")
        .append(MARGIN)
        .append("\" w:left=\"")
        .append(MARGIN)
        .append("\" w:header=\"708\" w:footer=\"708\" w:gutter=\"0\"/></w:sectPr>")
        .append("</w:body></w:document>");
    return out.toString();
  }

  private static String documentRelationships(Map<String, String> links) {
    StringBuilder out = new StringBuilder(DECLARATION);
    out.append("<Relationships xmlns=\"").append(RELATIONSHIPS).append("\">");
    out.append(relationship("rId1", R + "/styles", "styles.xml"));
    out.append(relationship("rId2", R + "/numbering", "numbering.xml"));
    out.append(relationship("rId3", R + "/settings", "settings.xml"));
    links.forEach(
        (url, id) ->
            out.append("<Relationship Id=\"")
                .append(id)
                .append("\" Type=\"")
                .append(R)
                .append("/hyperlink\" Target=\"")
                .append(Escape.xml(url))
                .append("\" TargetMode=\"External\"/>"));
    return out.append("</Relationships>").toString();
  }

  /**
   * Title, author, subject, the commit and the paper's date, which Word shows as its properties.
   */
  private static String core(Paper paper, Instant when) {
    String subject =
        paper instanceof EntityPaper entity
            ? entity.kindTitle()
            : paper instanceof EscalationReport
                ? "Escalation report"
                : paper instanceof MeetingPack ? "Meeting pack" : "Briefing paper";
    StringBuilder out = new StringBuilder(DECLARATION);
    out.append("<cp:coreProperties")
        .append(" xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/")
        .append("core-properties\"")
        .append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"")
        .append(" xmlns:dcterms=\"http://purl.org/dc/terms/\"")
        .append(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">");
    element(out, "dc:title", paper.title());
    element(out, "dc:subject", subject);
    element(out, "dc:creator", paper.author());
    element(out, "cp:lastModifiedBy", paper.author());
    if (!paper.provenance().commit().isEmpty()) {
      element(out, "dc:identifier", "commit " + paper.provenance().commit());
    }
    out.append("<dcterms:created xsi:type=\"dcterms:W3CDTF\">")
        .append(when)
        .append("</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">")
        .append(when)
        .append("</dcterms:modified></cp:coreProperties>");
    return out.toString();
  }

  private static void element(StringBuilder out, String name, String text) {
    out.append('<').append(name).append('>');
    out.append(Escape.xml(text));
    out.append("</").append(name).append('>');
  }

  /** Arial throughout in the paper's language; Title, three headings and list paragraphs. */
  private static String styles(String lang) {
    StringBuilder out = new StringBuilder(DECLARATION);
    out.append("<w:styles xmlns:w=\"").append(W).append("\"><w:docDefaults><w:rPrDefault><w:rPr>");
    out.append("<w:rFonts w:ascii=\"")
        .append(FONT)
        .append("\" w:hAnsi=\"")
        .append(FONT)
        .append("\" w:eastAsia=\"")
        .append(FONT)
        .append("\" w:cs=\"")
        .append(FONT)
        .append("\"/>");
    out.append("<w:lang w:val=\"").append(Escape.xml(lang)).append("\"/>");
    out.append("</w:rPr></w:rPrDefault></w:docDefaults>");
    style(out, "Normal", "Normal", null, -1, 22, false, null, 0, 160);
    style(out, "Title", "Title", "Normal", -1, 40, true, HEADING_COLOUR, 120, 240);
    style(out, "Heading1", "heading 1", "Normal", 0, 30, true, HEADING_COLOUR, 360, 120);
    style(out, "Heading2", "heading 2", "Normal", 1, 24, true, HEADING_COLOUR, 240, 80);
    style(out, "Heading3", "heading 3", "Normal", 2, 22, true, HEADING_COLOUR, 200, 60);
    style(out, "ListParagraph", "List Paragraph", "Normal", -1, 22, false, null, 0, 60);
    return out.append("</w:styles>").toString();
  }

  /** A paragraph style; its elements in the order the schema gives them. */
  private static void style(
      StringBuilder out,
      String id,
      String name,
      String basedOn,
      int outline,
      int halfPoints,
      boolean bold,
      String colour,
      int before,
      int after) {
    out.append("<w:style w:type=\"paragraph\"");
    if (id.equals("Normal")) {
      out.append(" w:default=\"1\"");
    }
    out.append(" w:styleId=\"")
        .append(id)
        .append("\"><w:name w:val=\"")
        .append(name)
        .append("\"/>");
    if (basedOn != null) {
      out.append("<w:basedOn w:val=\"").append(basedOn).append("\"/><w:next w:val=\"Normal\"/>");
    }
    if (outline >= 0 || id.equals("Title")) {
      out.append("<w:uiPriority w:val=\"").append(outline >= 0 ? 9 : 10).append("\"/><w:qFormat/>");
    }
    out.append("<w:pPr>");
    if (outline >= 0) {
      out.append("<w:keepNext/>");
    }
    out.append("<w:spacing w:before=\"")
        .append(before)
        .append("\" w:after=\"")
        .append(after)
        .append("\"/>");
    if (outline >= 0) {
      out.append("<w:outlineLvl w:val=\"").append(outline).append("\"/>");
    }
    out.append("</w:pPr><w:rPr>");
    if (bold) {
      out.append("<w:b/>");
    }
    if (colour != null) {
      out.append("<w:color w:val=\"").append(colour).append("\"/>");
    }
    out.append("<w:sz w:val=\"").append(halfPoints).append("\"/></w:rPr></w:style>");
  }

  /**
   * The document's lists: one definition of bullets (•, –, ▪) that every bulleted list shares, and
   * one of numbers (1., a., i.) for each numbered list, so that each counts from 1.
   */
  static final class Numbering {

    /** The levels a list can nest to; deeper items are written at the last. */
    static final int LEVELS = 3;

    private static final String[] BULLETS = {"\u2022", "\u2013", "\u25AA"};
    private static final String[] NUMBERS = {"decimal", "lowerLetter", "lowerRoman"};

    private final List<Boolean> ordered = new ArrayList<>();

    /** A new list definition; its number, by which paragraphs name it. */
    int add(boolean numbered) {
      ordered.add(numbered);
      return ordered.size();
    }

    String xml() {
      StringBuilder out = new StringBuilder(DECLARATION);
      out.append("<w:numbering xmlns:w=\"").append(W).append("\">");
      for (int id = 0; id < ordered.size(); id++) {
        boolean numbered = ordered.get(id);
        out.append("<w:abstractNum w:abstractNumId=\"").append(id).append("\">");
        out.append("<w:multiLevelType w:val=\"hybridMultilevel\"/>");
        for (int level = 0; level < LEVELS; level++) {
          out.append("<w:lvl w:ilvl=\"")
              .append(level)
              .append("\"><w:start w:val=\"1\"/><w:numFmt w:val=\"")
              .append(numbered ? NUMBERS[level] : "bullet")
              .append("\"/><w:lvlText w:val=\"")
              .append(numbered ? "%" + (level + 1) + "." : BULLETS[level])
              .append("\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"")
              .append(INDENT * (level + 1))
              .append("\" w:hanging=\"")
              .append(HANGING)
              .append("\"/></w:pPr></w:lvl>");
        }
        out.append("</w:abstractNum>");
      }
      for (int id = 0; id < ordered.size(); id++) {
        out.append("<w:num w:numId=\"")
            .append(id + 1)
            .append("\"><w:abstractNumId w:val=\"")
            .append(id)
            .append("\"/></w:num>");
      }
      return out.append("</w:numbering>").toString();
    }
  }
}
