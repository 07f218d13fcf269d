package scot.pmo.render.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import scot.pmo.link.Dependency;
import scot.pmo.link.GraphSelection;
import scot.pmo.link.RaidItem;
import scot.pmo.link.RaidView;
import scot.pmo.model.Config;
import scot.pmo.model.Entity;
import scot.pmo.model.Kind;
import scot.pmo.model.LibraryFacets;
import scot.pmo.model.PartialDate;
import scot.pmo.model.Words;
import scot.pmo.render.paper.MeetingPacks;
import scot.pmo.render.site.Pages.Card;
import scot.pmo.render.site.Pages.Change;
import scot.pmo.render.site.Pages.ChangesPage;
import scot.pmo.render.site.Pages.DependencyRow;
import scot.pmo.render.site.Pages.FilterGroup;
import scot.pmo.render.site.Pages.FilterValue;
import scot.pmo.render.site.Pages.Group;
import scot.pmo.render.site.Pages.HomePage;
import scot.pmo.render.site.Pages.IndexPage;
import scot.pmo.render.site.Pages.LibraryPage;
import scot.pmo.render.site.Pages.Link;
import scot.pmo.render.site.Pages.MapPage;
import scot.pmo.render.site.Pages.MapPicture;
import scot.pmo.render.site.Pages.MatrixCell;
import scot.pmo.render.site.Pages.MatrixRow;
import scot.pmo.render.site.Pages.Page;
import scot.pmo.render.site.Pages.Paper;
import scot.pmo.render.site.Pages.PaperFile;
import scot.pmo.render.site.Pages.PapersPage;
import scot.pmo.render.site.Pages.RegisterGroup;
import scot.pmo.render.site.Pages.RegisterPage;
import scot.pmo.render.site.Pages.RegisterRow;
import scot.pmo.render.site.Pages.RenderedCard;
import scot.pmo.render.site.Pages.SearchPage;
import scot.pmo.render.site.Pages.StatementPage;
import scot.pmo.render.site.Pages.TimelinePage;
import scot.pmo.render.site.Pages.TimelineRow;
import scot.pmo.render.site.Pages.Year;

/** The pages that are not one entity's: home, indexes, case-study library, map, timeline... */
final class SitePages {

  private static final int NEXT_ITEMS = 4;
  private static final java.util.regex.Pattern XML_DECLARATION =
      java.util.regex.Pattern.compile("^\\s*<\\?xml[^>]*\\?>");

  private final SiteModel model;
  private final EntityPages entities;
  private final Path staging;

  SitePages(SiteModel model, EntityPages entities, Path staging) {
    this.model = model;
    this.entities = entities;
    this.staging = staging;
  }

  private String asOf() {
    return model.date(model.asOf);
  }

  /** The governance group's name, for sentences: "Programme Board"; empty when there is none. */
  private Optional<String> group() {
    return model.settings.governanceGroup().map(Entity::title);
  }

  /** The library's filters in a sentence: "theme, organisation and anchor" (or with "or"). */
  private String facetWords(String and) {
    List<String> labels =
        model.facets.facets().stream()
            .map(f -> f.label().toLowerCase(java.util.Locale.ROOT))
            .toList();
    return String.join(", ", labels.subList(0, labels.size() - 1))
        + " "
        + and
        + " "
        + labels.get(labels.size() - 1);
  }

  private Card card(Entity e, String root, String page) {
    return Card.of(
        e.title(),
        root + model.page(e),
        e.kind().heading(),
        entities.meta(e),
        model.summary(e, page));
  }

