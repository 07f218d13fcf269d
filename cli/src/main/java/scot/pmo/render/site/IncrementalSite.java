package scot.pmo.render.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import scot.pmo.concurrent.Parallel;
import scot.pmo.link.ProgrammeGraph;
import scot.pmo.link.Relation;
import scot.pmo.model.Catalogue;
import scot.pmo.model.Entity;
import scot.pmo.model.FileChange;
import scot.pmo.model.Kind;
import scot.pmo.render.site.Pages.Page;

/**
 * A website kept up to date one changed content file at a time, as {@code pmo serve} needs: it
 * keeps the last build's catalogue, graph and site model, and on {@link #update} compares them with
 * the programme after the change (read, checked and linked before it gets here) and re-renders only
 * the pages whose inputs changed: the entity's own page, the pages of the entities related to it in
 * the old or the new graph, the index, library and facet pages that show it, the pages of its kind
 * (timeline, map, register, home) and the search index. A page is written only when its bytes
 * differ from the file on disk. After an update the folder holds the same bytes as a full build of
 * the changed content would, except the briefing papers, which are not rebuilt.
 *
 * <p>A change to the programme, a workstream, an anchor, a project, a role, a person or an
 * organisation, or one that moves the site's as-of date, can change any page: then every page is
 * rendered again (still written only where it differs).
 *
 * <p>Not thread-safe: call {@link #update} from one thread at a time.
 */
public final class IncrementalSite {

  /**
   * What one update did.
   *
   * @param written the files written, absolute, in no particular order
   * @param removed the files deleted (the page of a deleted entity, a facet no longer used)
   * @param everything whether every page had to be rendered again
   */
  public record Update(List<Path> written, List<Path> removed, boolean everything) {

    static Update none() {
      return new Update(List.of(), List.of(), false);
    }
  }

  /** Kinds whose data can show on pages that are not related to them in the graph. */
  private static final Set<Kind> STRUCTURAL =
      EnumSet.of(
          Kind.PROGRAMME,
          Kind.ANCHOR,
          Kind.WORKSTREAM,
          Kind.PROJECT,
          Kind.ROLE,
          Kind.PERSON,
          Kind.ORGANISATION);

  private final Path out;
  private final SiteBuilder builder;
  private final SiteOptions options;
  private Catalogue catalogue;
  private ProgrammeGraph graph;
  private SiteModel model;

  /** Each entity page's line of the search index, in UTF-8. */
  private final Map<String, byte[]> lines = new java.util.HashMap<>();

  private Set<String> otherPaths;
  private List<String> searchOrder;

  private IncrementalSite(
      SiteBuilder builder,
      SiteOptions options,
      Path out,
      Catalogue catalogue,
      ProgrammeGraph graph,
      SiteBuilder.Built built) {
    this.out = out.toAbsolutePath().normalize();
    this.builder = builder;
    this.options = options;
    this.catalogue = catalogue;
    this.graph = graph;
    this.model = built.model();
    built.docs().forEach((page, doc) -> lines.put(page, SearchIndex.lineBytes(doc)));
    this.otherPaths = new LinkedHashSet<>(built.pages());
    catalogue.all().forEach(e -> otherPaths.remove(model.page(e)));
  }

  /**
   * Builds the whole site of {@code catalogue} (content that validated) into {@code out}, an empty
   * folder that this object then keeps up to date.
   */
  public static IncrementalSite build(
      SiteBuilder builder, Catalogue catalogue, ProgrammeGraph graph, SiteOptions options, Path out)
      throws IOException {
    Files.createDirectories(out);
    SiteBuilder.Built built = builder.buildKeeping(catalogue, graph, options, out);
    return new IncrementalSite(builder, options, out, catalogue, graph, built);
  }

  /** The catalogue of the content as of the last update. */
  public Catalogue catalogue() {
    return catalogue;
  }

  /** The graph of the content as of the last update. */
  public ProgrammeGraph graph() {
    return graph;
  }

