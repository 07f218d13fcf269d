package scot.pmo.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import scot.pmo.concurrent.Meter;
import scot.pmo.concurrent.Parallel;
import scot.pmo.git.Commit;
import scot.pmo.git.GitRepository;
import scot.pmo.load.ContentLoader;
import scot.pmo.model.Audience;
import scot.pmo.model.Config;
import scot.pmo.model.Entity;
import scot.pmo.model.HintedException;
import scot.pmo.model.Kind;
import scot.pmo.publish.AtomicPublisher;
import scot.pmo.publish.OutputCache;
import scot.pmo.publish.OutputFile;
import scot.pmo.render.RenderSettings;
import scot.pmo.render.markdown.KeptRenderings;
import scot.pmo.render.paper.BriefingPapers;
import scot.pmo.render.paper.EntityPapers;
import scot.pmo.render.paper.EscalationReports;
import scot.pmo.render.paper.Markup;
import scot.pmo.render.paper.MeetingPacks;
import scot.pmo.render.paper.Paper;
import scot.pmo.render.paper.PaperFormat;
import scot.pmo.render.paper.PaperRenderer;
import scot.pmo.render.paper.PaperTexts;
import scot.pmo.render.paper.Provenance;
import scot.pmo.render.paper.RecordingCatalogue;
import scot.pmo.render.template.Templates;
import scot.pmo.run.Invocation;

/**
 * The workflow of {@code pmo brief}: load and validate, link, then model, render and publish the
 * papers asked for (projects' briefing papers, the escalation report for the programme's governance
 * group, meetings' packs, and the papers of the kinds {@code pmo.yaml} declares, each written from
 * the generic model of an entity: the programme proposal, event reports and letters by default).
 * {@code pmo build} writes its papers through {@link #papers} too.
 */
public final class BriefWorkflow {

  private final WorkflowContext context;

  public BriefWorkflow(WorkflowContext context) {
    this.context = context;
  }

  /**
   * The papers {@code request} asks for. Nothing is written unless validation passes, every id
   * names a project and every paper renders.
   *
   * @throws scot.pmo.publish.OutputFolderException if the output folder is one that generation may
   *     not write to (checked before the content is read)
   */
  public BriefOutcome brief(BriefRequest request) {
    return brief(request, Optional.empty());
  }

  /**
   * As {@link #brief(BriefRequest)}, from the content as it was at the end of a day when {@code
   * past} is given: that commit's content, {@code pmo.yaml} and templates, and its provenance. The
   * papers are written where the request says, never into this repository's content or templates.
   */
  public BriefOutcome brief(BriefRequest request, Optional<ContentAsOf> past) {
    AtomicPublisher publisher = new AtomicPublisher(context.repo(), request.out());
    BriefWorkflow reading = past.map(p -> new BriefWorkflow(p.context())).orElse(this);
    return reading.brief(request, publisher, paperCache(context));
  }

  /**
   * The cache of rendered papers of the repository {@code context} reads, or none when {@code
   * --no-cache} asked for every paper to be rendered.
   */
  static OutputCache paperCache(WorkflowContext context) {
    return context.caches() ? OutputCache.papers(context.repo()) : OutputCache.none();
  }