  Page home() {
    String page = SitePaths.HOME;
    Entity p = model.programme;
    List<Card> anchors =
        model.sorted(Kind.ANCHOR).stream()
            .filter(a -> a.text("programme").map(p.id()::equals).orElse(true))
            .map(a -> card(a, "", page))
            .toList();
    List<Group> workstreams = new ArrayList<>();
    // The site's programme's workstreams: another programme named in the content has its own.
    List<Entity> ws =
        new ArrayList<>(
            model.catalogue.of(Kind.WORKSTREAM).stream()
                .filter(w -> w.text("programme").map(p.id()::equals).orElse(true))
                .toList());
    ws.sort(
        Comparator.comparing((Entity w) -> w.text("number").orElse(w.title()))
            .thenComparing(Entity::id));
    for (Entity w : ws) {
      List<Card> projects =
          model.sorted(Kind.PROJECT).stream()
              .filter(pr -> pr.text("workstream").map(w.id()::equals).orElse(false))
              .map(pr -> card(pr, "", page))
              .toList();
      workstreams.add(new Group(w.title(), model.page(w), model.summary(w, page), projects));
    }
    List<SiteModel.TimelineItem> dated =
        model.timeline.stream().filter(i -> i.when().isPresent()).toList();
    List<TimelineRow> next =
        dated.stream()
            .filter(i -> !i.lastDay().isBefore(model.asOf))
            .limit(NEXT_ITEMS)
            .map(i -> row(i, "", page))
            .toList();
    List<TimelineRow> recent =
        new ArrayList<>(
            dated.stream()
                .filter(i -> i.lastDay().isBefore(model.asOf))
                .map(i -> row(i, "", page))
                .toList());
    java.util.Collections.reverse(recent);
    List<WorkingSections.Status> statuses = new WorkingSections(model).statuses(page);
    List<TimelineRow> recentFew = recent.subList(0, Math.min(NEXT_ITEMS, recent.size()));
    HomePage data =
        new HomePage(
            p.title(),
            model.summary(p, page),
            model.page(p),
            !anchors.isEmpty(),
            anchors,
            workstreams,
            !next.isEmpty(),
            next,
            !recentFew.isEmpty(),
            List.copyOf(recentFew),
            asOf(),
            browse(),
            !statuses.isEmpty(),
            statuses);
    return new Page(
        page,
        "home",
        data,
        model.siteTitle() + " – home",
        Html.text(data.summaryHtml()),
        List.of(),
        List.of(),
        "home");
  }

  private List<Card> browse() {
    List<Card> out = new ArrayList<>();
    out.add(
        Card.of(
            "Case study library",
            SitePaths.LIBRARY,
            "",
            count(Kind.CASE_STUDY, "case study", "case studies")
                + ", filtered by "
                + facetWords("and"),
            ""));
    out.add(
        Card.of("Interdependency map", SitePaths.MAP, "", "Who depends on whom, as a table", ""));
    out.add(
        Card.of(
            "Escalation register",
            SitePaths.REGISTER,
            "",
            group()
                .map(g -> "Risks, issues and interdependencies for the " + g)
                .orElse("Open and escalated risks, issues and interdependencies"),
            ""));
    out.add(
        Card.of(
            "RAID log",
            RaidLog.INDEX,
            "",
            "Every risk, assumption, issue, interdependency and decision, with filters and a heat"
                + " map",
            ""));
    out.add(
        Card.of(
            "Actions",
            ActionList.PATH,
            "",
            "Every action agreed at meetings or set by RAID records",
            ""));
    out.add(Card.of("Timeline", SitePaths.TIMELINE, "", "Meetings and milestones by date", ""));
    out.add(Card.of("Briefing papers", SitePaths.PAPERS, "", "To download", ""));
    for (Kind k : Kind.values()) {
      if (k == Kind.CASE_STUDY || model.catalogue.of(k).isEmpty()) {
        continue;
      }
      out.add(
          Card.of(
              k.pluralHeading(),
              SitePaths.index(k),
              "",
              model.catalogue.of(k).size()
                  + (model.catalogue.of(k).size() == 1 ? " page" : " pages"),
              ""));
    }
    return out;
  }

  private String count(Kind k, String one, String many) {
    int n = model.catalogue.of(k).size();
    return n + " " + (n == 1 ? one : many);
  }