  /**
   * Takes the change of one content file (edited, created or deleted) into the site: {@code change}
   * says what the file held before (as this site last showed it) and after, and {@code next} and
   * {@code nextGraph} are the programme after the change, checked and linked. The content must have
   * validated.
   */
  public Update update(FileChange change, Catalogue next, ProgrammeGraph nextGraph) {
    Entity before = change.before();
    Entity after = change.after();
    if (before == null && after == null) {
      return Update.none();
    }
    long t = System.nanoTime();
    Entity either = after != null ? after : before;
    boolean dataChanged = before == null || after == null || !before.data().equals(after.data());
    // With its data as it was, the model takes over everything it draws from data.
    SiteModel nextModel =
        !dataChanged
            ? new SiteModel(model, next, nextGraph)
            : before != null && after != null
                ? new SiteModel(model, next, nextGraph, before, after)
                : new SiteModel(
                    next,
                    nextGraph,
                    options,
                    builder.markdown(),
                    model.cards.nextAfterChangeOfOthers(next.of(Kind.CASE_STUDY).size()),
                    model.bodies);
    t = lap("update: site model", t);
    boolean everything =
        dataChanged && STRUCTURAL.contains(either.kind())
            || !nextModel.asOf.equals(model.asOf)
            || !nextModel.siteTitle().equals(model.siteTitle());

    EntityPages entityPages = new EntityPages(nextModel, out);
    SitePages sitePages = new SitePages(nextModel, entityPages, out);
    Map<String, Supplier<Page>> others = SiteBuilder.otherPages(nextModel, sitePages);
    Set<Entity> entities = new LinkedHashSet<>();
    Set<String> pages = new LinkedHashSet<>();
    if (everything) {
      entities.addAll(next.all());
      pages.addAll(others.keySet());
    } else {
      affected(before, after, dataChanged, next, nextGraph, nextModel, entities, pages);
    }

    t = lap("update: what changed", t);
    List<Path> written = Collections.synchronizedList(new ArrayList<>());
    List<Path> removed = new ArrayList<>();
    Map<String, SearchIndex.Doc> newDocs = new java.util.concurrent.ConcurrentHashMap<>();
    // The other pages (the library among them) first, so that they start on a core of their own.
    List<Runnable> jobs = new ArrayList<>();
    pages.stream()
        .map(others::get)
        .filter(Objects::nonNull)
        .forEach(
            supplier ->
                jobs.add(
                    () -> {
                      Page page = supplier.get();
                      writeIfChanged(page.path(), builder.layout(nextModel, page), written);
                    }));
    CountDownLatch entitiesDone = new CountDownLatch(entities.size());
    AtomicBoolean entityFailed = new AtomicBoolean();
    entities.forEach(
        e ->
            jobs.add(
                () -> {
                  try {
                    Page page = entityPages.page(e);
                    writeIfChanged(page.path(), builder.layout(nextModel, page), written);
                    newDocs.put(page.path(), SiteBuilder.searchDoc(e, page));
                  } catch (RuntimeException | Error failure) {
                    entityFailed.set(true);
                    throw failure;
                  } finally {
                    entitiesDone.countDown();
                  }
                }));
    // The search index last, once the entity pages have given their words: handed out after them,
    // it is written while the other core may still be on the library page. (Items are handed out
    // in order, so every entity page has started, on some core, before this one waits.)
    String gonePage = before != null && after == null ? model.page(before) : null;
    jobs.add(
        () -> {
          awaitUninterruptibly(entitiesDone);
          if (!entityFailed.get()) {
            updateSearchIndex(newDocs, dataChanged, gonePage, nextModel, written);
          }
        });
    Parallel.forEach(jobs, Runnable::run);
    if (before != null && after == null) {
      delete(model.page(before), removed);
    }
    for (String gone : otherPaths) {
      if (!others.containsKey(gone)) {
        delete(gone, removed); // a facet value no case study carries any more
      }
    }
    t =
        lap(
            "update: "
                + count(entities.size(), "entity page")
                + ", "
                + count(pages.size(), "other page")
                + " and the search index",
            t);
    calendars(before, after, everything, nextModel, written, removed);
    writeIfChanged(SitePaths.FEED, Feeds.atom(nextModel), written);
    if (options.baseUrl().isPresent()) {
      List<String> urls = new ArrayList<>(others.keySet());
      next.all().forEach(e -> urls.add(nextModel.page(e)));
      writeIfChanged(
          SitePaths.SITEMAP,
          Feeds.sitemap(
              options.baseUrl().get(),
              urls.stream().filter(p -> !p.equals(SitePaths.NOT_FOUND)).sorted().toList()),
          written);
    }

    lap("update: calendars and feeds", t);
    catalogue = next;
    graph = nextGraph;
    model = nextModel;
    otherPaths = new LinkedHashSet<>(others.keySet());
    return new Update(List.copyOf(written), List.copyOf(removed), everything);
  }

