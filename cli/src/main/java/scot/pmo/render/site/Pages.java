package scot.pmo.render.site;

import java.util.List;

/**
 * The data the site's templates are given: plain records of strings, booleans and lists, never
 * paths or model objects. Strings named {@code *Html} or {@code html} hold HTML already rendered
 * and escaped; all others are text, escaped by the template.
 */
final class Pages {

  private Pages() {}

  /** A page to write: where, with which template and data, and its place in the layout. */
  record Page(
      String path,
      String template,
      Object data,
      String title,
      String description,
      List<Link> breadcrumbs,
      List<String> scripts,
      String section) {}

  /**
   * Everything the layout template needs around a page's body.
   *
   * @param lang the BCP 47 tag of the page's language
   * @param hasTheme whether {@code assets/theme.css} sets the colours {@code pmo.yaml} gives
   * @param logoSrc the logo's address from this page; {@code hasLogo} whether there is one
   * @param publishedByHtml "Published by …" with links to the publishers' pages; empty for none
   */
  record Layout(
      String lang,
      boolean hasTheme,
      boolean hasLogo,
      String logoSrc,
      String logoAlt,
      String title,
      String description,
      String root,
      String siteTitle,
      List<NavItem> nav,
      boolean hasBreadcrumbs,
      List<Link> breadcrumbs,
      boolean headerSearch,
      String body,
      List<Script> scripts,
      List<Link> footer,
      String footerNote,
      String publishedByHtml,
      List<Notice> notices) {}

  /**
   * A notice at the top of a page that says who may read it.
   *
   * @param kind {@code draft} or {@code internal}, for its style
   * @param label the word that says it: "Draft", "Internal"
   * @param text what it means for the reader
   */
  record Notice(String kind, String label, String text) {}

  record NavItem(String text, String href, boolean current) {}

  record Script(String src) {}

  /** A link; an empty {@code href} means plain text. */
  record Link(String text, String href) {}

  /**
   * A card in a list: the title links to the page, with a kind tag, a line of detail and text; in
   * the case-study library, the values of each of the library's filters.
   */
  record Card(
      String title,
      String href,
      String kind,
      String meta,
      String summaryHtml,
      List<Link> tags,
      List<FacetValues> facets) {

    static Card of(String title, String href, String kind, String meta, String summaryHtml) {
      return new Card(title, href, kind, meta, summaryHtml, List.of(), List.of());
    }
  }

  /** A filter of the library and a case study's values of it: space-separated ids. */
  record FacetValues(String name, String values) {}

  /** One labelled line of facts. */
  record Fact(String label, List<Link> values) {}

  /** A section of an entity page, with its HTML already rendered. */
  record Section(String id, String heading, String html) {}

  /**
   * One source of an entity's facts: the reference's title and page ({@code ""} when it names no
   * reference the site has), where in it ("section “Governance”, page 3"), and the note as HTML.
   */
  record SourceItem(String title, String href, String where, String noteHtml) {}

  /** The relations of one label, such as "sponsored by". */
  record RelationGroup(String label, List<Related> items) {}

  record Related(String text, String href, String kind) {}

  /** A page of one entity. */
  record EntityPage(
      String kind,
      String title,
      String summaryHtml,
      boolean hasFacts,
      List<Fact> facts,
      boolean hasContents,
      List<Link> contents,
      List<Section> sections,
      boolean hasSources,
      String sourcesHeading,
      List<SourceItem> sources,
      boolean hasRelations,
      List<RelationGroup> relations,
      String history,
      RecordHistory recordHistory,
      String editHref,
      String source) {}

  /**
   * The table of how a RAID record's status and rating moved ({@code null}: none).
   *
   * @param caption what the table shows
   * @param rated whether any row gives a likelihood or impact: else the rating columns are left out
   * @param rows one per commit that changed the status or rating, oldest first
   */
  record RecordHistory(String caption, boolean rated, List<RecordHistoryRow> rows) {}

