package scot.pmo.workflow;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import scot.pmo.model.Entity;
import scot.pmo.model.Kind;
import scot.pmo.publish.AtomicPublisher;
import scot.pmo.publish.OutputFile;
import scot.pmo.publish.export.ExportTable;
import scot.pmo.validate.Schemas;

/** The workflow of {@code pmo export}: a snapshot's entities as tables for spreadsheets. */
public final class ExportWorkflow {

  private final Snapshot snapshot;
  private final Function<Kind, List<String>> fields;

  /** The tables of {@code snapshot}, which should have validated. */
  public ExportWorkflow(Snapshot snapshot) {
    this.snapshot = snapshot;
    Schemas schemas = snapshot.context().schemas();
    this.fields = kind -> Schemas.propertyNames(schemas.document(kind.schemaFile()));
  }

  /** One table per kind, or the one table of {@code kind} when given. */
  public List<ExportTable> tables(Optional<Kind> kind) {
    if (kind.isPresent()) {
      List<Entity> entities = snapshot.catalogue().of(kind.get());
      return List.of(
          ExportTable.of(
              kind.get().folder(), entities, fields.apply(kind.get()), snapshot.catalogue()));
    }
    return ExportTable.perKind(snapshot.catalogue(), fields);
  }

  /** Every entity in one table, with the union of the kinds' fields. */
  public ExportTable all() {
    List<Entity> all = snapshot.catalogue().all();
    return ExportTable.of("entities", all, ExportTable.fieldsOf(all, fields), snapshot.catalogue());
  }

  /**
   * Writes {@code bytes} to {@code file} whole or not at all, and never into content/ or
   * templates/.
   *
   * @throws scot.pmo.publish.OutputFolderException if the file is where generation may not write
   */
  public void write(Path file, byte[] bytes) {
    Path absolute = file.toAbsolutePath().normalize();
    new AtomicPublisher(snapshot.repo(), absolute.getParent())
        .publish(List.of(new OutputFile(absolute.getFileName().toString(), bytes)));
  }
}
