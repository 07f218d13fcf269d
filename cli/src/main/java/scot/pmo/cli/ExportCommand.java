package scot.pmo.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import scot.pmo.model.Kind;
import scot.pmo.publish.OutputFolderException;
import scot.pmo.publish.export.CsvWriter;
import scot.pmo.publish.export.ExportTable;
import scot.pmo.publish.export.JsonExport;
import scot.pmo.publish.export.XlsxExport;
import scot.pmo.workflow.ExportWorkflow;
import scot.pmo.workflow.Snapshot;
import scot.pmo.workflow.WorkflowContext;

/** {@code pmo export}: entities as CSV or JSON for spreadsheet users. */
@Command(
    name = "export",
    description = "Export entities for spreadsheets: one row per entity, relations as names.",
    footer = {
      "%nExamples:",
      "  pmo export project --out projects.csv",
      "  pmo export --format json > programme.json",
      "  pmo export --format xlsx --out programme.xlsx     one sheet per kind"
    })
final class ExportCommand implements Callable<Integer> {

  /** The forms of an export. */
  enum Format {
    csv,
    json,
    xlsx
  }

  @Spec CommandSpec spec;
  @ParentCommand PmoCommand root;
  @Mixin ContentOptions content;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "KIND",
      description = "Only this kind.",
      converter = KindConverter.class)
  Kind kind;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "csv",
      description =
          "csv, json or xlsx (one sheet per kind; needs --out) (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "FILE",
      description = "Write to this file instead of standard output.")
  Path out;

  @Override
  public Integer call() throws IOException {
    Optional<Kind> only = Optional.ofNullable(kind);
    WorkflowContext context = content.context();
    Snapshot snapshot = Snapshot.load(context);
    if (ContentErrors.stop(snapshot.validation(), context.repo(), spec.commandLine().getErr())) {
      return ExitCodes.CONTENT;
    }
    ExportWorkflow export = new ExportWorkflow(snapshot);
    if (format == Format.xlsx) {
      if (out == null) {
        throw new ParameterException(
            spec.commandLine(),
            "--format xlsx writes a workbook: give the file with --out, e.g. --out programme.xlsx");
      }
      List<ExportTable> sheets = export.tables(only);
      ByteArrayOutputStream book = new ByteArrayOutputStream();
      XlsxExport.write(sheets, "Programme export", book);
      write(export, book.toByteArray());
      root.info("pmo: wrote " + sheets.size() + " sheet(s) to " + out);
      return ExitCodes.OK;
    }
    ExportTable table = only.isPresent() ? export.tables(only).get(0) : export.all();
    if (out == null) {
      write(table, spec.commandLine().getOut());
    } else {
      // Written whole or not at all, and never into content/ or templates/.
      StringWriter text = new StringWriter();
      write(table, new PrintWriter(text));
      write(export, text.toString().getBytes(StandardCharsets.UTF_8));
      root.info("pmo: wrote " + table.rows().size() + " rows to " + out);
    }
    return ExitCodes.OK;
  }

  /** Writes {@code --out} whole or not at all, and never into content/ or templates/. */
  private void write(ExportWorkflow export, byte[] bytes) {
    try {
      export.write(out, bytes);
    } catch (OutputFolderException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private void write(ExportTable table, PrintWriter writer) {
    switch (format) {
      case json -> JsonExport.write(table, writer);
      default -> CsvWriter.write(table, writer);
    }
  }
}