  private TimelineRow row(SiteModel.TimelineItem i, String root, String page) {
    Entity e = i.entity();
    boolean day =
        e.kind() == Kind.MEETING
            && i.when().map(d -> d.precision() == PartialDate.Precision.DAY).orElse(false);
    return new TimelineRow(
        i.display(model.dates()),
        e.title(),
        root + model.page(e),
        e.kind().heading(),
        e.text("status").map(s -> Words.capitalise(Html.words(s))).orElse(""),
        model.summary(e, page),
        day ? root + SitePaths.ics(e.id()) : "");
  }

  Page index(Kind kind) {
    String page = SitePaths.index(kind);
    String root = SitePaths.root(page);
    List<Card> cards = model.sorted(kind).stream().map(e -> card(e, root, page)).toList();
    String intro =
        switch (kind) {
          case PROJECT -> "The projects of the programme's workstreams.";
          case PERSON ->
              "People named in the programme: sponsors, directors and members of its groups.";
          case ORGANISATION -> "Organisations and groups named in the programme.";
          case REFERENCE -> "Reports, slide decks, letters and papers the programme draws on.";
          case INTERDEPENDENCY ->
              group().map(g -> "The RAID log the " + g + " sees.").orElse("The RAID log.")
                  + " See also the interdependency map and the escalation register.";
          case TEXT -> "Text written once and used by several pages and papers.";
          case ROLE -> "The roles every project has, with their responsibilities.";
          default -> cards.size() + (cards.size() == 1 ? " page." : " pages.");
        };
    return new Page(
        page,
        "index",
        new IndexPage(kind.pluralHeading(), intro, cards),
        kind.pluralHeading(),
        intro,
        List.of(),
        List.of(),
        kind.folder());
  }

  /** The library ({@code facet} empty) or one pre-rendered filter page of it. */
  Page library(String facet, String value) {
    boolean filtered = !facet.isEmpty();
    String page = filtered ? SitePaths.filter(facet, value) : SitePaths.LIBRARY;
    String root = SitePaths.root(page);
    List<FilterGroup> groups = new ArrayList<>();
    for (LibraryFacets.Facet facetOf : model.facets.facets()) {
      String f = facetOf.name();
      List<FilterValue> values = new ArrayList<>();
      model
          .facet(f)
          .forEach(
              (v, studies) ->
                  values.add(
                      new FilterValue(
                          model.facetTitle(f, v),
                          root + SitePaths.filter(f, v),
                          studies.size(),
                          f.equals(facet) && v.equals(value),
                          v)));
      if (!values.isEmpty()) {
        groups.add(new FilterGroup(facetOf.label(), f, values));
      }
    }
    List<Entity> studies =
        filtered
            ? model.facet(facet).getOrDefault(value, List.of())
            : model.sorted(Kind.CASE_STUDY);
    List<RenderedCard> cards =
        studies.stream()
            .map(
                s ->
                    model.cards.of(
                        s,
                        root,
                        () ->
                            new Card(
                                s.title(),
                                root + model.page(s),
                                "Case study",
                                entities.meta(s),
                                model.summary(s, page),
                                s.texts("themes").stream()
                                    .map(
                                        t ->
                                            new Link(
                                                scot.pmo.link.Themes.title(t),
                                                root + SitePaths.filter(LibraryFacets.THEME, t)))
                                    .toList(),
                                facetValues(s))))
            .toList();
    String title =
        filtered ? "Case studies: " + model.facetTitle(facet, value) : "Case study library";
    String facetName =
        !filtered
            ? ""
            : facet.equals(LibraryFacets.THEME)
                ? "on the theme"
                : facet.equals(LibraryFacets.ANCHOR) ? "speaking to the anchor" : "involving";
    String count =
        cards.size()
            + (cards.size() == 1 ? " case study" : " case studies")
            + (filtered ? " " + facetName + " ‘" + model.facetTitle(facet, value) + "’" : "");
    String intro =
        "Examples of practice gathered by the programme's discovery work. Choose a "
            + facetWords("or")
            + " to see only the case studies about it.";
    List<Link> crumbs =
        filtered ? List.of(new Link("Case studies", root + SitePaths.LIBRARY)) : List.of();
    return new Page(
        page,
        "library",
        new LibraryPage(title, intro, filtered, root + SitePaths.LIBRARY, groups, count, cards),
        title,
        intro,
        crumbs,
        List.of(),
        Kind.CASE_STUDY.folder());
  }

