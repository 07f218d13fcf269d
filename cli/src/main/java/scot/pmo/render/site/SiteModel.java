package scot.pmo.render.site;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import scot.pmo.link.GraphNode;
import scot.pmo.link.ProgrammeGraph;
import scot.pmo.link.RaidView;
import scot.pmo.markdown.MarkdownLinks;
import scot.pmo.markdown.ParsedBody;
import scot.pmo.model.Catalogue;
import scot.pmo.model.DateStyle;
import scot.pmo.model.Entity;
import scot.pmo.model.Kind;
import scot.pmo.model.LibraryFacets;
import scot.pmo.model.PartialDate;
import scot.pmo.model.SourceRef;
import scot.pmo.render.RenderSettings;
import scot.pmo.render.markdown.KeptRenderings;
import scot.pmo.render.markdown.LinkTargets;
import scot.pmo.render.markdown.MarkdownRenderer;
import scot.pmo.render.markdown.SafeLinks;

/**
 * What every page of the site draws on, computed once: the catalogue and graph, the main programme,
 * each entity's page and unique title, the as-of date, the timeline and the case-study facets.
 * Iteration is sorted throughout, so that two builds write the same bytes. Pages are rendered on
 * several threads at once: what is computed on demand is kept in concurrent maps.
 */
final class SiteModel {

  /** A meeting or milestone placed in time. */
  record TimelineItem(Entity entity, Optional<PartialDate> when, Optional<PartialDate> until) {

    /** The last day the item's date or period covers, for deciding what is still to come. */
    LocalDate lastDay() {
      PartialDate d = until.or(() -> when).orElseThrow();
      return switch (d.precision()) {
        case DAY -> d.start();
        case MONTH -> d.start().plusMonths(1).minusDays(1);
        case YEAR -> d.start().plusYears(1).minusDays(1);
      };
    }

    /** "8 February 2024", or "June 2021 to October 2021" for a period, in {@code dates}. */
    String display(DateStyle dates) {
      String from = when.map(d -> d.display(dates)).orElse("");
      return until
          .filter(u -> !u.text().equals(when.map(PartialDate::text).orElse("")))
          .map(u -> from + " to " + u.display(dates))
          .orElse(from);
    }
  }

  final Catalogue catalogue;
  final ProgrammeGraph graph;
  final SiteOptions options;
  final MarkdownRenderer markdown;

  /** What {@code pmo.yaml} says, resolved against this content. */
  final RenderSettings settings;

  /** The case-study library's filters. */
  final LibraryFacets facets;

  final Entity programme;
  final LocalDate asOf;
  final RaidView raid;
  final List<TimelineItem> timeline;

  /** The library's cards as rendered, kept from one model of a preview to the next. */
  final LibraryCards cards;

  /** The entities' bodies as HTML, kept from the build before where nothing they need changed. */
  final KeptRenderings<String> bodies;

  private final Map<String, Entity> byPath = new HashMap<>();
  private final Map<String, String> titles = new HashMap<>();

  SiteModel(
      Catalogue catalogue,
      ProgrammeGraph graph,
      SiteOptions options,
      MarkdownRenderer markdown,
      LibraryCards cards,
      KeptRenderings<String> bodies) {
    this.catalogue = catalogue;
    this.cards = cards;
    this.bodies = bodies;
    this.graph = graph;
    this.options = options;
    this.markdown = markdown;
    catalogue.all().forEach(e -> byPath.putIfAbsent(e.path(), e));
    this.settings = RenderSettings.of(options.config(), catalogue, graph);
    this.facets = LibraryFacets.of(options.config());
    this.programme = mainProgramme(settings);
    this.asOf = asOf(catalogue, options);
    this.raid = RaidView.of(catalogue, graph, asOf);
    this.timeline = timeline(catalogue);
    timeline.forEach(i -> timelineById.put(i.entity().id(), i));
    uniqueTitles();
  }

