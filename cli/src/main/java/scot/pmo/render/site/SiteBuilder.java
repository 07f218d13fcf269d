package scot.pmo.render.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import scot.pmo.concurrent.Meter;
import scot.pmo.concurrent.Parallel;
import scot.pmo.link.ProgrammeGraph;
import scot.pmo.model.Catalogue;
import scot.pmo.model.Config;
import scot.pmo.model.Entity;
import scot.pmo.model.Kind;
import scot.pmo.model.Words;
import scot.pmo.render.markdown.KeptRenderings;
import scot.pmo.render.markdown.MarkdownRenderer;
import scot.pmo.render.markdown.SafeLinks;
import scot.pmo.render.site.Pages.EntityPage;
import scot.pmo.render.site.Pages.Layout;
import scot.pmo.render.site.Pages.Link;
import scot.pmo.render.site.Pages.NavItem;
import scot.pmo.render.site.Pages.Page;
import scot.pmo.render.site.Pages.Script;
import scot.pmo.render.template.Templates;

/**
 * Writes the whole website into a folder: extras first (such as papers, which pages link to), then
 * every page from the templates in {@code templates/site/}, the assets, the search index, the
 * calendars, the Atom feed and, with a base URL, the sitemap.
 */
public final class SiteBuilder {

  /** The templates' folder under {@code templates/}. */
  public static final String TEMPLATES = "site";

  private static final String WEBJAR = "META-INF/resources/webjars/lunr/";
  private static final String LUNR_POM = "META-INF/maven/org.webjars.npm/lunr/pom.properties";

  private final Templates templates;
  private final MarkdownRenderer markdown;
  private final Path repo;
  private final Consumer<String> trace;
  private Meter meter = Meter.NONE;
  private KeptRenderings<String> bodies = KeptRenderings.none();
  private KeptWords words = KeptWords.none();

  /**
   * The date a site of this content and history treats as today, so that papers built with it count
   * ages to the same day: never the clock.
   */
  public static LocalDate asOf(Catalogue catalogue, SiteHistory history) {
    return SiteModel.asOf(catalogue, history);
  }

  public SiteBuilder(Path repo, Templates templates, MarkdownRenderer markdown) {
    this(repo, templates, markdown, message -> {});
  }

  /** A builder that reports each step it takes, and how long it took, to {@code trace}. */
  public SiteBuilder(
      Path repo, Templates templates, MarkdownRenderer markdown, Consumer<String> trace) {
    this.templates = templates;
    this.markdown = markdown;
    this.trace = trace;
    this.repo = repo.toAbsolutePath().normalize();
  }

  /**
   * Takes the entities' bodies as HTML that {@code kept} holds from the build before, where they
   * are unchanged, and keeps this build's in it (see {@link KeptRenderings#next}).
   */
  public SiteBuilder keepingBodies(KeptRenderings<String> kept) {
    this.bodies = kept;
    return this;
  }

  /**
   * Takes the search index's words of each entity page that {@code kept} holds from the build
   * before, where the page's text is unchanged, and keeps this build's in it (see {@link
   * KeptWords#next}).
   */
  public SiteBuilder keepingWords(KeptWords kept) {
    this.words = kept;
    return this;
  }

  /** Counts the pages on {@code meter} as they are written, for a progress bar. */
  public SiteBuilder countingOn(Meter meter) {
    this.meter = meter;
    return this;
  }

  /**
   * Builds the site of {@code catalogue} into {@code out}, an empty staging folder; returns the
   * number of pages written.
   */
  public int build(Catalogue catalogue, ProgrammeGraph graph, SiteOptions options, Path out)
      throws IOException {
    return buildKeeping(catalogue, graph, options, out).pages().size();
  }

  /**
   * What a build leaves behind for the next one to start from: the model, the search index's
   * documents by page, and every page written.
   */
  record Built(SiteModel model, Map<String, SearchIndex.Doc> docs, List<String> pages) {}