  /**
   * A case study's values of each of the library's filters, as its card carries them for the filter
   * script: the organisations among them only if they have a page of the organisation filter.
   */
  private List<Pages.FacetValues> facetValues(Entity study) {
    List<Pages.FacetValues> out = new ArrayList<>();
    for (LibraryFacets.Facet f : model.facets.facets()) {
      List<String> values = study.texts(f.field());
      if (f.isOrganisations()) {
        values = values.stream().filter(model::inOrganisationFacet).toList();
      }
      out.add(new Pages.FacetValues(f.name(), String.join(" ", values)));
    }
    return out;
  }

  /**
   * The most parties the read-across matrix shows. A wider table no longer reads across on a screen
   * or through a screen reader (and at 500 projects it is a quarter of a million cells), so a
   * larger programme gets the list of every dependency alone.
   */
  static final int MATRIX_LIMIT = 40;

  Page map() {
    String page = SitePaths.MAP;
    RaidView raid = model.raid;
    boolean matrix = raid.columns().size() <= MATRIX_LIMIT && raid.rows().size() <= MATRIX_LIMIT;
    String matrixNote =
        matrix
            ? ""
            : "This programme has "
                + raid.columns().size()
                + " parties, too many for a table that reads across: every dependency is in the list"
                + " below, and each project's page lists its own.";
    List<Link> columns = matrix ? raid.columns().stream().map(this::partyLink).toList() : List.of();
    List<MatrixRow> rows = new ArrayList<>();
    for (String row : matrix ? raid.rows() : List.<String>of()) {
      List<MatrixCell> cells = new ArrayList<>();
      for (String col : raid.columns()) {
        List<Link> records =
            raid.cell(row, col)
                .map(
                    c ->
                        c.records().stream()
                            .map(
                                r ->
                                    new Link(
                                        r.title(),
                                        model.entity(r.id()).map(model::page).orElse("")))
                            .toList())
                .orElse(List.of());
        cells.add(new MatrixCell(row.equals(col), records.isEmpty() && !row.equals(col), records));
      }
      rows.add(new MatrixRow(partyLink(row), cells));
    }
    List<DependencyRow> deps = new ArrayList<>();
    for (Dependency d : model.graph.dependencies()) {
      deps.add(
          new DependencyRow(
              partyLink(d.dependent()),
              partyLink(d.provider()),
              model
                  .entity(d.record())
                  .map(r -> new Link(r.title(), model.page(r)))
                  .orElse(new Link(d.record(), "")),
              Words.capitalise(Html.words(d.status()))));
    }
    List<String> cycles =
        raid.cycles().stream()
            .map(
                c ->
                    String.join(
                        " → ",
                        Stream.concat(c.stream(), Stream.of(c.get(0)))
                            .map(id -> model.entity(id).map(Entity::title).orElse(id))
                            .toList()))
            .toList();
    List<Link> without = raid.projectsWithoutRecords().stream().map(this::partyLink).toList();
    String description =
        "Projects, the anchors they serve and the interdependencies between them. The same "
            + "information is given in "
            + (matrix ? "the table and " : "")
            + "the list below.";
    List<MapPicture> pictures = new ArrayList<>();
    for (Map.Entry<String, GraphSelection> part : mapParts().entrySet()) {
      String title =
          part.getKey().isEmpty()
              ? "Interdependency map of " + model.siteTitle()
              : "Interdependency map: " + part.getKey();
      int n = pictures.size() + 1;
      // One file per picture, so that it can be opened on its own at full size; inline, each
      // picture's ids get a prefix of their own, so that two pictures on the page do not clash.
      String file =
          n == 1 ? SitePaths.MAP_SVG : SitePaths.MAP_SVG.replace(".svg", "-" + n + ".svg");
      Optional<String> svg = model.options.picture().render(part.getValue(), title, description);
      if (svg.isEmpty()) {
        continue;
      }
      SiteBuilder.write(staging, file, svg.get());
      String inline = XML_DECLARATION.matcher(svg.get()).replaceFirst("").strip();
      if (n > 1) {
        String prefix = "m" + n + "-";
        inline =
            inline
                .replace("id=\"", "id=\"" + prefix)
                .replace("url(#", "url(#" + prefix)
                .replace(
                    "aria-labelledby=\"graph-title graph-desc\"",
                    "aria-labelledby=\"" + prefix + "graph-title " + prefix + "graph-desc\"");
      }
      pictures.add(new MapPicture(title, "map-" + n, inline, file));
    }
    MapPage data =
        new MapPage(
            !pictures.isEmpty(),
            pictures.size() > 1,
            pictures,
            matrix,
            matrixNote,
            columns,
            rows,
            !deps.isEmpty(),
            deps,
            !cycles.isEmpty(),
            cycles,
            !without.isEmpty(),
            without,
            asOf(),
            group().isPresent(),
            group().orElse(""));
    return new Page(
        page,
        "map",
        data,
        "Interdependency map",
        "Which projects depend on which, as a matrix and a list.",
        List.of(),
        List.of(),
        "map");
  }