  private BriefOutcome brief(BriefRequest request, AtomicPublisher publisher, OutputCache cache) {
    // The papers, and the ids they may be asked for by, are of what the audience may see.
    Snapshot snapshot = Snapshot.load(context).seenBy(request.audience());
    List<String> projectIds = projectIds(snapshot);
    List<String> meetingIds = meetingIds(snapshot);
    if (snapshot.hasErrors()) {
      return new BriefOutcome(
          snapshot.validation(), List.of(), projectIds, List.of(), List.of(), meetingIds);
    }
    List<String> wanted =
        new ArrayList<>(request.allProjects() ? briefed(snapshot) : request.projects());
    // pmo brief --paper briefing [ID...]: the projects named, or those --all would brief.
    request.kinds().stream()
        .filter(k -> k.kind().equals(Config.PaperKind.BRIEFING))
        .forEach(k -> (k.ids().isEmpty() ? briefed(snapshot) : k.ids()).forEach(wanted::add));
    List<String> unknown = wanted.stream().filter(id -> !projectIds.contains(id)).toList();
    unknown.forEach(id -> refuseHidden(snapshot, id));
    List<String> unknownMeetings =
        request.meetings().stream().filter(id -> !meetingIds.contains(id)).toList();
    if (!unknown.isEmpty() || !unknownMeetings.isEmpty()) {
      return new BriefOutcome(
          snapshot.validation(), unknown, projectIds, List.of(), unknownMeetings, meetingIds);
    }
    Optional<BriefOutcome.UnknownPaper> unknownPaper = unknownPaper(snapshot, request);
    if (unknownPaper.isPresent()) {
      return new BriefOutcome(
          snapshot.validation(),
          List.of(),
          projectIds,
          List.of(),
          List.of(),
          meetingIds,
          unknownPaper);
    }
    BriefRequest asked =
        request.allProjects()
            ? withMeetings(request, packed(snapshot)).withKinds(allKinds(context.config()))
            : request;
    List<OutputFile> files = papers(snapshot, wanted, asked, cache);
    return new BriefOutcome(
        snapshot.validation(),
        List.of(),
        projectIds,
        publisher.publish(files),
        List.of(),
        meetingIds);
  }

  /** The first entity asked for that its kind does not select. */
  private Optional<BriefOutcome.UnknownPaper> unknownPaper(
      Snapshot snapshot, BriefRequest request) {
    for (BriefRequest.KindPapers papers : entityKinds(request)) {
      Config.PaperKind kind = kind(papers.kind());
      List<String> selected = EntityPapers.selected(snapshot.catalogue(), kind);
      for (String id : papers.ids()) {
        if (!selected.contains(id)) {
          return Optional.of(new BriefOutcome.UnknownPaper(kind.name(), id, selected));
        }
      }
    }
    return Optional.empty();
  }

  /** The papers asked for of kinds written from the generic model of an entity. */
  private List<BriefRequest.KindPapers> entityKinds(BriefRequest request) {
    return request.kinds().stream()
        .filter(
            k ->
                context
                    .config()
                    .papers()
                    .kind(k.kind())
                    .filter(kind -> kind.model() == Config.PaperModel.ENTITY)
                    .isPresent())
        .toList();
  }

  private Config.PaperKind kind(String name) {
    return context
        .config()
        .papers()
        .kind(name)
        .filter(k -> k.model() == Config.PaperModel.ENTITY)
        .orElseThrow(() -> new IllegalArgumentException("no kind of paper " + name));
  }

  /** Every kind written from templates alone, each of every entity it selects. */
  static List<BriefRequest.KindPapers> allKinds(Config config) {
    return config.papers().kinds().stream()
        .filter(k -> k.model() == Config.PaperModel.ENTITY)
        .map(k -> new BriefRequest.KindPapers(k.name(), List.of()))
        .toList();
  }

  /**
   * Stops with what to do when {@code id} names a project the request's audience does not see: a
   * draft, which no paper shows until it is published, or an internal project, whose paper only the
   * internal audience gets.
   *
   * @throws HintedException a usage problem, for a draft or internal project
   */
  private static void refuseHidden(Snapshot seen, String id) {
    Optional<Entity> hidden =
        seen.seenBy(Audience.PREVIEW).catalogue().get(id).filter(e -> e.kind() == Kind.PROJECT);
    if (hidden.isEmpty() || !seen.view().hides(hidden.get().path())) {
      return;
    }
    Entity project = hidden.get();
    boolean draft = Audience.isDraft(project);
    throw new HintedException(
        HintedException.Category.USAGE,
        "'"
            + id
            + "' is "
            + (draft ? "a draft" : "an internal project")
            + " ("
            + project.path()
            + "), so it gets no "
            + seen.audience().label()
            + " briefing paper",
        draft
            ? "publish it first: remove 'draft: true' from " + project.path()
            : "give --audience internal for the programme team's paper");
  }

