package scot.pmo.workflow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import scot.pmo.audience.AudienceView;
import scot.pmo.git.ChangeSet;
import scot.pmo.git.GitHistory;
import scot.pmo.git.HistoryLimits;
import scot.pmo.git.TrackedFields;
import scot.pmo.load.ContentLoader;
import scot.pmo.model.Audience;
import scot.pmo.model.Config;
import scot.pmo.model.Kind;
import scot.pmo.publish.AtomicFolderPublisher;
import scot.pmo.publish.OutputCache;
import scot.pmo.publish.OutputFile;
import scot.pmo.render.markdown.KeptRenderings;
import scot.pmo.render.paper.PaperFormat;
import scot.pmo.render.site.ChangeEntry;
import scot.pmo.render.site.IncrementalSite;
import scot.pmo.render.site.KeptWords;
import scot.pmo.render.site.PageHistory;
import scot.pmo.render.site.SiteBuilder;
import scot.pmo.render.site.SiteHistory;
import scot.pmo.render.site.SiteOptions;
import scot.pmo.render.template.Templates;

/**
 * The workflow of {@code pmo build}, the main job: from a snapshot that validated, the website with
 * every paper in {@code papers/}, dates and "what changed" from git, and the graph drawn as SVG,
 * published in one swap. The preview builds its site through {@link #incrementalSite}.
 */
public final class BuildWorkflow {

  private final WorkflowContext context;

  public BuildWorkflow(WorkflowContext context) {
    this.context = context;
  }

  /**
   * Takes the lock on {@code out} for this process's build, before the content is read, so that a
   * second build of the same folder stops at once rather than after validating; it is held until
   * the site is published or the process ends.
   *
   * @throws scot.pmo.publish.OutputRefusedException if another build holds it, or the folder
   *     overlaps content/ or templates/
   */
  public void claim(Path out) {
    publisher(out).hold();
  }

  /**
   * As {@link #build(Snapshot, Audience, Path, Optional, List)}, for the public.
   *
   * @return the number of pages written
   */
  public int build(
      Snapshot snapshot, Path out, Optional<String> baseUrl, List<PaperFormat> paperFormats) {
    return build(snapshot, Audience.PUBLIC, out, baseUrl, paperFormats);
  }

  /**
   * Filter, link, render, publish: the site of what {@code audience} may see of {@code snapshot},
   * with papers in {@code paperFormats} (none, for {@code pmo build --no-papers}, leaves a site
   * whose pages link to no papers), written into a new folder swapped in place of {@code out} only
   * when complete. Every page, paper and index is made from the audience's view of the content
   * ({@link Snapshot#seenBy}), and the history from git leaves out the changes to what it does not
   * see.
   *
   * @return the number of pages written
   * @throws scot.pmo.publish.OutputRefusedException if {@code out} is not a folder a build wrote,
   *     overlaps content/ or templates/, or another build is writing it
   */
  public int build(
      Snapshot snapshot,
      Audience audience,
      Path out,
      Optional<String> baseUrl,
      List<PaperFormat> paperFormats) {
    Snapshot seen = snapshot.seenBy(audience);
    return build(seen, out, siteOptions(seen, baseUrl, paperFormats));
  }

  /**
   * As {@link #build(Snapshot, Audience, Path, Optional, List)}, with the site's options as given
   * and the configuration of the run ({@code pmo.yaml}). What is published is what the options'
   * audience may see of {@code snapshot}: never the preview's drafts.
   *
   * @throws IllegalArgumentException if the options are the preview's, whose extras may hold drafts
   */
  public int build(Snapshot whole, Path out, SiteOptions given) {
    if (given.audience() == Audience.PREVIEW) {
      throw new IllegalArgumentException("the preview's site is never published");
    }
    Snapshot snapshot = whole.seenBy(given.audience());
    SiteOptions options = given.withConfig(snapshot.context().config());
    AtomicFolderPublisher publisher = publisher(out);
    int[] pages = new int[1];
    KeptRenderings<String> bodies = RenderingMemory.BODIES.take();
    KeptWords words = RenderingMemory.SEARCH_WORDS.take();
    context.timed(
        "site",
        () -> {
          publisher.publish(
              staging ->
                  pages[0] =
                      siteBuilder(snapshot.context())
                          .keepingBodies(bodies)
                          .keepingWords(words)
                          .build(snapshot.catalogue(), snapshot.graph(), options, staging));
          RenderingMemory.BODIES.keep(bodies);
          RenderingMemory.SEARCH_WORDS.keep(words);
          // The cache keeps the last build's pictures only, so it does not grow.
          if (options.picture() instanceof CachedMapPicture maps) {
            context.trace().accept(maps.finish());
          }
          return null;
        });
    return pages[0];
  }

  /**
   * Link, render: the site of {@code snapshot} written into {@code out} (a new or empty folder, not
   * swapped in) and kept, so that {@link IncrementalSite#update} can re-render only what a later
   * snapshot changed: the engine of the preview.
   */
  public IncrementalSite incrementalSite(Snapshot snapshot, Path out, SiteOptions options)
      throws IOException {
    return IncrementalSite.build(
        siteBuilder(context),
        snapshot.catalogue(),
        snapshot.graph(),
        options.withConfig(context.config()),
        out);
  }

  /** The publisher of the site into {@code out}, which never writes into content/ or templates/. */
  private AtomicFolderPublisher publisher(Path out) {
    Path repo = context.repo();
    return new AtomicFolderPublisher(
        out, List.of(repo.resolve(ContentLoader.CONTENT), repo.resolve(Templates.FOLDER)));
  }

