package scot.pmo.render.site;

import scot.pmo.model.Config;
import scot.pmo.model.Kind;

/**
 * Where each page of the site lives, as a path from the site's root with forward slashes. Every
 * page is a file ({@code projects/active-communities.html}, never a folder's {@code index.html}
 * reached by its folder), so that relative links work from {@code file://} as well as a server.
 */
final class SitePaths {

  static final String HOME = "index.html";
  static final String SEARCH = "search.html";
  static final String SEARCH_INDEX = "search-index.js";
  static final String TIMELINE = "timeline.html";
  static final String CALENDAR = "calendar.ics";
  static final String MAP = "interdependency-map.html";
  static final String MAP_SVG = "interdependency-map.svg";
  static final String REGISTER = "escalation-register.html";
  static final String CHANGES = "changes.html";
  static final String FEED = "feed.xml";
  static final String PAPERS = "briefing-papers.html";
  static final String ACCESSIBILITY = "accessibility.html";
  static final String NOT_FOUND = "404.html";
  static final String SITEMAP = "sitemap.xml";
  static final String LIBRARY = "case-studies/index.html";
  static final String PAPERS_FOLDER = "papers";

  /** The stylesheet of the colours {@code pmo.yaml} gives, after {@code assets/site.css}. */
  static final String THEME = "assets/theme.css";

  private SitePaths() {}

  static String entity(Kind kind, String id) {
    return kind.folder() + "/" + id + ".html";
  }

  static String index(Kind kind) {
    return kind.folder() + "/index.html";
  }

  static String ics(String meetingId) {
    return Kind.MEETING.folder() + "/" + meetingId + ".ics";
  }

  /** The logo {@code pmo.yaml} names, copied into the site. */
  static String logo(Config.Logo logo) {
    return "assets/logo." + logo.extension();
  }

  /**
   * A pre-rendered case-study filter page: facet {@code theme}, {@code anchor}, or the organisation
   * facet that {@code pmo.yaml} names.
   */
  static String filter(String facet, String value) {
    return "case-studies/" + facet + "/" + value + ".html";
  }

  /** The {@code ../} that leads from {@code page} back to the site's root. */
  static String root(String page) {
    int depth = 0;
    for (int i = 0; i < page.length(); i++) {
      if (page.charAt(i) == '/') {
        depth++;
      }
    }
    return "../".repeat(depth);
  }
}