  /** Every meeting's id, sorted. */
  static List<String> meetingIds(Snapshot snapshot) {
    return snapshot.catalogue().of(Kind.MEETING).stream().map(Entity::id).sorted().toList();
  }

  /** The meetings that get a pack when all papers are asked for: those with an agenda. */
  static List<String> packed(Snapshot snapshot) {
    return MeetingPacks.withAgenda(snapshot.catalogue());
  }

  /** {@code request}, asking for the packs of {@code meetings} as well as those it names. */
  static BriefRequest withMeetings(BriefRequest request, List<String> meetings) {
    List<String> all = new ArrayList<>(request.meetings());
    meetings.stream().filter(m -> !all.contains(m)).forEach(all::add);
    return new BriefRequest(
        request.projects(),
        request.allProjects(),
        request.escalationReport(),
        request.formats(),
        request.out(),
        request.asOf(),
        request.provenance(),
        all,
        request.kinds(),
        request.audience());
  }

  static List<String> projectIds(Snapshot snapshot) {
    return snapshot.catalogue().of(Kind.PROJECT).stream().map(Entity::id).sorted().toList();
  }

  /**
   * The projects that get a briefing paper when all are asked for: those {@code pmo.yaml} lists
   * ({@code papers.briefing.projects}), else every project.
   */
  List<String> briefed(Snapshot snapshot) {
    List<String> all = projectIds(snapshot);
    return context
        .config()
        .papers()
        .briefingProjects()
        .map(listed -> all.stream().filter(listed::contains).toList())
        .orElse(all);
  }

  /** The day it is now where {@code pmo.yaml} says the programme office is. */
  public LocalDate today() {
    return LocalDate.now(context.config().dates().timeZone());
  }