  /** The builder of the site of the content {@code reading} reads, with its templates. */
  private static SiteBuilder siteBuilder(WorkflowContext reading) {
    return new SiteBuilder(
            reading.repo(), new Templates(reading.repo()), reading.markdown(), reading.trace())
        .countingOn(reading.meter());
  }

  /**
   * What the site is given: the configuration ({@code pmo.yaml}), dates and the latest changes from
   * git, the graph drawn as SVG, and the papers in {@code paperFormats} in papers/: the briefing
   * papers of the projects {@code pmo.yaml} lists (every project, unless it lists some), the
   * escalation report, the pack of every meeting that has an agenda, and the papers of each kind
   * {@code pmo.yaml} declares (the programme proposal, event reports and letters by default).
   * {@code baseUrl}, from the command line, wins over {@code pmo.yaml}'s.
   *
   * <p>A snapshot of the content as it was at the end of a day ({@link ContentAsOf}) is built with
   * that commit's {@code pmo.yaml} and templates, the history up to that commit and nothing after
   * it, and that day as the date the site and papers count ages to.
   *
   * <p>The site is for the audience {@code snapshot} is seen by: its papers are made from what that
   * audience sees, and its history keeps only the changes to files it sees (a commit that changed
   * nothing else is left out; its message is published as written).
   */
  public SiteOptions siteOptions(
      Snapshot snapshot, Optional<String> baseUrl, List<PaperFormat> paperFormats) {
    WorkflowContext reading = snapshot.context();
    Optional<WorkflowContext.AsOf> past = reading.asOf();
    Config config = reading.config();
    int entries = config.feedEntries();
    // Where the audience does not see some files, every change set read is kept, so that as many
    // of its own changes are left for the feed once the others are left out.
    HistoryLimits limits =
        HistoryLimits.DEFAULT.withMaxChangeSets(
            snapshot.view().hidesAny() ? HistoryLimits.DEFAULT.maxCommits() : entries);
    Path repository = past.map(WorkflowContext.AsOf::repository).orElse(context.repo());
    Optional<String> until = past.map(p -> p.commit().id());
    if (!paperFormats.isEmpty() && past.isEmpty()) {
      reading.readingLastChanges(); // the papers' own walk of the history, meanwhile
    }
    SiteHistory history =
        context.timed(
            "history",
            () ->
                siteHistory(
                    GitHistory.read(repository, limits, until, RAID_FIELDS),
                    snapshot.view(),
                    entries));
    Optional<LocalDate> given = past.map(WorkflowContext.AsOf::date);
    LocalDate asOf = given.orElseGet(() -> SiteBuilder.asOf(snapshot.catalogue(), history));
    BriefWorkflow brief = new BriefWorkflow(reading);
    List<String> projects = brief.briefed(snapshot);
    BriefRequest all =
        new BriefRequest(
            projects,
            true,
            true,
            paperFormats,
            Path.of("papers"),
            asOf,
            null,
            BriefWorkflow.packed(snapshot),
            BriefWorkflow.allKinds(config),
            snapshot.audience());
    return SiteOptions.defaults()
        .withConfig(config)
        .withBaseUrl(baseUrl.or(() -> config.site().baseUrl()))
        .withHistory(history)
        .withAsOf(given)
        .withAudience(snapshot.audience())
        .withPicture(
            new CachedMapPicture(
                context.caches() ? OutputCache.maps(context.repo()) : OutputCache.none()))
        .withExtras(
            paperFormats.isEmpty()
                ? List.of()
                : List.of(
                    staging -> {
                      Path papers = Files.createDirectories(staging.resolve("papers"));
                      OutputCache cache = BriefWorkflow.paperCache(context);
                      for (OutputFile file :
                          context.timed(
                              "papers", () -> brief.papers(snapshot, projects, all, cache))) {
                        Files.write(papers.resolve(file.name()), file.bytes());
                      }
                      // The cache keeps the last build's papers only, so it does not grow.
                      cache.prune();
                    }));
  }

  /** The fields of RAID records whose history their pages show. */
  private static final TrackedFields RAID_FIELDS =
      new TrackedFields(
          ContentLoader.CONTENT + "/" + Kind.INTERDEPENDENCY.folder(),
          List.of("status", "likelihood", "impact"));

  /**
   * The history the site shows: per-file dates and the content commits, newest first, of the files
   * {@code view}'s audience sees: at most {@code entries} changes.
   */
  private static SiteHistory siteHistory(GitHistory git, AudienceView view, int entries) {
    if (!git.available()) {
      return SiteHistory.none();
    }
    Map<String, PageHistory> pages = new TreeMap<>();
    git.files()
        .forEach(
            (path, h) -> {
              if (!view.hides(path)) {
                pages.put(
                    path,
                    new PageHistory(
                        h.created().date(),
                        h.updated().date(),
                        h.updated().author(),
                        h.versions().stream()
                            .map(
                                v ->
                                    new PageHistory.Version(
                                        v.commit().date(), v.commit().shortCommit(), v.fields()))
                            .toList()));
              }
            });
    List<ChangeEntry> changes = new ArrayList<>();
    for (ChangeSet c : git.changeSets()) {
      List<String> seen =
          c.files().stream().map(f -> f.path()).filter(p -> !view.hides(p)).toList();
      // A commit that changed only what the audience does not see is not one of its changes.
      if (seen.isEmpty() && !c.files().isEmpty()) {
        continue;
      }
      if (changes.size() == entries) {
        break;
      }
      changes.add(
          new ChangeEntry(
              c.commit().commit(),
              c.commit().date(),
              c.commit().author(),
              c.commit().message(),
              "",
              seen));
    }
    return SiteHistory.of(pages, changes);
  }
}