  /** Above this many nodes, the map is drawn once per anchor rather than as one picture. */
  static final int MAP_MAX_NODES = 40;

  /**
   * What the interdependency map draws: the programme, its anchors, projects and interdependency
   * records in one picture (under the empty name); or, when that is more than {@link
   * #MAP_MAX_NODES} nodes, one picture per anchor of what is within two steps of it (its projects
   * and their records), named after the anchor.
   */
  private Map<String, GraphSelection> mapParts() {
    Set<String> kinds =
        Set.of(
            Kind.PROJECT.label(),
            Kind.PROGRAMME.label(),
            Kind.ANCHOR.label(),
            Kind.INTERDEPENDENCY.label());
    GraphSelection all = GraphSelection.of(model.graph, kinds, Optional.empty(), 0);
    Map<String, GraphSelection> parts = new LinkedHashMap<>();
    if (all.nodes().size() <= MAP_MAX_NODES) {
      parts.put("", all);
      return parts;
    }
    Set<String> perAnchor =
        Set.of(Kind.PROJECT.label(), Kind.ANCHOR.label(), Kind.INTERDEPENDENCY.label());
    for (Entity anchor : model.sorted(Kind.ANCHOR)) {
      parts.put(
          anchor.title(), GraphSelection.of(model.graph, perAnchor, Optional.of(anchor.id()), 2));
    }
    return parts;
  }

  private Link partyLink(String id) {
    return model.entity(id).map(e -> new Link(e.title(), model.page(e))).orElse(new Link(id, ""));
  }

  Page register() {
    String page = SitePaths.REGISTER;
    RaidView raid = model.raid;
    List<RegisterGroup> groups = new ArrayList<>();
    for (RaidView.AnchorGroup g : raid.register()) {
      String heading =
          g.anchor()
              .flatMap(model::entity)
              .map(a -> "Anchor: " + a.title())
              .orElse("Projects without an anchor");
      groups.add(
          new RegisterGroup(
              heading,
              g.anchor().orElse("no-anchor"),
              g.items().stream().map(this::registerRow).toList()));
    }
    List<RegisterRow> all = raid.items().stream().map(this::registerRow).toList();
    return new Page(
        page,
        "register",
        new RegisterPage(
            !groups.isEmpty(),
            groups,
            !all.isEmpty(),
            all,
            asOf(),
            group().isPresent(),
            group().orElse("")),
        "Escalation register",
        "Open and escalated risks, issues and interdependencies, grouped by anchor.",
        List.of(),
        List.of(),
        "map");
  }