  /** The pages a change of a leaf entity (a case study, meeting, record...) can show on. */
  private void affected(
      Entity before,
      Entity after,
      boolean dataChanged,
      Catalogue next,
      ProgrammeGraph nextGraph,
      SiteModel nextModel,
      Set<Entity> entities,
      Set<String> pages) {
    Entity either = after != null ? after : before;
    if (after != null) {
      entities.add(after);
    }
    boolean added = before == null;
    boolean removedEntity = after == null;
    boolean titleChanged = added || removedEntity || !before.title().equals(after.title());
    boolean edgesChanged = !outgoing(graph, either.id()).equals(outgoing(nextGraph, either.id()));
    if (dataChanged || edgesChanged || either.kind() == Kind.TEXT) {
      Set<String> related = new LinkedHashSet<>();
      graph.relations(either.id()).stream()
          .map(Relation::other)
          .filter(n -> !n.isTheme())
          .forEach(n -> related.add(n.id()));
      nextGraph.relations(either.id()).stream()
          .map(Relation::other)
          .filter(n -> !n.isTheme())
          .forEach(n -> related.add(n.id()));
      related.remove(either.id());
      related.forEach(id -> next.get(id).ifPresent(entities::add));
    }
    if (titleChanged) {
      // Titles are made unique within a kind: another page's title may change with this one.
      Set<String> titles = new LinkedHashSet<>();
      if (before != null) {
        titles.add(before.title());
      }
      if (after != null) {
        titles.add(after.title());
      }
      next.of(either.kind()).stream()
          .filter(e -> titles.contains(e.title()))
          .forEach(entities::add);
      pages.add(SitePaths.SEARCH);
      pages.add(SitePaths.CHANGES);
    }
    if (added || removedEntity) {
      pages.add(SitePaths.HOME);
    }
    if (!dataChanged) {
      return;
    }
    Kind kind = either.kind();
    if (kind == Kind.CASE_STUDY) {
      pages.add(SitePaths.LIBRARY);
      // Every library page counts the case studies of each facet value; a new title only moves
      // the study within the pages that list it.
      boolean facetsChanged = added || removedEntity || !facets(before).equals(facets(after));
      for (String facet : nextModel.facets.names()) {
        for (String value : nextModel.facet(facet).keySet()) {
          if (facetsChanged || facetValues(after, facet).contains(value)) {
            pages.add(SitePaths.filter(facet, value));
          }
        }
      }
    } else {
      pages.add(SitePaths.index(kind));
    }
    if (kind == Kind.MEETING || kind == Kind.MILESTONE) {
      pages.add(SitePaths.HOME);
      pages.add(SitePaths.TIMELINE);
    }
    if (kind == Kind.INTERDEPENDENCY) {
      pages.add(SitePaths.MAP);
      pages.add(SitePaths.REGISTER);
      // The RAID log and its filter pages, old and new, and the actions its records set.
      otherPaths.stream().filter(p -> p.startsWith("raid/")).forEach(pages::add);
      new RaidLog(nextModel).paths().forEach(pages::add);
    }
    if (kind == Kind.INTERDEPENDENCY || kind == Kind.MEETING) {
      pages.add(ActionList.PATH);
    }
  }

  private List<String> facets(Entity e) {
    List<String> all = new ArrayList<>();
    for (String facet : model.facets.names()) {
      all.add(facet + "=" + facetValues(e, facet));
    }
    return all;
  }

  /** The values of a case study's facet, as the library groups them. */
  private List<String> facetValues(Entity e, String facet) {
    return e == null ? List.of() : e.texts(model.facets.field(facet));
  }