  /** Builds the whole site, as {@link #build}, and keeps what an incremental update needs. */
  Built buildKeeping(Catalogue catalogue, ProgrammeGraph graph, SiteOptions options, Path out)
      throws IOException {
    long start = System.nanoTime();
    for (SiteExtra extra : options.extras()) {
      extra.writeInto(out);
    }
    start = lap("site extras", start);
    SiteModel model =
        new SiteModel(catalogue, graph, options, markdown, new LibraryCards(templates), bodies);
    start = lap("site model", start);
    EntityPages entityPages = new EntityPages(model, out);
    SitePages sitePages = new SitePages(model, entityPages, out);

    // Every page is independent of the others once the model is built: each is rendered and
    // written on whichever core is free, the few large pages (the library and its filters)
    // among the entities' so that no core waits for them at the end. Results are collected in a
    // fixed order, so the search index and the sitemap are the same bytes on every build.
    List<Supplier<Written>> jobs = new ArrayList<>();
    otherPages(model, sitePages)
        .values()
        .forEach(
            other ->
                jobs.add(
                    () -> {
                      Page page = other.get();
                      write(out, page.path(), layout(model, page));
                      return new Written(page.path(), null, null);
                    }));
    for (Kind kind : Kind.values()) {
      for (Entity e : model.sorted(kind)) {
        jobs.add(
            () -> {
              Page page = entityPages.page(e);
              write(out, page.path(), layout(model, page));
              SearchIndex.Doc doc = searchDoc(e, page, words);
              return new Written(page.path(), doc, SearchIndex.lineBytes(doc));
            });
      }
    }
    Meter.Counter count = meter.start("Pages", jobs.size());
    List<Written> written =
        Parallel.map(
            jobs,
            job -> {
              Written done = job.get();
              count.done();
              return done;
            });
    start = lap("site pages", start);
    if (bodies.keeps()) {
      trace.accept(
          "site pages: bodies " + bodies.made() + " rendered, " + bodies.reused() + " reused");
    }
    if (words.keeps()) {
      trace.accept(
          "site pages: search words of "
              + words.made()
              + " pages read, "
              + words.reused()
              + " reused");
    }
    List<String> paths = written.stream().map(Written::path).toList();
    List<SearchIndex.Doc> docs =
        written.stream().map(Written::doc).filter(java.util.Objects::nonNull).toList();

    copyAssets(out);
    writeLook(model, out);
    Path index = out.resolve(SitePaths.SEARCH_INDEX);
    try {
      SearchIndex.write(
          index,
          written.stream().map(Written::searchLine).filter(java.util.Objects::nonNull).toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + index, e);
    }
    Calendar calendar = new Calendar(model);
    List<Entity> dated = datedMeetings(model);
    for (Entity e : dated) {
      write(out, SitePaths.ics(e.id()), calendar.single(e));
    }
    write(out, SitePaths.CALENDAR, calendar.all(dated));
    write(out, SitePaths.FEED, Feeds.atom(model));
    if (options.baseUrl().isPresent()) {
      List<String> urls =
          paths.stream().filter(p -> !p.equals(SitePaths.NOT_FOUND)).sorted().toList();
      write(out, SitePaths.SITEMAP, Feeds.sitemap(options.baseUrl().get(), urls));
    }
    lap("site assets, search index, calendars and feeds", start);
    Map<String, SearchIndex.Doc> byPage = new LinkedHashMap<>();
    docs.forEach(d -> byPage.put(d.href(), d));
    return new Built(model, byPage, List.copyOf(paths));
  }

  /**
   * A page written and, if it is an entity's, what the search index holds of it, with its line of
   * the index written on the page's core too.
   */
  private record Written(String path, SearchIndex.Doc doc, byte[] searchLine) {}

  /** The meetings whose day is known, in timeline order: each has a calendar file. */
  static List<Entity> datedMeetings(SiteModel model) {
    List<Entity> dated = new ArrayList<>();
    for (SiteModel.TimelineItem item : model.timeline) {
      Entity e = item.entity();
      if (e.kind() == Kind.MEETING && Calendar.day(e).isPresent()) {
        dated.add(e);
      }
    }
    return dated;
  }

  Consumer<String> trace() {
    return trace;
  }

  Templates templates() {
    return templates;
  }

  MarkdownRenderer markdown() {
    return markdown;
  }