  private RegisterRow registerRow(RaidItem i) {
    return new RegisterRow(
        new Link(i.title(), model.entity(i.id()).map(model::page).orElse("")),
        Words.capitalise(i.type()),
        partyLink(i.project()),
        Words.capitalise(Html.words(i.status())),
        i.raised().map(model::date).orElse("Not recorded"),
        i.escalated().map(model::date).orElse("–"),
        i.daysOpen().map(d -> d + (d == 1 ? " day" : " days")).orElse("Not known"),
        i.owner().map(this::partyLink).orElse(new Link("Not recorded", "")));
  }

  Page timeline() {
    String page = SitePaths.TIMELINE;
    Map<String, List<TimelineRow>> years = new LinkedHashMap<>();
    List<TimelineRow> undated = new ArrayList<>();
    for (SiteModel.TimelineItem i : model.timeline) {
      if (i.when().isEmpty()) {
        undated.add(row(i, "", page));
      } else {
        years
            .computeIfAbsent(
                String.valueOf(i.when().get().start().getYear()), k -> new ArrayList<>())
            .add(row(i, "", page));
      }
    }
    List<Year> list = new ArrayList<>();
    years.forEach((y, rows) -> list.add(new Year(y, "year-" + y, rows)));
    return new Page(
        page,
        "timeline",
        new TimelinePage(list, !undated.isEmpty(), undated, new MilestoneChart(model).view(page)),
        "Timeline of meetings and milestones",
        "Meetings and milestones of the programme in date order, with calendar files.",
        List.of(),
        List.of(),
        "timeline");
  }

  Page search() {
    List<Card> all = new ArrayList<>();
    for (Kind k : Kind.values()) {
      for (Entity e : model.sorted(k)) {
        all.add(Card.of(e.title(), model.page(e), k.heading(), "", ""));
      }
    }
    all.sort(
        Comparator.comparing(Card::title, String.CASE_INSENSITIVE_ORDER).thenComparing(Card::href));
    return new Page(
        SitePaths.SEARCH,
        "search",
        new SearchPage(all),
        "Search",
        "Search the programme's projects, people, case studies and further reading.",
        List.of(),
        List.of("assets/lunr.min.js", SitePaths.SEARCH_INDEX, "assets/search.js"),
        "search");
  }

  Page changes() {
    SiteHistory h = model.options.history();
    List<Change> changes = new ArrayList<>();
    for (ChangeEntry c : h.changes()) {
      List<Link> pages =
          c.paths().stream()
              .sorted()
              .map(model::atPath)
              .filter(java.util.Objects::nonNull)
              .map(e -> new Link(e.title(), model.page(e)))
              .distinct()
              .toList();
      changes.add(
          new Change(
              "change-" + Html.slug(c.id()),
              SiteModel.isoDate(c.date()).map(model::date).orElse(c.date()),
              c.title(),
              c.author(),
              c.message(),
              pages));
    }
    return new Page(
        SitePaths.CHANGES,
        "changes",
        new ChangesPage(h.available(), changes.isEmpty(), changes),
        "What changed",
        "Changes to the programme's content, newest first.",
        List.of(),
        List.of(),
        "changes");
  }