  private static List<String> outgoing(ProgrammeGraph g, String id) {
    // Where an edge was written is left out: a line added above a link moves it, nothing more.
    return g.outgoing(id).stream()
        .map(e -> e.to() + "\u0000" + e.label() + "\u0000" + e.inverse() + "\u0000" + e.field())
        .toList();
  }

  /**
   * Rewrites the search index when a page's line or the order of pages changed. A change of data
   * (which every added or removed entity is) may move an entity in the order of titles; {@code
   * gonePage} is the page of a removed entity, or null.
   */
  private void updateSearchIndex(
      Map<String, SearchIndex.Doc> newDocs,
      boolean dataChanged,
      String gonePage,
      SiteModel nextModel,
      List<Path> written) {
    boolean searchChanged = dataChanged;
    if (gonePage != null) {
      lines.remove(gonePage);
    }
    for (Map.Entry<String, SearchIndex.Doc> doc : newDocs.entrySet()) {
      byte[] line = SearchIndex.lineBytes(doc.getValue());
      searchChanged |= !Arrays.equals(line, lines.put(doc.getKey(), line));
    }
    if (dataChanged || searchOrder == null) {
      List<String> order = new ArrayList<>();
      for (Kind kind : Kind.values()) {
        for (Entity e : nextModel.sorted(kind)) {
          order.add(nextModel.page(e));
        }
      }
      searchOrder = order;
    }
    if (searchChanged) {
      // Known to differ, so written without reading back the old index (megabytes at scale).
      Path index = out.resolve(SitePaths.SEARCH_INDEX);
      try {
        SearchIndex.write(index, searchOrder.stream().map(lines::get).toList());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + index, e);
      }
      written.add(index);
    }
  }

  private static void awaitUninterruptibly(CountDownLatch latch) {
    boolean interrupted = false;
    while (true) {
      try {
        latch.await();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private void calendars(
      Entity before,
      Entity after,
      boolean everything,
      SiteModel nextModel,
      List<Path> written,
      List<Path> removed) {
    boolean meeting =
        before != null && before.kind() == Kind.MEETING
            || after != null && after.kind() == Kind.MEETING;
    if (!meeting && !everything) {
      return;
    }
    Calendar calendar = new Calendar(nextModel);
    List<Entity> dated = SiteBuilder.datedMeetings(nextModel);
    Set<String> files = new LinkedHashSet<>();
    for (Entity e : dated) {
      if (everything || after != null && e.id().equals(after.id())) {
        writeIfChanged(SitePaths.ics(e.id()), calendar.single(e), written);
      }
      files.add(SitePaths.ics(e.id()));
    }
    for (Entity old : Arrays.asList(before, after)) {
      if (old != null && old.kind() == Kind.MEETING && !files.contains(SitePaths.ics(old.id()))) {
        delete(SitePaths.ics(old.id()), removed);
      }
    }
    writeIfChanged(SitePaths.CALENDAR, calendar.all(dated), written);
  }

  private static String count(int n, String thing) {
    return n + " " + thing + (n == 1 ? "" : "s");
  }

  private long lap(String step, long start) {
    long now = System.nanoTime();
    builder.trace().accept(step + ": " + (now - start) / 100_000 / 10.0 + " ms");
    return now;
  }

  private void writeIfChanged(String page, String text, List<Path> written) {
    writeIfChanged(page, text.getBytes(StandardCharsets.UTF_8), written);
  }

  private void writeIfChanged(String page, byte[] bytes, List<Path> written) {
    Path file = out.resolve(page);
    try {
      if (Files.isRegularFile(file)
          && Files.size(file) == bytes.length
          && Arrays.equals(Files.readAllBytes(file), bytes)) {
        return;
      }
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
      written.add(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private void delete(String page, List<Path> removed) {
    Path file = out.resolve(page);
    try {
      if (Files.deleteIfExists(file)) {
        removed.add(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + file, e);
    }
  }

  /** The page of an entity, relative to the site's root. */
  public Optional<String> page(String id) {
    return catalogue.get(id).map(model::page);
  }
}
