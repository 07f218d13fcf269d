package scot.pmo.workflow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import scot.pmo.audience.AudienceView;
import scot.pmo.link.GraphBuilder;
import scot.pmo.link.ProgrammeGraph;
import scot.pmo.load.ContentLoader;
import scot.pmo.load.LoadResult;
import scot.pmo.model.Audience;
import scot.pmo.model.Catalogue;
import scot.pmo.model.Diagnostic;
import scot.pmo.model.Diagnostics;
import scot.pmo.model.Entity;
import scot.pmo.model.FileChange;
import scot.pmo.render.template.TemplateSet;
import scot.pmo.validate.ContentValidator;
import scot.pmo.validate.IncrementalValidation;
import scot.pmo.validate.Validation;

/**
 * One state of the programme: its content as loaded, the validation of it, and the graph of its
 * references. A full load makes one ({@link #load}). After an edit of one file, {@link
 * #afterEditOf} reads and checks that file alone against the rest, links it again, and gives the
 * next snapshot, which says what the edit changed ({@link #change}); every later stage (the
 * preview's pages above all) works from the two snapshots and does not read or check the file
 * again.
 *
 * <p>The graph is linked when first asked for, once; a snapshot made by an edit of a snapshot whose
 * graph was linked takes over the other files' edges.
 *
 * <p>A snapshot {@link #seenBy} an audience holds only what that audience may see ({@link
 * AudienceView}): its catalogue, its graph and everything built from them leave out drafts, and for
 * the public internal entities and contact details, while its diagnostics are the whole content's.
 */
public final class Snapshot {

  private final WorkflowContext context;
  private final Path root;
  private final boolean checksConfig;
  private final IncrementalValidation validation;
  private final FileChange change;
  private final List<Diagnostic> templateProblems;
  private final AudienceView view;
  private ProgrammeGraph graph;
  private Validation merged;

  private Snapshot(
      WorkflowContext context,
      Path root,
      boolean checksConfig,
      IncrementalValidation validation,
      FileChange change,
      ProgrammeGraph graph,
      List<Diagnostic> templateProblems) {
    this(context, root, checksConfig, validation, change, graph, templateProblems, null);
  }

  private Snapshot(
      WorkflowContext context,
      Path root,
      boolean checksConfig,
      IncrementalValidation validation,
      FileChange change,
      ProgrammeGraph graph,
      List<Diagnostic> templateProblems,
      AudienceView view) {
    this.view = view;
    this.context = context;
    this.root = root;
    this.checksConfig = checksConfig;
    this.validation = validation;
    this.change = change;
    this.graph = graph;
    this.templateProblems = templateProblems;
  }

  /**
   * Loads and validates all of the repository's content, and its {@code pmo.yaml}; in a daemon,
   * from what the command before read where only files of content/ changed ({@link ContentMemory}).
   */
  public static Snapshot load(WorkflowContext context) {
    return ContentMemory.load(context);
  }

  /**
   * Loads and validates all of the content under {@code root} (a revision's copy, for one), and the
   * repository's {@code pmo.yaml} with it if {@code checksConfig}: a diff compares content alone.
   */
  static Snapshot load(WorkflowContext context, Path root, boolean checksConfig) {
    context.compiling(); // the schemas compile while the files are read
    ContentLoader loader = new ContentLoader(root, context.limits());
    LoadResult loaded = context.timed("load", loader::load);
    return validate(context, root, checksConfig, loader, loaded);
  }

  /** Validates content already loaded from {@code root}, without {@code pmo.yaml}. */
  static Snapshot of(WorkflowContext context, Path root, LoadResult loaded) {
    return validate(context, root, false, new ContentLoader(root, context.limits()), loaded);
  }

  private static Snapshot validate(
      WorkflowContext context,
      Path root,
      boolean checksConfig,
      ContentLoader loader,
      LoadResult loaded) {
    ContentValidator checks =
        new ContentValidator(
            root,
            context.schemas(),
            context.config(),
            checksConfig ? Optional.of(context.configFile()) : Optional.empty(),
            context.today(),
            context.strict());
    IncrementalValidation validation =
        context.timed(
            "validate",
            () ->
                IncrementalValidation.of(
                    checks, loader, context.limits(), loaded, context.trace()));
    // A misspelt override of a built-in template is silently unused: say so with the content's
    // problems. The templates are read again with the content, never after an edit of one file.
    List<Diagnostic> templates = checksConfig ? new TemplateSet(root).problems() : List.of();
    return new Snapshot(context, root, checksConfig, validation, null, null, templates);
  }

  /**
   * The programme after the file {@code path} (relative to the repository, with '/') was edited,
   * created or deleted. An edit of a file read cleanly before is read and checked alone against the
   * rest; anything else (a new or deleted file, one that cannot be read) is read and checked again
   * with all the others.
   */
  public Snapshot afterEditOf(String path) {
    if (view != null) {
      return whole().afterEditOf(path).seenBy(view.audience());
    }
    long start = System.nanoTime();
    Entity before = entityAt(path).orElse(null);
    Optional<IncrementalValidation> edited = validation.afterEditOf(path);
    if (edited.isEmpty()) {
      Snapshot whole = load(context, root, checksConfig);
      return new Snapshot(
          context,
          root,
          checksConfig,
          whole.validation,
          new FileChange(path, before, whole.entityAt(path).orElse(null)),
          null,
          whole.templateProblems);
    }
    IncrementalValidation next = edited.get();
    context.trace().accept("load and check " + path + ": " + since(start) + " ms");
    Entity after = find(next.validation().catalogue(), path).orElse(null);
    ProgrammeGraph nextGraph = null;
    if (graph != null && before != null && after != null) {
      // The file's id and kind are as they were, so the other files' edges stand.
      ProgrammeGraph previous = graph;
      nextGraph =
          context.timed(
              "link " + path,
              () -> GraphBuilder.rebuild(previous, next.validation().catalogue(), after));
    }
    return new Snapshot(
        context,
        root,
        checksConfig,
        next,
        new FileChange(path, before, after),
        nextGraph,
        templateProblems);
  }

