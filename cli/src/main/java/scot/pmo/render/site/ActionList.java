package scot.pmo.render.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import scot.pmo.link.ActionItem;
import scot.pmo.link.Actions;
import scot.pmo.model.PartialDate;
import scot.pmo.model.Words;
import scot.pmo.render.site.Pages.Link;
import scot.pmo.render.site.Pages.Page;

/**
 * Every action of the programme, agreed at a meeting or part of a RAID record's response: what,
 * who, by when, where it was agreed, and "Overdue" in words when it is open past its due date as of
 * the site's as-of date. Open actions first, each group soonest due first.
 */
final class ActionList {

  static final String PATH = "actions.html";

  /** The section of the navigation the page belongs to. */
  static final String SECTION = "actions";

  /**
   * One action in a table.
   *
   * @param titleHtml what is to be done, its Markdown rendered inline
   * @param overdue whether it is open and its due date has passed
   */
  record Row(
      String id,
      String titleHtml,
      Link owner,
      String due,
      String status,
      boolean open,
      boolean overdue,
      String done,
      Link source,
      String sourceKind,
      Link project) {}

  record ActionsPage(
      String asOf,
      boolean hasActions,
      String count,
      boolean hasOpen,
      List<Row> open,
      boolean hasClosed,
      List<Row> closed,
      String raidHref) {}

  private final SiteModel model;

  ActionList(SiteModel model) {
    this.model = model;
  }

  /** Open first, soonest due first (undated last), then by id. */
  static List<ActionItem> sorted(List<ActionItem> actions) {
    List<ActionItem> list = new ArrayList<>(actions);
    list.sort(
        Comparator.comparing((ActionItem a) -> !a.isOpen())
            .thenComparing(a -> a.due().map(PartialDate::start).orElse(LocalDate.MAX))
            .thenComparing(ActionItem::id));
    return list;
  }

  /** The rows of {@code actions}, as a table on {@code page} shows them. */
  List<Row> rows(List<ActionItem> actions, String page) {
    String root = SitePaths.root(page);
    return sorted(actions).stream().map(a -> row(a, root, page)).toList();
  }

  private Row row(ActionItem a, String root, String page) {
    return new Row(
        "action-" + Html.slug(a.id()),
        model.inline(a.title(), a.path(), page),
        link(a.owner(), root),
        a.due().map(model::date).orElse("Not set"),
        Words.capitalise(Html.words(a.status())),
        a.isOpen(),
        a.overdue(model.asOf),
        a.done().map(model::date).orElse(""),
        link(a.source(), root),
        a.sourceKind().equals("meeting") ? "Meeting" : "RAID record",
        a.project().map(p -> link(p, root)).orElse(new Link("", "")));
  }

  private Link link(String id, String root) {
    return model
        .entity(id)
        .map(e -> new Link(e.title(), root + model.page(e)))
        .orElse(new Link(id, ""));
  }

  Page page() {
    List<ActionItem> all = Actions.of(model.catalogue).all();
    List<Row> rows = rows(all, PATH);
    List<Row> open = rows.stream().filter(Row::open).toList();
    List<Row> closed = rows.stream().filter(r -> !r.open()).toList();
    long overdue = rows.stream().filter(Row::overdue).count();
    String count =
        all.isEmpty()
            ? ""
            : all.size()
                + (all.size() == 1 ? " action: " : " actions: ")
                + open.size()
                + " open, of which "
                + overdue
                + " overdue as of "
                + model.date(model.asOf)
                + ".";
    return new Page(
        PATH,
        "actions",
        new ActionsPage(
            model.date(model.asOf),
            !all.isEmpty(),
            count,
            !open.isEmpty(),
            open,
            !closed.isEmpty(),
            closed,
            RaidLog.INDEX),
        "Actions",
        "Every action agreed at the programme's meetings or set by its RAID records, open first.",
        List.of(),
        List.of(),
        SECTION);
  }
}