  /** A row of a record's history: the commit, and the record's status and rating after it. */
  record RecordHistoryRow(
      String date,
      String commit,
      String status,
      String likelihood,
      String impact,
      String score,
      String band) {}

  /** A kind's index page. */
  record IndexPage(String title, String intro, List<Card> cards) {}

  /** A group of anchors or projects on the home page. */
  record Group(String title, String href, String summaryHtml, List<Card> cards) {}

  /** A row of the timeline. */
  record TimelineRow(
      String date,
      String title,
      String href,
      String kind,
      String status,
      String summaryHtml,
      String icsHref) {}

  record Year(String year, String id, List<TimelineRow> rows) {}

  record HomePage(
      String title,
      String summaryHtml,
      String programmeHref,
      boolean hasAnchors,
      List<Card> anchors,
      List<Group> workstreams,
      boolean hasNext,
      List<TimelineRow> next,
      boolean hasRecent,
      List<TimelineRow> recent,
      String asOf,
      List<Card> browse,
      boolean hasStatus,
      List<WorkingSections.Status> status) {}

  record FilterValue(String text, String href, int count, boolean current, String value) {}

  record FilterGroup(String heading, String facet, List<FilterValue> values) {}

  record LibraryPage(
      String title,
      String intro,
      boolean filtered,
      String allHref,
      List<FilterGroup> groups,
      String count,
      List<RenderedCard> studies) {}

  /** A card as its partial rendered it. */
  record RenderedCard(String html) {}

  record MatrixCell(boolean self, boolean empty, List<Link> records) {}

  record MatrixRow(Link party, List<MatrixCell> cells) {}

  record DependencyRow(Link dependent, Link provider, Link record, String status) {}

  /** One picture of the map: inline, and as a file of its own to see at full size. */
  record MapPicture(String title, String id, String html, String href) {}

  record MapPage(
      boolean hasPicture,
      boolean severalPictures,
      List<MapPicture> pictures,
      boolean hasMatrix,
      String matrixNote,
      List<Link> columns,
      List<MatrixRow> rows,
      boolean hasDependencies,
      List<DependencyRow> dependencies,
      boolean hasCycles,
      List<String> cycles,
      boolean hasWithout,
      List<Link> without,
      String asOf,
      boolean hasGroup,
      String group) {}

  record RegisterRow(
      Link record,
      String type,
      Link project,
      String status,
      String raised,
      String escalated,
      String daysOpen,
      Link owner) {}

  record RegisterGroup(String heading, String id, List<RegisterRow> rows) {}

  /**
   * The escalation register.
   *
   * @param group the governance group it is for, the escalation report's; {@code hasGroup} whether
   *     there is one
   */
  record RegisterPage(
      boolean hasGroups,
      List<RegisterGroup> groups,
      boolean hasItems,
      List<RegisterRow> items,
      String asOf,
      boolean hasGroup,
      String group) {}

  record TimelinePage(
      List<Year> years, boolean hasUndated, List<TimelineRow> undated, MilestoneChart.View chart) {}

  record SearchPage(List<Card> everything) {}

  record Change(
      String id, String date, String title, String author, String message, List<Link> pages) {}

  record ChangesPage(boolean available, boolean empty, List<Change> changes) {}

  record PaperFile(String text, String href) {}

  record Paper(String title, List<PaperFile> files) {}

  record PapersPage(boolean hasPapers, List<Paper> papers) {}

  /**
   * The accessibility statement.
   *
   * @param contactHref the page of the organisation to contact; empty when it is a person
   * @param contactEmail the email address to write to; empty when none is given
   * @param contactRunsOffice whether the contact is the organisation that runs the programme office
   */
  record StatementPage(
      String siteTitle,
      String programmeHref,
      String asOf,
      String contactHref,
      String contactName,
      String contactEmail,
      boolean contactRunsOffice) {}

  record NotFoundPage(String homeHref) {}
}