  /**
   * The model of {@code catalogue}, which differs from {@code previous}'s only in Markdown bodies:
   * everything drawn from the entities' data (the as-of date, the RAID view, the timeline, unique
   * titles, rendered summaries and facets) is taken over instead of computed again.
   */
  SiteModel(SiteModel previous, Catalogue catalogue, ProgrammeGraph graph) {
    this.catalogue = catalogue;
    this.cards = previous.cards.next(catalogue.of(Kind.CASE_STUDY).size());
    this.graph = graph;
    this.options = previous.options;
    this.markdown = previous.markdown;
    this.bodies = previous.bodies;
    catalogue.all().forEach(e -> byPath.putIfAbsent(e.path(), e));
    this.settings = RenderSettings.of(options.config(), catalogue, graph);
    this.facets = previous.facets;
    this.programme = mainProgramme(settings);
    this.asOf = previous.asOf;
    this.raid = previous.raid;
    this.timeline = previous.timeline;
    timelineById.putAll(previous.timelineById);
    titles.putAll(previous.titles);
    summaries.putAll(previous.summaries);
    facetValues.putAll(previous.facetValues);
  }

  /**
   * The model of {@code catalogue}, which differs from {@code previous}'s in the data of one
   * entity, {@code before} and now {@code after} (the same file): what that entity's kind and dates
   * cannot touch is taken over, the rest computed again. A preview's title edit of one case study
   * among thousands need not read every other entity's dates, the RAID log or the timeline.
   */
  SiteModel(
      SiteModel previous, Catalogue catalogue, ProgrammeGraph graph, Entity before, Entity after) {
    this.catalogue = catalogue;
    this.cards =
        after.kind() == Kind.ORGANISATION
            ? previous.cards.nextAfterChangeOfOthers(catalogue.of(Kind.CASE_STUDY).size())
            : previous.cards.next(catalogue.of(Kind.CASE_STUDY).size());
    this.graph = graph;
    this.options = previous.options;
    this.markdown = previous.markdown;
    this.bodies = previous.bodies;
    catalogue.all().forEach(e -> byPath.putIfAbsent(e.path(), e));
    this.settings = RenderSettings.of(options.config(), catalogue, graph);
    this.facets = previous.facets;
    this.programme = mainProgramme(settings);
    Kind kind = after.kind();
    boolean sameDates =
        kind.dateFields().stream()
            .allMatch(
                field -> {
                  List<String> was = new ArrayList<>();
                  List<String> now = new ArrayList<>();
                  field.forEachText(before.data(), (pointer, text) -> was.add(text));
                  field.forEachText(after.data(), (pointer, text) -> now.add(text));
                  return was.equals(now);
                });
    this.asOf =
        sameDates || !options.history().changes().isEmpty()
            ? previous.asOf
            : asOf(catalogue, options);
    boolean raidInputs =
        kind == Kind.INTERDEPENDENCY || kind == Kind.PROJECT || kind == Kind.ANCHOR;
    this.raid =
        !raidInputs && asOf.equals(previous.asOf)
            ? previous.raid
            : RaidView.of(catalogue, graph, asOf);
    if (kind == Kind.MEETING || kind == Kind.MILESTONE) {
      this.timeline = timeline(catalogue);
      timeline.forEach(i -> timelineById.put(i.entity().id(), i));
    } else {
      this.timeline = previous.timeline;
      timelineById.putAll(previous.timelineById);
    }
    uniqueTitlesAfter(previous, before, after);
    String own = after.id() + "\u0000";
    previous.summaries.forEach(
        (key, html) -> {
          if (!key.startsWith(own)) {
            summaries.put(key, html);
          }
        });
    // The other kinds keep their order; the edited entity moves within its own kind's.
    previous.sorted.forEach(
        (k, list) -> {
          List<Entity> now = k == kind ? replaceInOrder(list, before, after) : list;
          if (now != null) {
            sorted.put(k, now);
          }
        });
    // Facets list case studies, and read organisations' and anchors' titles.
    if (kind != Kind.CASE_STUDY && kind != Kind.ORGANISATION && kind != Kind.ANCHOR) {
      facetValues.putAll(previous.facetValues);
    } else if (kind == Kind.CASE_STUDY
        && facets.fields().stream()
            .allMatch(field -> before.texts(field).equals(after.texts(field)))) {
      // The same facet values: the study only moves within the lists that hold it. (Lists kept
      // over a change of text hold the study as it was before that change: found by its file.)
      String path = after.path();
      previous.facetValues.forEach(
          (facet, byValue) -> {
            Map<String, List<Entity>> now = new LinkedHashMap<>();
            for (Map.Entry<String, List<Entity>> value : byValue.entrySet()) {
              List<Entity> list =
                  value.getValue().stream().anyMatch(e -> e.path().equals(path))
                      ? replaceInOrder(value.getValue(), before, after)
                      : value.getValue();
              if (list == null) {
                return; // computed afresh when asked for
              }
              now.put(value.getKey(), list);
            }
            facetValues.put(facet, now);
          });
    }
  }

