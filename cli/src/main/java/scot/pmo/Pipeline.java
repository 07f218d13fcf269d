package scot.pmo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import scot.pmo.concurrent.Parallel;
import scot.pmo.render.site.SiteHistory;
import scot.pmo.render.site.PageHistory;
import scot.pmo.render.site.ChangeEntry;
import scot.pmo.render.graph.SvgGraphRenderer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import scot.pmo.author.FieldSpec;
import scot.pmo.author.Scaffold;
import scot.pmo.diff.ProgrammeDiff;
import scot.pmo.git.Commit;
import scot.pmo.git.GitHistory;
import scot.pmo.git.GitRepository;
import scot.pmo.git.HistoryLimits;
import scot.pmo.link.GraphBuilder;
import scot.pmo.link.ProgrammeGraph;
import scot.pmo.load.ContentLoader;
import scot.pmo.load.LoadLimits;
import scot.pmo.load.LoadResult;
import scot.pmo.model.Entity;
import scot.pmo.model.Kind;
import scot.pmo.model.PartialDate;
import scot.pmo.publish.AtomicFolderPublisher;
import scot.pmo.publish.AtomicPublisher;
import scot.pmo.publish.OutputFile;
import scot.pmo.publish.export.ExportTable;
import scot.pmo.render.markdown.MarkdownRenderer;
import scot.pmo.render.paper.BriefingPapers;
import scot.pmo.render.paper.EscalationReports;
import scot.pmo.render.paper.Paper;
import scot.pmo.render.paper.PaperFormat;
import scot.pmo.render.paper.PaperRenderer;
import scot.pmo.render.paper.Provenance;
import scot.pmo.render.site.IncrementalSite;
import scot.pmo.render.site.SiteBuilder;
import scot.pmo.render.site.SiteOptions;
import scot.pmo.render.template.Templates;
import scot.pmo.validate.ContentValidator;
import scot.pmo.validate.IncrementalValidation;
import scot.pmo.validate.Schemas;
import scot.pmo.validate.Validation;

/** The named runs of the tool, each a composition of the pipeline's stages. */
public final class Pipeline {

  /** Papers state dates as they are in Scotland. */
  public static final ZoneId ZONE = ZoneId.of("Europe/London");

  private final Path repo;
  private final LoadLimits limits;
  private final Consumer<String> trace;

  public Pipeline(Path repo, LoadLimits limits) {
    this(repo, limits, message -> { });
  }

  /** A pipeline that reports each stage it runs, and how long it took, to {@code trace}. */
  public Pipeline(Path repo, LoadLimits limits, Consumer<String> trace) {
    this.repo = repo;
    this.limits = limits;
    this.trace = trace;
  }

  /** Load: read content/. Validate: check it against the schemas and across entities. */
  public Validation validate() {
    return validate(repo, schemas());
  }

  /**
   * As {@link #validate()}, in a form that follows later edits of single files without reading
   * and checking everything again: the preview's.
   */
  public IncrementalValidation validateIncrementally() {
    ContentLoader loader = new ContentLoader(repo, limits);
    LoadResult loaded = timed("load", loader::load);
    return timed("validate", () -> IncrementalValidation.of(
        new ContentValidator(repo, join(schemas()), trace), loader, limits, loaded, trace));
  }

  /**
   * The schemas, compiled once per pipeline, on a thread of their own so that content/ is read
   * meanwhile: on a small programme the two take about as long as each other.
   */
  private synchronized Future<Schemas> schemas() {
    if (schemas == null) {
      java.util.concurrent.FutureTask<Schemas> task = new java.util.concurrent.FutureTask<>(
          Schemas::new);
      Thread compiling = new Thread(task, "pmo-schemas");
      compiling.setDaemon(true);
      compiling.start();
      schemas = task;
    }
    return schemas;
  }

  private Future<Schemas> schemas;

  /** Runs {@code stage}, then reports how long it took. */
  private <T> T timed(String stage, java.util.function.Supplier<T> work) {
    long start = System.nanoTime();
    T result = work.get();
    trace.accept(stage + ": " + (System.nanoTime() - start) / 1_000_000 + " ms");
    return result;
  }

  /** Link: build the graph of every reference in content that validated. */
  public ProgrammeGraph link(Validation validation) {
    return GraphBuilder.build(validation.catalogue());
  }

  /**
   * Export: the entities as tables for spreadsheets, one per kind, or one table of {@code kind}
   * when given.
   */
  public List<ExportTable> exportTables(Validation validation, Optional<Kind> kind) {
    Schemas compiled = join(schemas());
    Function<Kind, List<String>> fields =
        k -> Schemas.propertyNames(compiled.document(k.schemaFile()));
    if (kind.isPresent()) {
      List<Entity> entities = validation.catalogue().of(kind.get());
      return List.of(ExportTable.of(kind.get().folder(), entities, fields.apply(kind.get()),
          validation.catalogue()));
    }
    return ExportTable.perKind(validation.catalogue(), fields);
  }

