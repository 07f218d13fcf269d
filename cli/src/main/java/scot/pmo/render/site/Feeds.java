package scot.pmo.render.site;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import scot.pmo.render.Escape;

/** The Atom feed of changes and the sitemap: the site's two XML files. */
final class Feeds {

  private static final DateTimeFormatter RFC3339 =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

  private Feeds() {}

  /**
   * Text for the feed and the sitemap: as {@link Escape#xml}, so that a control character in a
   * commit message or an author's name from git leaves the feed well-formed.
   */
  static String xml(String text) {
    return Escape.xml(text);
  }

  /** An ISO date or date-time as an RFC 3339 date-time; a date alone is midnight UTC. */
  static String dateTime(String text) {
    try {
      if (text.length() <= 10) {
        return RFC3339.format(LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC));
      }
      return RFC3339.format(OffsetDateTime.parse(text));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("the change date '" + text + "' is not an ISO date", e);
    }
  }

  /**
   * The feed: one entry per change, newest first. Without history it is the header alone, its
   * {@code updated} the site's as-of date.
   */
  static String atom(SiteModel model) {
    var base = model.options.baseUrl();
    List<ChangeEntry> changes = model.options.history().changes();
    String updated =
        changes.isEmpty()
            ? dateTime(model.asOf.toString())
            : changes.stream().map(c -> dateTime(c.date())).max(String::compareTo).orElseThrow();
    String alternate = base.orElse("") + SitePaths.CHANGES;
    StringBuilder out = new StringBuilder();
    out.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    out.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"")
        .append(xml(model.settings.language()))
        .append("\">\n");
    out.append("  <title>").append(xml("What changed: " + model.siteTitle())).append("</title>\n");
    out.append("  <subtitle>")
        .append(xml("Changes to the content of " + model.programme.title()))
        .append("</subtitle>\n");
    out.append("  <id>")
        .append(
            xml(
                base.map(b -> b + SitePaths.FEED)
                    .orElse("urn:pmo:" + model.programme.id() + ":changes")))
        .append("</id>\n");
    out.append("  <updated>").append(updated).append("</updated>\n");
    base.ifPresent(
        b ->
            out.append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"")
                .append(xml(b + SitePaths.FEED))
                .append("\"/>\n"));
    out.append("  <link rel=\"alternate\" type=\"text/html\" href=\"")
        .append(xml(alternate))
        .append("\"/>\n");
    out.append("  <author><name>")
        .append(xml(model.programme.title()))
        .append("</name></author>\n");
    out.append("  <generator>pmo</generator>\n");
    for (ChangeEntry c : changes) {
      out.append("  <entry>\n");
      out.append("    <id>urn:pmo:change:").append(xml(c.id())).append("</id>\n");
      out.append("    <title>").append(xml(c.title())).append("</title>\n");
      out.append("    <updated>").append(dateTime(c.date())).append("</updated>\n");
      if (!c.author().isBlank()) {
        out.append("    <author><name>").append(xml(c.author())).append("</name></author>\n");
      }
      out.append("    <link rel=\"alternate\" type=\"text/html\" href=\"")
          .append(xml(alternate + "#change-" + Html.slug(c.id())))
          .append("\"/>\n");
      if (!c.message().isBlank()) {
        out.append("    <summary type=\"text\">")
            .append(xml(c.message().strip()))
            .append("</summary>\n");
      }
      out.append("  </entry>\n");
    }
    out.append("</feed>\n");
    return out.toString();
  }

  /** The sitemap of every page but the 404 page, with absolute addresses under {@code base}. */
  static String sitemap(String base, List<String> pages) {
    StringBuilder out = new StringBuilder();
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (String page : pages) {
      out.append("  <url><loc>").append(xml(base + page)).append("</loc></url>\n");
    }
    out.append("</urlset>\n");
    return out.toString();
  }
}
