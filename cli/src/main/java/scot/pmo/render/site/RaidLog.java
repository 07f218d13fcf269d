package scot.pmo.render.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import scot.pmo.link.RaidItem;
import scot.pmo.model.Entity;
import scot.pmo.model.RaidScale;
import scot.pmo.model.Words;
import scot.pmo.render.site.Pages.FilterGroup;
import scot.pmo.render.site.Pages.FilterValue;
import scot.pmo.render.site.Pages.Link;
import scot.pmo.render.site.Pages.Page;

/**
 * The RAID log: every record with its type, status, owner, project, rating and review date, and one
 * pre-rendered page per value of each filter (type, status, owner, project, rating band), so that
 * filtering needs no JavaScript, as the case-study library's does not. The log's own page also
 * carries the heat map of the open and escalated risks.
 */
final class RaidLog {

  static final String INDEX = "raid/index.html";

  /** The section of the navigation the log's pages belong to. */
  static final String SECTION = "raid";

  /** A filter: its name in the page's address and its heading. */
  record Facet(String name, String label) {}

  static final List<Facet> FACETS =
      List.of(
          new Facet("type", "Type"),
          new Facet("status", "Status"),
          new Facet("owner", "Owner"),
          new Facet("project", "Project"),
          new Facet("rating", "Rating"));

  private static final List<String> TYPES =
      List.of("risk", "issue", "assumption", "interdependency", "decision");
  private static final List<String> STATUSES = List.of("escalated", "open", "resolved", "closed");

  /** A pre-rendered filter page of the log. */
  static String filter(String facet, String value) {
    return "raid/" + facet + "/" + value + ".html";
  }

  /**
   * One record in the log's table.
   *
   * @param rated whether it has a rating on the scale; {@code score}, {@code band}, {@code
   *     bandClass} and {@code ratingDetail} are empty when it has not
   * @param reviewOverdue whether it is live and its review date has passed
   */
  record Row(
      String id,
      Link record,
      String type,
      String status,
      boolean escalated,
      Link owner,
      Link project,
      boolean rated,
      String score,
      String band,
      String bandClass,
      String ratingDetail,
      String review,
      boolean reviewOverdue) {}

  /**
   * The log, or one filter page of it.
   *
   * @param heatMap the heat map, on the log's own page only; {@code hasHeatMap} whether it is there
   */
  record RaidPage(
      String title,
      String intro,
      boolean filtered,
      String allHref,
      List<FilterGroup> groups,
      String count,
      boolean hasRows,
      List<Row> rows,
      boolean hasHeatMap,
      HeatMap.View heatMap,
      String registerHref,
      String actionsHref,
      String asOf) {}

  private final SiteModel model;
  private final RaidScale scale;
  private final List<RaidItem> sorted;
  private final Map<String, Map<String, List<RaidItem>>> facets = new LinkedHashMap<>();

  /**
   * How each filter's values read, found once: every filter page lists every value, so a large
   * programme's hundreds of pages asked for the same titles hundreds of times each.
   */
  private final Map<String, Map<String, String>> titles = new HashMap<>();

  RaidLog(SiteModel model) {
    this.model = model;
    this.scale = model.options.config().raid();
    List<RaidItem> items = new ArrayList<>(model.raid.items());
    items.sort(order(scale));
    this.sorted = List.copyOf(items);
    for (Facet f : FACETS) {
      facets.put(f.name(), values(f.name()));
    }
    facets.forEach(
        (facet, values) -> {
          Map<String, String> read = new HashMap<>();
          values.keySet().forEach(v -> read.put(v, titleOf(facet, v)));
          titles.put(facet, read);
        });
  }

  /** Escalated first, then the highest score (unrated last), then by title and id. */
  static Comparator<RaidItem> order(RaidScale scale) {
    return Comparator.comparing((RaidItem i) -> !i.status().equals("escalated"))
        .thenComparing(i -> -i.rating().filter(r -> r.fits(scale)).map(r -> r.score()).orElse(0))
        .thenComparing(RaidItem::title, String.CASE_INSENSITIVE_ORDER)
        .thenComparing(RaidItem::id);
  }