  /** Export: every entity in one table, with the union of the kinds' fields. */
  public ExportTable exportAll(Validation validation) {
    Schemas compiled = join(schemas());
    List<Entity> all = validation.catalogue().all();
    return ExportTable.of("entities", all,
        ExportTable.fieldsOf(all, k -> Schemas.propertyNames(compiled.document(k.schemaFile()))),
        validation.catalogue());
  }

  /** Author: writes a new entity from its archetype; see {@link Scaffold#create}. */
  public String scaffold(Kind kind, String id, Map<String, String> values,
      Function<FieldSpec, Optional<String>> ask, LocalDate today) {
    Validation current = validate();
    return new Scaffold(repo, join(schemas())).create(kind, id, current.catalogue(), values,
        ask, today);
  }

  /**
   * Validate, link, model, render, publish: the papers {@code request} asks for (project
   * briefing papers and the escalation report for the Chief Executive Working Group). Nothing is
   * written unless validation passes, every id names a project and every paper renders.
   */
  public BriefOutcome brief(BriefRequest request) {
    AtomicPublisher publisher = new AtomicPublisher(repo, request.out());
    Validation validation = validate();
    List<String> projectIds = validation.catalogue().of(Kind.PROJECT).stream()
        .map(Entity::id).sorted().toList();
    if (validation.diagnostics().hasErrors()) {
      return new BriefOutcome(validation, List.of(), projectIds, List.of());
    }
    List<String> wanted = request.allProjects() ? projectIds : request.projects();
    List<String> unknown = wanted.stream().filter(id -> !projectIds.contains(id)).toList();
    if (!unknown.isEmpty()) {
      return new BriefOutcome(validation, unknown, projectIds, List.of());
    }
    List<OutputFile> files = papers(validation, link(validation), wanted, request);
    return new BriefOutcome(validation, List.of(), projectIds, publisher.publish(files));
  }

  /** Model and render: the papers of {@code projects} (and the escalation report if asked). */
  private List<OutputFile> papers(Validation validation, ProgrammeGraph graph,
      List<String> projects, BriefRequest request) {
    Provenance provenance = request.provenance() != null ? request.provenance() : provenance();
    List<Paper> papers = new ArrayList<>();
    BriefingPapers briefing =
        new BriefingPapers(validation.catalogue(), graph, new MarkdownRenderer());
    projects.stream().distinct().forEach(id -> papers.add(briefing.build(id, provenance)));
    if (request.escalationReport()) {
      papers.add(new EscalationReports(validation.catalogue(), graph)
          .build(request.asOf(), provenance));
    }
    PaperRenderer renderer = new PaperRenderer(new Templates(repo));
    // Each paper in each format is independent of the others; PDF and Word dominate, so they
    // are rendered on every core, and collected in the order asked for.
    List<Map.Entry<Paper, PaperFormat>> jobs = new ArrayList<>();
    for (Paper paper : papers) {
      for (PaperFormat format : request.formats()) {
        jobs.add(Map.entry(paper, format));
      }
    }
    return Parallel.map(jobs, job -> new OutputFile(job.getKey().id() + "."
        + job.getValue().extension(), renderer.render(job.getKey(), job.getValue())));
  }

  /**
   * The main job, after validation: the website with every paper in every format in
   * {@code papers/}, dates and "what changed" from git, and the graph drawn as SVG, published in
   * one swap into {@code out}.
   */
  public int build(Validation validation, Path out, Optional<String> baseUrl) {
    return build(validation, out, baseUrl, List.of(PaperFormat.values()));
  }

  /**
   * The main job with papers in the given formats only: a preview skips the slow ones, and none
   * (pmo build --no-papers) leaves a site whose pages link to no papers, as a static site
   * generator would build.
   */
  public int build(Validation validation, Path out, Optional<String> baseUrl,
      List<PaperFormat> paperFormats) {
    ProgrammeGraph graph = timed("link", () -> link(validation));
    return buildSite(validation, graph, out, siteOptions(validation, graph, baseUrl,
        paperFormats));
  }

  /**
   * What the main job gives the site: dates and changes from git, the graph drawn as SVG, and
   * every project's paper (and the escalation report) in {@code paperFormats} in papers/.
   */
  public SiteOptions siteOptions(Validation validation, ProgrammeGraph graph,
      Optional<String> baseUrl, List<PaperFormat> paperFormats) {
    SiteHistory history = timed("history", () -> siteHistory(history(HistoryLimits.DEFAULT)));
    LocalDate asOf = SiteBuilder.asOf(validation.catalogue(), history);
    List<String> projects = validation.catalogue().of(Kind.PROJECT).stream()
        .map(Entity::id).sorted().toList();
    BriefRequest all = new BriefRequest(projects, true, true, paperFormats,
        Path.of("papers"), asOf, null);
    return SiteOptions.defaults()
        .withBaseUrl(baseUrl)
        .withHistory(history)
        .withPicture((selection, title, description) ->
            Optional.of(SvgGraphRenderer.render(selection, title, description)))
        .withExtras(paperFormats.isEmpty() ? List.of() : List.of(staging -> {
          Path papers = Files.createDirectories(staging.resolve("papers"));
          for (OutputFile file : timed("papers", () -> papers(validation, graph, projects,
              all))) {
            Files.write(papers.resolve(file.name()), file.bytes());
          }
        }));
  }


