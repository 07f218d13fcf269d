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

  /** Everything the layout template needs around a page's body. */
  record Layout(
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
      String footerNote) {}

  record NavItem(String text, String href, boolean current) {}

  record Script(String src) {}

  /** A link; an empty {@code href} means plain text. */
  record Link(String text, String href) {}

  /** A card in a list: the title links to the page, with a kind tag, a line of detail and text. */
  record Card(
      String title,
      String href,
      String kind,
      String meta,
      String summaryHtml,
      List<Link> tags,
      String themes,
      String councils,
      String anchors) {

    static Card of(String title, String href, String kind, String meta, String summaryHtml) {
      return new Card(title, href, kind, meta, summaryHtml, List.of(), "", "", "");
    }
  }

  /** One labelled line of facts. */
  record Fact(String label, List<Link> values) {}

  /** A section of an entity page, with its HTML already rendered. */
  record Section(String id, String heading, String html) {}

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
      boolean hasRelations,
      List<RelationGroup> relations,
      String history,
      String editHref,
      String source) {}

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
      List<Card> anchors,
      List<Group> workstreams,
      boolean hasNext,
      List<TimelineRow> next,
      boolean hasRecent,
      List<TimelineRow> recent,
      String asOf,
      List<Card> browse) {}

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

  record MapPage(
      boolean hasPicture,
      String pictureHtml,
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
      String asOf) {}

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

  record RegisterPage(
      boolean hasGroups,
      List<RegisterGroup> groups,
      boolean hasItems,
      List<RegisterRow> items,
      String asOf) {}

  record TimelinePage(List<Year> years, boolean hasUndated, List<TimelineRow> undated) {}

  record SearchPage(List<Card> everything) {}

  record Change(
      String id, String date, String title, String author, String message, List<Link> pages) {}

  record ChangesPage(boolean available, boolean empty, List<Change> changes) {}

  record PaperFile(String text, String href) {}

  record Paper(String title, List<PaperFile> files) {}

  record PapersPage(boolean hasPapers, List<Paper> papers) {}

  record StatementPage(
      String siteTitle,
      String programmeHref,
      String asOf,
      String contactHref,
      String contactName) {}

  record NotFoundPage(String homeHref) {}
}