  /** Every filter and its values with the records of each, in the order they are listed. */
  Map<String, Map<String, List<RaidItem>>> facets() {
    return facets;
  }

  /** The addresses of the log and of every filter page. */
  List<String> paths() {
    List<String> out = new ArrayList<>();
    out.add(INDEX);
    facets.forEach((facet, values) -> values.keySet().forEach(v -> out.add(filter(facet, v))));
    return out;
  }

  private Map<String, List<RaidItem>> values(String facet) {
    Map<String, List<RaidItem>> byValue = new LinkedHashMap<>();
    List<String> order =
        switch (facet) {
          case "type" -> new ArrayList<>(TYPES);
          case "status" -> new ArrayList<>(STATUSES);
          case "rating" -> {
            List<String> bands =
                new ArrayList<>(scale.bands().stream().map(b -> Html.slug(b.name())).toList());
            java.util.Collections.reverse(bands);
            yield bands;
          }
          default -> new ArrayList<>();
        };
    // One pass over the records, each into its value's group in the log's order: a filter such as
    // the owner has a value for most records at large sizes, and looking each value up against
    // every record made the preview's every update slow.
    Map<String, List<RaidItem>> groups = new java.util.HashMap<>();
    for (RaidItem i : sorted) {
      valueOf(facet, i).ifPresent(v -> groups.computeIfAbsent(v, k -> new ArrayList<>()).add(i));
    }
    List<String> others = new ArrayList<>();
    for (String v : groups.keySet()) {
      if (!order.contains(v)) {
        others.add(v);
      }
    }
    if (facet.equals("owner") || facet.equals("project")) {
      others.sort(
          Comparator.comparing((String id) -> title(facet, id), String.CASE_INSENSITIVE_ORDER)
              .thenComparing(Comparator.naturalOrder()));
    } else {
      others.sort(Comparator.naturalOrder());
    }
    order.addAll(others);
    for (String v : order) {
      List<RaidItem> matching = groups.get(v);
      if (matching != null) {
        byValue.put(v, List.copyOf(matching));
      }
    }
    return byValue;
  }

  /** A record's value of a filter, as its page's name; empty when it has none. */
  private Optional<String> valueOf(String facet, RaidItem i) {
    return switch (facet) {
      case "type" -> Optional.of(i.type());
      case "status" -> Optional.of(i.status());
      case "owner" -> i.owner().filter(o -> model.entity(o).isPresent());
      case "project" -> Optional.of(i.project()).filter(p -> model.entity(p).isPresent());
      case "rating" ->
          i.rating().filter(r -> r.fits(scale)).map(r -> Html.slug(scale.band(r.score()).name()));
      default -> Optional.empty();
    };
  }

  /**
   * How a filter's value reads: "Risk", "Escalated", a person's name, a project's title, "High".
   */
  String title(String facet, String value) {
    Map<String, String> read = titles.get(facet);
    String known = read == null ? null : read.get(value);
    return known != null ? known : titleOf(facet, value);
  }

  private String titleOf(String facet, String value) {
    return switch (facet) {
      case "owner", "project" -> model.entity(value).map(Entity::title).orElse(value);
      case "rating" ->
          scale.bands().stream()
              .filter(b -> Html.slug(b.name()).equals(value))
              .map(RaidScale.Band::name)
              .findFirst()
              .orElse(value);
      default -> Words.capitalise(Html.words(value));
    };
  }

  private static String label(String facet) {
    return FACETS.stream()
        .filter(f -> f.name().equals(facet))
        .map(Facet::label)
        .findFirst()
        .orElse(facet);
  }