  /** The history the site shows: per-file dates and the content commits, newest first. */
  private static SiteHistory siteHistory(GitHistory git) {
    if (!git.available()) {
      return SiteHistory.none();
    }
    Map<String, PageHistory> pages = new java.util.TreeMap<>();
    git.files().forEach((path, h) -> pages.put(path,
        new PageHistory(h.created().date(), h.updated().date(), h.updated().author())));
    List<ChangeEntry> changes = git.changeSets().stream()
        .map(c -> new ChangeEntry(c.commit().commit(), c.commit().date(), c.commit().author(),
            c.commit().message(), "", c.files().stream().map(f -> f.path()).toList()))
        .toList();
    return SiteHistory.of(pages, changes);
  }

  /**
   * What papers state about their origin: the commit at HEAD and its date when content and
   * templates are committed; otherwise today (or {@code SOURCE_DATE_EPOCH}) and, if in git, the
   * commit with a note of uncommitted changes.
   */
  public Provenance provenance() {
    Optional<Commit> head = GitRepository.head(repo, List.of(ContentLoader.CONTENT,
        Templates.FOLDER));
    Instant when = head.filter(Commit::clean).map(Commit::time).orElseGet(Pipeline::now);
    String date = PartialDate.parse(LocalDate.ofInstant(when, ZONE).toString())
        .map(PartialDate::display).orElseThrow();
    return new Provenance(date, head.map(Commit::id).orElse(""),
        head.map(Commit::shortId).orElse(""), head.map(c -> !c.clean()).orElse(false),
        when.toString());
  }

  private static Instant now() {
    String epoch = System.getenv("SOURCE_DATE_EPOCH");
    if (epoch != null && epoch.matches("[0-9]{1,12}")) {
      return Instant.ofEpochSecond(Long.parseLong(epoch));
    }
    return Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
  }

  /**
   * History: when each content file was created and last changed, and by whom, from git; empty,
   * with a note, when there is no repository.
   */
  public GitHistory history(HistoryLimits limits) {
    return GitHistory.read(repo, limits);
  }

  /**
   * Diff: what the change from revision {@code from} to revision {@code to} (the working tree
   * when empty) does to the programme; see {@link RevisionDiff}.
   *
   * @throws scot.pmo.git.GitException when there is no repository or a revision is unknown
   */
  public ProgrammeDiff diff(String from, Optional<String> to) {
    return new RevisionDiff(this, repo, limits).diff(from, to);
  }

  /** The result of work done in the background, or what it threw. */
  static <T> T join(Future<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for work in the background", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /**
   * Link, render, publish: the website of content that validated, with {@code options}' extras
   * (such as papers) written first, into a new folder swapped in place of {@code out} only when
   * complete.
   *
   * @return the number of pages written
   * @throws scot.pmo.publish.OutputRefusedException if {@code out} is not a folder a build wrote,
   *     overlaps content/ or templates/, or another build is writing it
   */
  public int buildSite(Validation validation, Path out, SiteOptions options) {
    return buildSite(validation, link(validation), out, options);
  }

  /** As {@link #buildSite(Validation, Path, SiteOptions)}, with the graph already linked. */
  private int buildSite(Validation validation, ProgrammeGraph graph, Path out,
      SiteOptions options) {
    AtomicFolderPublisher publisher = new AtomicFolderPublisher(out,
        List.of(repo.resolve(ContentLoader.CONTENT), repo.resolve(Templates.FOLDER)));
    SiteBuilder builder = new SiteBuilder(repo, new Templates(repo), new MarkdownRenderer(),
        trace);
    int[] pages = new int[1];
    timed("site", () -> {
      publisher.publish(staging -> pages[0] =
          builder.build(validation.catalogue(), graph, options, staging));
      return null;
    });
    return pages[0];
  }

  /**
   * Link, render: the website of content that validated, written into {@code out} (a new or empty
   * folder, not swapped in), and kept so that {@link IncrementalSite#update} can re-render only
   * what one changed file touches: the engine of a preview server.
   */
  public IncrementalSite incrementalSite(Validation validation, Path out, SiteOptions options)
      throws IOException {
    return IncrementalSite.build(repo, limits, new SiteBuilder(repo, new Templates(repo),
        new MarkdownRenderer(), trace), validation.catalogue(), link(validation), options, out);
  }

  public Path repo() {
    return repo;
  }

  /** Load and validate the content under {@code root} (the repository, or a revision's copy). */
  Validation validate(Path root, Future<Schemas> schemas) {
    var loaded = timed("load", () -> new ContentLoader(root, limits).load());
    return timed("validate", () -> new ContentValidator(root, join(schemas), trace)
        .validate(loaded));
  }
}