  /**
   * Model and render: the papers of {@code projects}, the escalation report if asked, and the packs
   * of the meetings asked for, each rendered only if {@code cache} does not already hold it. They
   * are made from {@code snapshot} as it is given: seen by the audience they are for.
   */
  List<OutputFile> papers(
      Snapshot snapshot, List<String> projects, BriefRequest request, OutputCache cache) {
    Config config = context.config();
    RecordingCatalogue shared = new RecordingCatalogue(snapshot.catalogue());
    RenderSettings settings = RenderSettings.of(config, shared, snapshot.graph());
    Templates templates = new Templates(context.repo());
    PaperRenderer renderer = new PaperRenderer(templates, context.markdown());
    for (BriefRequest.KindPapers asked : entityKinds(request)) {
      requireTemplates(kind(asked.kind()), templates, request.formats());
    }
    long started = System.nanoTime();
    PaperInputs inputs =
        request.provenance() != null
            ? PaperInputs.fixed(context, request.provenance(), renderer)
            : context.asOf().isPresent()
                ? PaperInputs.fixed(context, provenance(), renderer)
                : PaperInputs.fromGit(context, this::provenance, renderer);
    inputs.alsoRead(shared.read());
    long git = System.nanoTime();
    String publishedBy = settings.publishedBy();
    boolean internal = request.audience() == Audience.INTERNAL;
    // Each paper's model is made on whichever core is free (the builders only read), and kept in
    // the order asked for. Every paper states who publishes it and whether it is internal.
    List<Supplier<PaperInputs.Made>> making = new ArrayList<>();
    BiConsumer<RecordingCatalogue, Function<Provenance, Paper>> make =
        (reads, build) ->
            making.add(
                () ->
                    inputs.make(
                        reads,
                        request.formats(),
                        p -> p.withPublishedBy(publishedBy).internal(internal),
                        build));
    KeptRenderings<Markup> keptTexts = RenderingMemory.PAPER_TEXTS.take();
    RecordingCatalogue briefingReads = new RecordingCatalogue(snapshot.catalogue());
    BriefingPapers briefing =
        new BriefingPapers(briefingReads, snapshot.graph(), context.markdown(), config)
            .keepingMarkup(keptTexts);
    projects.stream()
        .distinct()
        .forEach(id -> make.accept(briefingReads, p -> briefing.build(id, p)));
    if (request.escalationReport()) {
      RecordingCatalogue reads = new RecordingCatalogue(snapshot.catalogue());
      EscalationReports reports = new EscalationReports(reads, snapshot.graph(), config);
      make.accept(reads, p -> reports.build(request.asOf(), p));
    }
    if (!request.meetings().isEmpty()) {
      RecordingCatalogue reads = new RecordingCatalogue(snapshot.catalogue());
      MeetingPacks packs =
          new MeetingPacks(reads, snapshot.graph(), context.markdown(), config)
              .keepingMarkup(keptTexts);
      request.meetings().stream()
          .distinct()
          .forEach(id -> make.accept(reads, p -> packs.build(id, request.asOf(), p)));
    }
    if (!entityKinds(request).isEmpty()) {
      RecordingCatalogue reads = new RecordingCatalogue(snapshot.catalogue());
      EntityPapers entityPapers =
          new EntityPapers(reads, snapshot.graph(), context.markdown(), config)
              .keepingMarkup(keptTexts);
      for (BriefRequest.KindPapers asked : entityKinds(request)) {
        Config.PaperKind kind = kind(asked.kind());
        List<String> ids =
            asked.ids().isEmpty()
                ? EntityPapers.selected(snapshot.catalogue(), kind)
                : asked.ids().stream().distinct().toList();
        for (String id : ids) {
          make.accept(reads, p -> entityPapers.build(kind, id, p));
        }
      }
    }
    List<PaperInputs.Made> papers = Parallel.map(making, Supplier::get);
    RenderingMemory.PAPER_TEXTS.keep(keptTexts);
    Set<String> names = new HashSet<>();
    for (PaperInputs.Made made : papers) {
      if (!names.add(made.paper().id())) {
        throw new HintedException(
            HintedException.Category.CONTENT,
            "two papers would be written as " + made.paper().id() + ".*",
            "rename the kind of paper in pmo.yaml (papers.kinds) whose name makes it, or the"
                + " entity or meeting whose id does");
      }
    }
    // Each paper in each format is independent of the others; PDF and Word dominate, so those
    // not in the cache are rendered on every core, and all are collected in the order asked for.
    long modelled = System.nanoTime();
    // Without a cache (--no-cache) the keys are never looked up: hashing every paper's inputs
    // for nothing was the largest single cost of the papers after rendering them.
    List<byte[]> digests = cache.enabled() ? Parallel.map(papers, inputs::digest) : null;
    List<Job> jobs = new ArrayList<>();
    for (int i = 0; i < papers.size(); i++) {
      Paper paper = papers.get(i).paper();
      PaperTexts texts = renderer.texts(paper);
      for (PaperFormat format : request.formats()) {
        String key = digests == null ? null : inputs.key(paper, digests.get(i), format);
        jobs.add(new Job(texts, format, key, cost(papers.get(i), format)));
      }
    }
    long keyed = System.nanoTime();
    context
        .trace()
        .accept(
            "  papers' history "
                + (git - started) / 1_000_000
                + " ms, models "
                + (modelled - git) / 1_000_000
                + " ms, keys "
                + (keyed - modelled) / 1_000_000
                + " ms");
    Meter.Counter count = context.meter().start("Papers", jobs.size());
    AtomicInteger reused = new AtomicInteger();
    List<OutputFile> files =
        Parallel.mapCostliestFirst(
            jobs,
            Job::cost,
            job -> {
              String extension = job.format().extension();
              byte[] bytes = cache.get(job.key(), extension).orElse(null);
              if (bytes != null) {
                reused.incrementAndGet();
              } else {
                bytes = renderer.render(job.texts(), job.format());
                cache.put(job.key(), extension, bytes);
              }
              count.done();
              return new OutputFile(job.texts().paper().id() + "." + extension, bytes);
            });
    context
        .trace()
        .accept(
            "papers: " + (jobs.size() - reused.get()) + " rendered, " + reused.get() + " reused");
    return files;
  }