  /** The pages that are not one entity's, by address, in the order they are listed. */
  static Map<String, Supplier<Page>> otherPages(SiteModel model, SitePages sitePages) {
    Map<String, Supplier<Page>> pages = new LinkedHashMap<>();
    pages.put(SitePaths.HOME, sitePages::home);
    for (Kind kind : Kind.values()) {
      if (kind != Kind.CASE_STUDY) {
        pages.put(SitePaths.index(kind), () -> sitePages.index(kind));
      }
    }
    pages.put(SitePaths.LIBRARY, () -> sitePages.library("", ""));
    for (String facet : model.facets.names()) {
      for (String value : model.facet(facet).keySet()) {
        pages.put(SitePaths.filter(facet, value), () -> sitePages.library(facet, value));
      }
    }
    pages.put(SitePaths.MAP, sitePages::map);
    pages.put(SitePaths.REGISTER, sitePages::register);
    RaidLog raidLog = new RaidLog(model);
    pages.put(RaidLog.INDEX, () -> raidLog.page("", ""));
    raidLog
        .facets()
        .forEach(
            (facet, values) ->
                values
                    .keySet()
                    .forEach(
                        value ->
                            pages.put(
                                RaidLog.filter(facet, value), () -> raidLog.page(facet, value))));
    pages.put(ActionList.PATH, () -> new ActionList(model).page());
    pages.put(SitePaths.TIMELINE, sitePages::timeline);
    pages.put(SitePaths.PAPERS, sitePages::papers);
    pages.put(SitePaths.CHANGES, sitePages::changes);
    pages.put(SitePaths.SEARCH, sitePages::search);
    pages.put(SitePaths.ACCESSIBILITY, sitePages::accessibility);
    pages.put(SitePaths.NOT_FOUND, sitePages::notFound);
    return pages;
  }

  /** What the search index holds of an entity's page: its words, once each. */
  static SearchIndex.Doc searchDoc(Entity e, Page page) {
    return searchDoc(e, page, KeptWords.none());
  }

  /** The same, with the page's words reused from {@code kept} where its text is unchanged. */
  static SearchIndex.Doc searchDoc(Entity e, Page page, KeptWords kept) {
    EntityPage data = (EntityPage) page.data();
    SearchWords words = new SearchWords();
    data.sections().forEach(s -> words.html(s.html()));
    data.facts().forEach(f -> f.values().forEach(v -> words.text(v.text())));
    return new SearchIndex.Doc(
        page.path(),
        e.title(),
        data.kind(),
        Html.text(data.summaryHtml()),
        kept.words(page.path(), words));
  }

  /** Reports the time since {@code start}; returns now. */
  private long lap(String step, long start) {
    long now = System.nanoTime();
    trace.accept(step + ": " + (now - start) / 1_000_000 + " ms");
    return now;
  }

  /** The page in the layout, as the UTF-8 bytes of its file. */
  byte[] layout(SiteModel model, Page page) {
    String root =
        page.path().equals(SitePaths.NOT_FOUND)
            ? model.options.baseUrl().orElse("")
            : SitePaths.root(page.path());
    List<NavItem> nav =
        List.of(
            new NavItem("Home", root + SitePaths.HOME, page.section().equals("home")),
            new NavItem(
                "About the programme",
                root + model.page(model.programme),
                page.path().equals(model.page(model.programme))),
            new NavItem(
                "Projects",
                root + SitePaths.index(Kind.PROJECT),
                page.section().equals(Kind.PROJECT.folder())),
            new NavItem(
                "Case studies",
                root + SitePaths.LIBRARY,
                page.section().equals(Kind.CASE_STUDY.folder())),
            new NavItem("Interdependencies", root + SitePaths.MAP, page.section().equals("map")),
            new NavItem("RAID log", root + RaidLog.INDEX, page.section().equals(RaidLog.SECTION)),
            new NavItem(
                "Actions", root + ActionList.PATH, page.section().equals(ActionList.SECTION)),
            new NavItem("Timeline", root + SitePaths.TIMELINE, page.section().equals("timeline")),
            new NavItem("Papers", root + SitePaths.PAPERS, page.section().equals("papers")),
            new NavItem(
                Kind.REFERENCE.pluralHeading(),
                root + SitePaths.index(Kind.REFERENCE),
                page.section().equals(Kind.REFERENCE.folder())));
    List<Link> crumbs = new ArrayList<>();
    if (!page.path().equals(SitePaths.HOME)) {
      crumbs.add(new Link("Home", root + SitePaths.HOME));
      crumbs.addAll(page.breadcrumbs());
    }
    List<Script> scripts = new ArrayList<>();
    page.scripts().forEach(s -> scripts.add(new Script(root + s)));
    scripts.add(new Script(root + "assets/site.js"));
    List<Link> footer =
        new ArrayList<>(
            List.of(
                new Link("Accessibility statement", root + SitePaths.ACCESSIBILITY),
                new Link("What changed", root + SitePaths.CHANGES),
                new Link("Changes as an Atom feed", root + SitePaths.FEED),
                new Link("Calendar of meetings (.ics)", root + SitePaths.CALENDAR),
                new Link("Search", root + SitePaths.SEARCH)));
    Config.Site site = model.options.config().site();
    site.footerLinks().stream()
        .filter(l -> SafeLinks.isSafe(l.url()))
        .forEach(l -> footer.add(new Link(l.text(), l.url().strip())));
    String title =
        page.path().equals(SitePaths.HOME)
            ? page.title()
            : page.title() + " – " + model.siteTitle();
    Function<String, Object> layout =
        body ->
            new Layout(
                site.language(),
                Theme.wanted(site.colours()),
                site.logo().isPresent(),
                site.logo().map(l -> root + SitePaths.logo(l)).orElse(""),
                site.logo().map(Config.Logo::alt).orElse(""),
                title,
                page.description(),
                root,
                model.siteTitle(),
                nav,
                !crumbs.isEmpty(),
                crumbs,
                !page.path().equals(SitePaths.SEARCH),
                body,
                scripts,
                footer,
                "Built from the content of "
                    + model.programme.title()
                    + " as of "
                    + model.date(model.asOf)
                    + ".",
                publishedBy(model, root),
                AudienceNotices.of(
                    model.options.audience(),
                    page.data() instanceof Pages.EntityPage shown
                        ? model.atPath(shown.source())
                        : null));
    return templates.renderUtf8Around(
        TEMPLATES + "/layout.html.mustache",
        layout,
        TEMPLATES + "/" + page.template() + ".html.mustache",
        page.data());
  }