  /**
   * {@code list}, in {@link #TITLE_ORDER}, with the entity of {@code before}'s file taken out and
   * {@code after} put in at its place in that order; null when that file's entity is not in it, or
   * {@code after} ties with another entity, where only a full sort (which keeps the catalogue's
   * order for ties) decides.
   */
  static List<Entity> replaceInOrder(List<Entity> list, Entity before, Entity after) {
    List<Entity> out = new ArrayList<>(list.size());
    boolean found = false;
    for (Entity e : list) {
      if (!found && e.path().equals(before.path())) {
        found = true;
      } else {
        out.add(e);
      }
    }
    int at = Collections.binarySearch(out, after, TITLE_ORDER);
    if (!found || at >= 0) {
      return null;
    }
    out.add(-at - 1, after);
    return Collections.unmodifiableList(out);
  }

  /**
   * The programme the site is about: the one {@code pmo.yaml} names, else the one with the most
   * references to it.
   */
  private static Entity mainProgramme(RenderSettings settings) {
    return settings
        .programme()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "the site needs a programme: content/programmes/ is empty"));
  }

  /**
   * The date the site treats as today: the one given ({@code --as-of}), else the newest change in
   * the history, or else the newest date in the content. Never the clock, so that a build of the
   * same commit is the same every day.
   */
  static LocalDate asOf(Catalogue catalogue, SiteOptions options) {
    return options.asOf().orElseGet(() -> asOf(catalogue, options.history()));
  }

  /**
   * The date a site with no date given treats as today: the newest change in the history, or else
   * the newest date in the content.
   */
  static LocalDate asOf(Catalogue catalogue, SiteHistory history) {
    Optional<LocalDate> changed =
        history.changes().stream()
            .map(c -> isoDate(c.date()))
            .flatMap(Optional::stream)
            .max(Comparator.naturalOrder());
    if (changed.isPresent()) {
      return changed.get();
    }
    return newestContentDate(catalogue).orElse(LocalDate.of(2000, 1, 1));
  }

  static Optional<LocalDate> newestContentDate(Catalogue catalogue) {
    LocalDate newest = null;
    for (Entity e : catalogue.all()) {
      for (var field : e.kind().dateFields()) {
        List<String> values = new ArrayList<>();
        field.forEachText(e.data(), (pointer, text) -> values.add(text));
        for (String v : values) {
          Optional<PartialDate> d = PartialDate.parse(v);
          if (d.isPresent() && (newest == null || d.get().start().isAfter(newest))) {
            newest = d.get().start();
          }
        }
      }
    }
    return Optional.ofNullable(newest);
  }

  /** The date of an ISO date or date-time. */
  static Optional<LocalDate> isoDate(String text) {
    try {
      return Optional.of(
          text.length() <= 10 ? LocalDate.parse(text) : OffsetDateTime.parse(text).toLocalDate());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static List<TimelineItem> timeline(Catalogue catalogue) {
    List<TimelineItem> items = new ArrayList<>();
    for (Entity m : catalogue.of(Kind.MEETING)) {
      items.add(new TimelineItem(m, m.text("date").flatMap(PartialDate::parse), Optional.empty()));
    }
    for (Entity m : catalogue.of(Kind.MILESTONE)) {
      Optional<PartialDate> due = m.text("due").flatMap(PartialDate::parse);
      Optional<PartialDate> start = m.text("start").flatMap(PartialDate::parse);
      Optional<PartialDate> end = m.text("end").flatMap(PartialDate::parse);
      items.add(
          due.isPresent()
              ? new TimelineItem(m, due, Optional.empty())
              : new TimelineItem(
                  m, start.or(() -> end), start.isPresent() ? end : Optional.empty()));
    }
    // Partial dates sort at the start of their period; undated items last.
    items.sort(
        Comparator.comparing(
                (TimelineItem i) -> i.when().map(PartialDate::start).orElse(LocalDate.MAX))
            .thenComparing(i -> i.entity().kind())
            .thenComparing(i -> i.entity().title(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(i -> i.entity().id()));
    return List.copyOf(items);
  }

  /**
   * Gives each entity a title no other entity of its kind shares, adding its date or, failing that,
   * its id: page titles must be unique.
   */
  private void uniqueTitles() {
    Map<String, List<Entity>> byTitle = new TreeMap<>();
    for (Entity e : catalogue.all()) {
      byTitle
          .computeIfAbsent(e.kind().label() + "\u0000" + e.title(), k -> new ArrayList<>())
          .add(e);
    }
    byTitle.values().forEach(this::uniqueTitles);
  }

  /**
   * As {@link #uniqueTitles()}, after {@code before} became {@code after}: only the entities of its
   * kind that share its old or new title can have a different unique title.
   */
  private void uniqueTitlesAfter(SiteModel previous, Entity before, Entity after) {
    titles.putAll(previous.titles);
    Map<String, List<Entity>> byTitle = new TreeMap<>();
    byTitle.put(before.title(), new ArrayList<>());
    byTitle.put(after.title(), new ArrayList<>());
    for (Entity e : catalogue.of(after.kind())) {
      List<Entity> same = byTitle.get(e.title());
      if (same != null) {
        same.add(e);
      }
    }
    byTitle.values().forEach(this::uniqueTitles);
  }

  /** Unique titles for entities of one kind that share a title, in path order. */
  private void uniqueTitles(List<Entity> same) {
    if (same.size() == 1) {
      titles.put(same.get(0).id(), same.get(0).title());
      return;
    }
    Map<String, Long> dates = new HashMap<>();
    same.forEach(e -> dates.merge(dateOf(e), 1L, Long::sum));
    for (Entity e : same) {
      String date = dateOf(e);
      titles.put(
          e.id(),
          e.title() + " (" + (!date.isEmpty() && dates.get(date) == 1 ? date : e.id()) + ")");
    }
  }

  private String dateOf(Entity e) {
    for (String f : List.of("date", "due", "start", "raised")) {
      Optional<PartialDate> d = e.text(f).flatMap(PartialDate::parse);
      if (d.isPresent()) {
        return date(d.get());
      }
    }
    return "";
  }

  /** How dates are written out. */
  DateStyle dates() {
    return settings.dates();
  }

  /** A date as {@code pmo.yaml} says dates are written. */
  String date(PartialDate date) {
    return settings.date(date);
  }

  /** A day as {@code pmo.yaml} says dates are written. */
  String date(LocalDate day) {
    return settings.date(day);
  }

  /** The entity's title, made unique among its kind for page titles. */
  String uniqueTitle(Entity e) {
    return titles.getOrDefault(e.id(), e.title());
  }

  /** The timeline entry of a meeting or milestone. */
  Optional<TimelineItem> timelineItem(Entity e) {
    return Optional.ofNullable(timelineById.get(e.id()));
  }

  private final Map<String, TimelineItem> timelineById = new HashMap<>();

  /** The page of an entity. */
  String page(Entity e) {
    return SitePaths.entity(e.kind(), e.id());
  }

  /** The page of a graph node: an entity's page, or a theme's case-study filter page. */
  String page(GraphNode node) {
    if (node.isTheme()) {
      return SitePaths.filter(LibraryFacets.THEME, node.id().substring("theme:".length()));
    }
    return SitePaths.entity(Kind.byName(node.kind()).orElseThrow(), node.id());
  }

  Optional<Entity> entity(String id) {
    return catalogue.get(id);
  }

  /**
   * The entities of a kind, sorted by title and then id: the order of indexes and the sitemap.
   * Sorted once per kind: every index, library and filter page asks.
   */
  List<Entity> sorted(Kind kind) {
    return sorted.computeIfAbsent(
        kind,
        k -> {
          // TITLE_ORDER, with each title read once.
          record Keyed(String title, String id, Entity entity) {}
          List<Keyed> keyed = new ArrayList<>();
          catalogue.of(k).forEach(e -> keyed.add(new Keyed(e.title(), e.id(), e)));
          keyed.sort(
              Comparator.comparing(Keyed::title, String.CASE_INSENSITIVE_ORDER)
                  .thenComparing(Keyed::id));
          return keyed.stream().map(Keyed::entity).toList();
        });
  }

  /** The entity of the file at {@code path} (relative to the repository), or null. */
  Entity atPath(String path) {
    return byPath.get(path);
  }

  /** The order of {@link #sorted}: by title whatever its case, then by id. */
  static final Comparator<Entity> TITLE_ORDER =
      Comparator.comparing(Entity::title, String.CASE_INSENSITIVE_ORDER).thenComparing(Entity::id);

  private final Map<Kind, List<Entity>> sorted = new ConcurrentHashMap<>();

  /**
   * The links of content Markdown on the page {@code page}: web links stay, links to content files
   * become relative links to their pages, anything else becomes plain text.
   */
  LinkTargets links(String page) {
    String root = SitePaths.root(page);
    return (url, from) -> {
      if (SafeLinks.isSafe(url)) {
        return Optional.of(url.strip());
      }
      return new MarkdownLinks.Found(url, SourceRef.file(from))
          .target(from)
          .map(byPath::get)
          .map(e -> root + page(e));
    };
  }

  /** Content Markdown from {@code fromPath} as block HTML for {@code page}. */
  String html(String md, String fromPath, String page) {
    return Html.scrollableTables(markdown.toHtml(md, fromPath, links(page)));
  }

  /** Content Markdown of one paragraph as inline HTML for {@code page}. */
  String inline(String md, String fromPath, String page) {
    return markdown.toInlineHtml(md, fromPath, links(page));
  }

  /**
   * An entity's Markdown body as block HTML for its own page, from the parse validation made. Only
   * that page renders it, so the shared document is read by one thread at a time.
   */
  String bodyHtml(Entity e, String page) {
    return bodies.get(
        new BodyKey(e.path(), e.body(), SitePaths.root(page)),
        markdown,
        links(page),
        links ->
            Html.scrollableTables(
                markdown.toHtml(ParsedBody.of(catalogue, e), e.body(), e.path(), links)));
  }

  /** What a body's HTML is made from, beyond its links: its text, its file, its page's depth. */
  private record BodyKey(String path, String body, String root) {}

  /** The entity's summary as inline HTML, or "" when it has none. */
  String summary(Entity e, String page) {
    // Cards show the same summary on many pages at the same depth: render it once per depth.
    String key = e.id() + "\u0000" + SitePaths.root(page);
    String cached = summaries.get(key);
    if (cached == null) {
      cached = e.text("summary").map(s -> inline(s, e.path(), page)).orElse("");
      summaries.put(key, cached);
    }
    return cached;
  }

  private final Map<String, String> summaries = new ConcurrentHashMap<>();

  /** The title of the site: {@code pmo.yaml}'s, else the programme's short title or title. */
  String siteTitle() {
    return settings.siteTitle();
  }

  /**
   * Whether the organisation {@code id} has a page of the library's organisation filter: it is an
   * organisation, of the type {@code pmo.yaml} limits the filter to, if any.
   */
  boolean inOrganisationFacet(String id) {
    Optional<String> type = facets.named(organisationFacet()).organisationType();
    return catalogue
        .get(id)
        .filter(e -> e.kind() == Kind.ORGANISATION)
        .filter(e -> type.isEmpty() || type.equals(e.text("type")))
        .isPresent();
  }

  /** The name of the library's filter by organisation. */
  String organisationFacet() {
    return options.config().library().organisationFacet().name();
  }

  private final Map<String, Map<String, List<Entity>>> facetValues = new ConcurrentHashMap<>();

  /** Case-study facets: value id to the case studies that carry it, sorted by value title. */
  Map<String, List<Entity>> facet(String facet) {
    return facetValues.computeIfAbsent(facet, this::computeFacet);
  }

  private Map<String, List<Entity>> computeFacet(String facet) {
    Map<String, List<Entity>> out = new TreeMap<>();
    LibraryFacets.Facet f = facets.named(facet);
    for (Entity study : sorted(Kind.CASE_STUDY)) {
      List<String> values = study.texts(f.field());
      if (f.isOrganisations()) {
        values = values.stream().filter(this::inOrganisationFacet).toList();
      } else if (f.name().equals(LibraryFacets.ANCHOR)) {
        values = values.stream().filter(a -> catalogue.get(a).isPresent()).toList();
      }
      values.stream()
          .distinct()
          .forEach(v -> out.computeIfAbsent(v, k -> new ArrayList<>()).add(study));
    }
    Map<String, List<Entity>> byTitle = new LinkedHashMap<>();
    out.keySet().stream()
        .sorted(
            Comparator.comparing((String v) -> facetTitle(facet, v), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(v -> v))
        .forEach(v -> byTitle.put(v, out.get(v)));
    return byTitle;
  }

  /** How a facet value reads: a theme's words, or the title of an organisation or anchor. */
  String facetTitle(String facet, String value) {
    if (facet.equals(LibraryFacets.THEME)) {
      return scot.pmo.link.Themes.title(value);
    }
    return catalogue.get(value).map(Entity::title).orElse(value);
  }
}