  /** The log ({@code facet} empty) or one pre-rendered filter page of it. */
  Page page(String facet, String value) {
    boolean filtered = !facet.isEmpty();
    String page = filtered ? filter(facet, value) : INDEX;
    String root = SitePaths.root(page);
    List<FilterGroup> groups = new ArrayList<>();
    facets.forEach(
        (f, values) -> {
          List<FilterValue> list = new ArrayList<>();
          values.forEach(
              (v, items) ->
                  list.add(
                      new FilterValue(
                          title(f, v),
                          root + filter(f, v),
                          items.size(),
                          f.equals(facet) && v.equals(value),
                          v)));
          if (!list.isEmpty()) {
            groups.add(new FilterGroup(label(f), f, list));
          }
        });
    List<RaidItem> shown = filtered ? facets.get(facet).getOrDefault(value, List.of()) : sorted;
    List<Row> rows = shown.stream().map(i -> row(i, root)).toList();
    String title =
        filtered ? "RAID log: " + label(facet) + " – " + title(facet, value) : "RAID log";
    String count =
        "Showing "
            + rows.size()
            + " of "
            + sorted.size()
            + (sorted.size() == 1 ? " record" : " records")
            + (filtered
                ? " ("
                    + label(facet).toLowerCase(java.util.Locale.ROOT)
                    + ": "
                    + title(facet, value)
                    + ")"
                : "");
    String intro =
        "Every risk, assumption, issue, interdependency and decision the projects record, open or"
            + " closed: escalated first, then the highest rated. Choose a type, status, owner,"
            + " project or rating to see only the records that have it.";
    HeatMap.View heat = filtered ? HeatMap.View.NONE : new HeatMap(model, root).view();
    List<Link> crumbs = filtered ? List.of(new Link("RAID log", root + INDEX)) : List.of();
    return new Page(
        page,
        "raid",
        new RaidPage(
            title,
            intro,
            filtered,
            root + INDEX,
            groups,
            count,
            !rows.isEmpty(),
            rows,
            !filtered,
            heat,
            root + SitePaths.REGISTER,
            root + ActionList.PATH,
            model.date(model.asOf)),
        title,
        filtered
            ? "The records of the RAID log whose "
                + label(facet).toLowerCase(java.util.Locale.ROOT)
                + " is "
                + title(facet, value)
                + "."
            : "Every record of the RAID log, with filters and a heat map of the open risks.",
        crumbs,
        List.of(),
        SECTION);
  }

  private Row row(RaidItem i, String root) {
    Optional<RaidItem.Rating> rating = i.rating().filter(r -> r.fits(scale));
    Optional<RaidScale.Band> band = rating.map(r -> scale.band(r.score()));
    return new Row(
        "record-" + i.id(),
        new Link(i.title(), model.entity(i.id()).map(e -> root + model.page(e)).orElse("")),
        Words.capitalise(Html.words(i.type())),
        Words.capitalise(Html.words(i.status())),
        i.status().equals("escalated"),
        i.owner().map(o -> link(o, root)).orElse(new Link("Not recorded", "")),
        link(i.project(), root),
        rating.isPresent(),
        rating.map(r -> String.valueOf(r.score())).orElse(""),
        band.map(RaidScale.Band::name).orElse(""),
        band.map(b -> "band band--" + b.rag()).orElse(""),
        rating.map(r -> ratingDetail(scale, r)).orElse(""),
        i.details().review().map(model::date).orElse("Not set"),
        i.reviewOverdue(model.asOf));
  }

  /** "Likely (4) × Major (4)": the likelihood, then the impact. */
  static String ratingDetail(RaidScale scale, RaidItem.Rating r) {
    return scale.likelihoodLabel(r.likelihood()).orElse("")
        + " ("
        + r.likelihood()
        + ") × "
        + scale.impactLabel(r.impact()).orElse("")
        + " ("
        + r.impact()
        + ")";
  }

  private Link link(String id, String root) {
    return model
        .entity(id)
        .map(e -> new Link(e.title(), root + model.page(e)))
        .orElse(new Link(id, ""));
  }
}