  Page papers() {
    Path folder = staging.resolve(SitePaths.PAPERS_FOLDER);
    Map<String, List<PaperFile>> byName = new TreeMap<>();
    if (Files.isDirectory(folder)) {
      List<Path> files;
      try (Stream<Path> s = Files.list(folder)) {
        files = s.filter(Files::isRegularFile).sorted().toList();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      for (Path f : files) {
        String name = f.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || !EntityPages.PAPER_FORMATS.contains(name.substring(dot + 1))) {
          continue;
        }
        byName.computeIfAbsent(name.substring(0, dot), k -> new ArrayList<>());
      }
      for (String base : byName.keySet()) {
        for (String fmt : EntityPages.PAPER_FORMATS) {
          Path f = folder.resolve(base + "." + fmt);
          if (Files.isRegularFile(f)) {
            byName
                .get(base)
                .add(
                    new PaperFile(
                        EntityPages.formatName(fmt) + " (" + EntityPages.size(f) + ")",
                        SitePaths.PAPERS_FOLDER + "/" + base + "." + fmt));
          }
        }
      }
    }
    List<Paper> papers = new ArrayList<>();
    byName.forEach((base, files) -> papers.add(new Paper(paperTitle(base), files)));
    papers.sort(Comparator.comparing(Paper::title, String.CASE_INSENSITIVE_ORDER));
    return new Page(
        SitePaths.PAPERS,
        "papers",
        new PapersPage(!papers.isEmpty(), papers),
        "Briefing papers",
        "Briefing papers of the programme's projects to download.",
        List.of(),
        List.of(),
        "papers");
  }

  private String paperTitle(String base) {
    if (base.equals(model.settings.escalationReportName())) {
      return model.settings.escalationReportTitle();
    }
    Optional<Entity> named = model.entity(base);
    for (Config.PaperKind kind : model.options.config().papers().kinds()) {
      // A paper of a kind written from an entity is named <entity-id>-<kind>.
      String suffix = kind.paperName("");
      if (named.isEmpty() && base.endsWith(suffix)) {
        Optional<Entity> entity = model.entity(base.substring(0, base.length() - suffix.length()));
        if (entity.isPresent() && kind.model() == Config.PaperModel.ENTITY) {
          return entity.get().title() + " – " + kind.title().toLowerCase(java.util.Locale.ROOT);
        }
      }
    }
    if (named.isEmpty() && base.endsWith(MeetingPacks.id(""))) {
      // A meeting's pack is named after the meeting: MeetingPacks.id.
      Optional<Entity> meeting =
          model
              .entity(base.substring(0, base.length() - MeetingPacks.id("").length()))
              .filter(e -> e.kind() == Kind.MEETING);
      if (meeting.isPresent()) {
        return meeting.get().title() + ": meeting pack";
      }
    }
    return named.map(e -> e.title() + " briefing paper").orElse(Words.capitalise(Html.words(base)));
  }

  Page accessibility() {
    Optional<Config.Contact> given = model.options.config().site().accessibilityContact();
    StatementPage data;
    if (given.isPresent() && given.get().organisation().isEmpty()) {
      data =
          new StatementPage(
              model.siteTitle(),
              model.page(model.programme),
              asOf(),
              "",
              given.get().name().orElse("the programme office"),
              given.get().email().orElse(""),
              false);
    } else {
      // The organisation named, else the first publisher, else the first that leads the programme.
      Optional<Entity> contact =
          given
              .flatMap(Config.Contact::organisation)
              .flatMap(model::entity)
              .or(() -> model.settings.publishers().stream().findFirst())
              .or(
                  () ->
                      model.programme.texts("led_by").stream()
                          .map(model::entity)
                          .flatMap(Optional::stream)
                          .findFirst());
      data =
          new StatementPage(
              model.siteTitle(),
              model.page(model.programme),
              asOf(),
              contact.map(model::page).orElse(""),
              contact.map(Entity::title).orElse("the programme office"),
              "",
              contact.isPresent());
    }
    return new Page(
        SitePaths.ACCESSIBILITY,
        "accessibility",
        data,
        "Accessibility statement",
        "How accessible this website is, and how to report a problem.",
        List.of(),
        List.of(),
        "accessibility");
  }

  Page notFound() {
    return new Page(
        SitePaths.NOT_FOUND,
        "not-found",
        new Pages.NotFoundPage(model.options.baseUrl().orElse("") + SitePaths.HOME),
        "Page not found",
        "There is no page at this address.",
        List.of(),
        List.of(),
        "");
  }
}
