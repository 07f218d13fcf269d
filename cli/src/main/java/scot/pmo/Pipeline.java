package scot.pmo;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import scot.pmo.link.GraphBuilder;
import scot.pmo.link.ProgrammeGraph;
import scot.pmo.load.ContentLoader;
import scot.pmo.load.LoadLimits;
import scot.pmo.model.Entity;
import scot.pmo.model.Kind;
import scot.pmo.publish.AtomicFolderPublisher;
import scot.pmo.publish.export.ExportTable;
import scot.pmo.render.markdown.MarkdownRenderer;
import scot.pmo.render.site.SiteBuilder;
import scot.pmo.render.site.SiteOptions;
import scot.pmo.render.template.Templates;
import scot.pmo.validate.ContentValidator;
import scot.pmo.validate.Schemas;
import scot.pmo.validate.Validation;

/** The named runs of the tool, each a composition of the pipeline's stages. */
public final class Pipeline {

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
    ProgrammeGraph graph = link(validation);
    AtomicFolderPublisher publisher = new AtomicFolderPublisher(out,
        List.of(repo.resolve(ContentLoader.CONTENT), repo.resolve(Templates.FOLDER)));
    SiteBuilder builder = new SiteBuilder(repo, new Templates(repo), new MarkdownRenderer());
    int[] pages = new int[1];
    publisher.publish(staging -> pages[0] =
        builder.build(validation.catalogue(), graph, options, staging));
    return pages[0];
  }

  public Path repo() {
    return repo;
  }
}
