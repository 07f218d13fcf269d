package scot.pmo;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import scot.pmo.author.FieldSpec;
import scot.pmo.author.Scaffold;
import scot.pmo.git.Commit;
import scot.pmo.git.GitRepository;
import scot.pmo.link.GraphBuilder;
import scot.pmo.link.ProgrammeGraph;
import scot.pmo.load.ContentLoader;
import scot.pmo.load.LoadLimits;
import scot.pmo.model.Entity;
import scot.pmo.model.Kind;
import scot.pmo.model.PartialDate;
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
import scot.pmo.render.template.Templates;
import scot.pmo.validate.ContentValidator;
import scot.pmo.validate.Schemas;
import scot.pmo.validate.Validation;

/** The named runs of the tool, each a composition of the pipeline's stages. */
public final class Pipeline {

  /** Papers state dates as they are in Scotland. */
  public static final ZoneId ZONE = ZoneId.of("Europe/London");

  private final Path repo;
  private final LoadLimits limits;

  public Pipeline(Path repo, LoadLimits limits) {
    this.repo = repo;
    this.limits = limits;
  }

  /** Load: read content/. Validate: check it against the schemas and across entities. */
  public Validation validate() {
    var loaded = new ContentLoader(repo, limits).load();
    return new ContentValidator(repo, new Schemas()).validate(loaded);
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
    Schemas schemas = new Schemas();
    Function<Kind, List<String>> fields =
        k -> Schemas.propertyNames(schemas.document(k.schemaFile()));
    if (kind.isPresent()) {
      List<Entity> entities = validation.catalogue().of(kind.get());
      return List.of(ExportTable.of(kind.get().folder(), entities, fields.apply(kind.get()),
          validation.catalogue()));
    }
    return ExportTable.perKind(validation.catalogue(), fields);
  }

  /** Export: every entity in one table, with the union of the kinds' fields. */
  public ExportTable exportAll(Validation validation) {
    Schemas schemas = new Schemas();
    List<Entity> all = validation.catalogue().all();
    return ExportTable.of("entities", all,
        ExportTable.fieldsOf(all, k -> Schemas.propertyNames(schemas.document(k.schemaFile()))),
        validation.catalogue());
  }

  /** Author: writes a new entity from its archetype; see {@link Scaffold#create}. */
  public String scaffold(Kind kind, String id, Map<String, String> values,
      Function<FieldSpec, Optional<String>> ask, LocalDate today) {
    Validation current = validate();
    return new Scaffold(repo, new Schemas()).create(kind, id, current.catalogue(), values, ask,
        today);
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
    ProgrammeGraph graph = link(validation);
    Provenance provenance = request.provenance() != null ? request.provenance() : provenance();

    List<Paper> papers = new ArrayList<>();
    BriefingPapers briefing =
        new BriefingPapers(validation.catalogue(), graph, new MarkdownRenderer());
    wanted.stream().distinct().forEach(id -> papers.add(briefing.build(id, provenance)));
    if (request.escalationReport()) {
      papers.add(new EscalationReports(validation.catalogue(), graph)
          .build(request.asOf(), provenance));
    }

    PaperRenderer renderer = new PaperRenderer(new Templates(repo));
    List<OutputFile> files = new ArrayList<>();
    for (Paper paper : papers) {
      for (PaperFormat format : request.formats()) {
        files.add(new OutputFile(paper.id() + "." + format.extension(),
            renderer.render(paper, format)));
      }
    }
    return new BriefOutcome(validation, List.of(), projectIds, publisher.publish(files));
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

  public Path repo() {
    return repo;
  }
}