  /**
   * This snapshot, whole and not the result of an edit, for the stages of another run of the same
   * repository, limits and day ({@code context}): they report and count through it.
   */
  Snapshot in(WorkflowContext next) {
    Snapshot whole = whole();
    ProgrammeGraph linked;
    synchronized (whole) {
      linked = whole.graph;
    }
    return new Snapshot(next, root, checksConfig, validation, null, linked, templateProblems);
  }

  /**
   * The problems the file {@code path} (relative to the repository, with '/') would have if it held
   * {@code text}, and nothing is written: the text is read as the loader reads a file and checked
   * against the rest of this snapshot, alone where {@link #afterEditOf} would check it alone, else
   * with all the others (a new file, or one that could not be read before).
   */
  public List<Diagnostic> check(String path, String text) {
    LoadResult file = new ContentLoader(root, context.limits()).loadText(path, text);
    if (!file.problems().isEmpty() || file.entities().size() != 1) {
      return file.problems();
    }
    Validation after =
        validation
            .afterEditOf(path, file)
            .map(IncrementalValidation::validation)
            .orElseGet(
                () -> {
                  LoadResult now = validation.loaded();
                  List<Entity> entities = new ArrayList<>(now.entities());
                  entities.removeIf(e -> e.path().equals(path));
                  entities.add(file.entities().get(0));
                  List<Diagnostic> others =
                      now.problems().stream().filter(d -> !d.at().path().equals(path)).toList();
                  LoadResult next =
                      new LoadResult(
                          List.copyOf(entities), others, now.filesRead(), now.totalBytes());
                  return Snapshot.of(context, root, next).validation();
                });
    return after.diagnostics().sorted().stream().filter(d -> d.at().path().equals(path)).toList();
  }

  /**
   * This snapshot as {@code audience} may see it: the same content and diagnostics, with the
   * catalogue and graph of what the audience sees. The preview's audience sees it all.
   */
  public Snapshot seenBy(Audience audience) {
    if (audience() == audience) {
      return this;
    }
    Snapshot whole = whole();
    if (audience == Audience.PREVIEW) {
      return whole;
    }
    AudienceView seen =
        context.timed("audience", () -> AudienceView.of(whole.catalogue(), audience));
    return new Snapshot(
        context, root, checksConfig, validation, change, null, templateProblems, seen);
  }

  /** Who this snapshot is for: {@link Audience#PREVIEW} when it holds all the content. */
  public Audience audience() {
    return view == null ? Audience.PREVIEW : view.audience();
  }

  /** The view of the audience this snapshot is seen by, with what it leaves out. */
  public AudienceView view() {
    return view != null ? view : AudienceView.of(catalogue(), Audience.PREVIEW);
  }

  /** All of the content, whoever this snapshot is seen by. */
  private Snapshot whole() {
    return view == null
        ? this
        : new Snapshot(context, root, checksConfig, validation, change, null, templateProblems);
  }

  /**
   * The content and every problem found in it and in the repository's templates; for a snapshot
   * seen by an audience, the problems of all the content with the catalogue of what it sees.
   */
  public synchronized Validation validation() {
    Validation content = validation.validation();
    if (view != null) {
      Validation whole = whole().validation();
      return new Validation(view.catalogue(), whole.diagnostics(), whole.filesRead());
    }
    if (templateProblems.isEmpty()) {
      return content;
    }
    if (merged == null || merged.catalogue() != content.catalogue()) {
      Diagnostics all = new Diagnostics();
      all.addAll(content.diagnostics().sorted());
      all.addAll(templateProblems);
      merged = new Validation(content.catalogue(), all, content.filesRead());
    }
    return merged;
  }

  public Catalogue catalogue() {
    return view != null ? view.catalogue() : validation.validation().catalogue();
  }

  public boolean hasErrors() {
    return validation().diagnostics().hasErrors();
  }

  /** The graph of every reference, linked the first time it is asked for. */
  public synchronized ProgrammeGraph graph() {
    if (graph == null) {
      graph = context.timed("link", () -> GraphBuilder.build(catalogue()));
    }
    return graph;
  }

  /** What the edit that made this snapshot changed; empty for a snapshot loaded whole. */
  public Optional<FileChange> change() {
    return Optional.ofNullable(change);
  }

  /** The entity read from the file {@code path}, if it holds one. */
  public Optional<Entity> entityAt(String path) {
    return find(catalogue(), path);
  }

  private static Optional<Entity> find(Catalogue catalogue, String path) {
    for (Entity e : catalogue.all()) {
      if (e.path().equals(path)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  public WorkflowContext context() {
    return context;
  }

  /** The repository the content was read from. */
  public Path repo() {
    return root;
  }

  private static long since(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