  /**
   * Stops before anything is rendered when a kind {@code pmo.yaml} declares has no template for a
   * format asked for, which is what a new kind without its templates written yet has.
   */
  private static void requireTemplates(
      Config.PaperKind kind, Templates templates, List<PaperFormat> formats) {
    for (PaperFormat format : formats) {
      String markup = format == PaperFormat.HTML || format == PaperFormat.PDF ? "html" : "md";
      String name = PaperRenderer.FOLDER + "/" + kind.template() + "." + markup + ".mustache";
      if (!templates.exists(name)) {
        throw new HintedException(
            HintedException.Category.CONTENT,
            "the kind of paper '"
                + kind.name()
                + "' (papers.kinds in pmo.yaml) has no template "
                + Templates.FOLDER
                + "/"
                + name,
            "write it, starting from a copy of one of pmo's ('pmo templates list' lists them),"
                + " or name existing templates with papers.kinds."
                + kind.name()
                + ".template");
      }
    }
  }

  /**
   * One paper in one format, and the key of its inputs (none when there is no cache). The paper's
   * formats share its texts: its HTML is written once for the HTML and the PDF.
   */
  private record Job(PaperTexts texts, PaperFormat format, String key, long cost) {}

  /**
   * How long a paper in a format takes to render, roughly: it grows with the entities the paper
   * read, and a PDF takes about four times a Word file, which takes several times the HTML or the
   * Markdown. The escalation report of 10,000 entities reads every record, and its PDF alone took
   * half a second: rendered last, one core would have rendered it while the other waited.
   */
  private static long cost(PaperInputs.Made made, PaperFormat format) {
    int weight =
        switch (format) {
          case PDF -> 16;
          case DOCX -> 4;
          case HTML, MD -> 1;
        };
    return (long) weight * made.read().size();
  }

  /**
   * What papers state about their origin: the commit at HEAD and its date when content and
   * templates are committed; otherwise today (or {@code SOURCE_DATE_EPOCH}) and, if in git, the
   * commit with a note of uncommitted changes. Content read as it was at the end of a day states
   * the commit it was read from, and that commit's date.
   */
  public Provenance provenance() {
    Optional<Commit> head =
        context.asOf().isPresent()
            ? context.asOf().map(WorkflowContext.AsOf::commit)
            : GitRepository.head(context.repo(), List.of(ContentLoader.CONTENT, Templates.FOLDER));
    Instant when = head.filter(Commit::clean).map(Commit::time).orElseGet(BriefWorkflow::now);
    Config.Dates dates = context.config().dates();
    String date = dates.format().format(LocalDate.ofInstant(when, dates.timeZone()));
    return new Provenance(
        date,
        head.map(Commit::id).orElse(""),
        head.map(Commit::shortId).orElse(""),
        head.map(c -> !c.clean()).orElse(false),
        when.toString());
  }

  private static Instant now() {
    return sourceDateEpoch().orElseGet(() -> Instant.now().truncatedTo(ChronoUnit.SECONDS));
  }

  /** The time {@code SOURCE_DATE_EPOCH} gives for reproducible builds, when it is set. */
  static Optional<Instant> sourceDateEpoch() {
    String epoch = Invocation.current().env("SOURCE_DATE_EPOCH");
    if (epoch != null && epoch.matches("[0-9]{1,12}")) {
      return Optional.of(Instant.ofEpochSecond(Long.parseLong(epoch)));
    }
    return Optional.empty();
  }
}