  /** "Published by" and the publishers, each a link to its page; "" when none is named. */
  private static String publishedBy(SiteModel model, String root) {
    List<String> links =
        model.settings.publishers().stream()
            .map(e -> Html.link(e.title(), root + model.page(e)))
            .toList();
    return links.isEmpty() ? "" : "Published by " + Words.list(links) + ".";
  }

  /**
   * The look {@code pmo.yaml} gives the site: its colours as {@code assets/theme.css}, and its logo
   * copied from the repository.
   */
  private void writeLook(SiteModel model, Path out) throws IOException {
    Config.Site site = model.options.config().site();
    if (Theme.wanted(site.colours())) {
      write(out, SitePaths.THEME, Theme.css(site.colours()));
    }
    if (site.logo().isPresent()) {
      Config.Logo logo = site.logo().get();
      Path from = repo.resolve(logo.path()).normalize();
      // Validation stops a build whose logo is outside the repository; this is the backstop.
      if (!from.toRealPath().startsWith(repo.toRealPath())) {
        throw new IOException("the logo " + logo.path() + " is outside the repository");
      }
      Path target = out.resolve(SitePaths.logo(logo));
      Files.createDirectories(target.getParent());
      Files.copy(from, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private void copyAssets(Path out) throws IOException {
    // The stylesheet and scripts: pmo's own, each replaceable by the repository's copy.
    String prefix = TEMPLATES + "/assets/";
    for (String name : templates.set().under(prefix)) {
      Path target = out.resolve("assets").resolve(name.substring(prefix.length()));
      Files.createDirectories(target.getParent());
      Files.write(target, templates.set().bytes(name));
    }
    String version = lunrVersion();
    copyResource(WEBJAR + version + "/lunr.min.js", out.resolve("assets/lunr.min.js"));
    copyResource(WEBJAR + version + "/LICENSE", out.resolve("assets/lunr-LICENSE.txt"));
  }

  private static String lunrVersion() throws IOException {
    try (InputStream in = resource(LUNR_POM)) {
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    }
  }

  private static void copyResource(String name, Path target) throws IOException {
    try (InputStream in = resource(name)) {
      Files.createDirectories(target.getParent());
      Files.copy(in, target);
    }
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = SiteBuilder.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IOException("the search library is missing from pmo itself (" + name + ")");
    }
    return in;
  }

  static void write(Path out, String path, String text) {
    write(out, path, text.getBytes(StandardCharsets.UTF_8));
  }

  static void write(Path out, String path, byte[] bytes) {
    Path file = out.resolve(path);
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
