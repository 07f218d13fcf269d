package scot.pmo.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import scot.pmo.model.Kind;
import scot.pmo.publish.ImportReport;
import scot.pmo.workflow.ImportWorkflow;

/** {@code pmo import FILE --kind KIND}: a register kept in Excel or CSV, as content files. */
@Command(
    name = "import",
    description =
        "Import a register kept in Excel (.xlsx) or CSV: each row becomes a file of the kind"
            + " given, or updates the file an earlier import of it made. Rows that do not"
            + " validate are reported at their cells and not written.",
    footer = {
      "%nExamples:",
      "  pmo import raid-log.xlsx --kind interdependency --dry-run",
      "  pmo import raid-log.xlsx --kind interdependency --sheet Risks \\",
      "      --map \"Risk description=title\" --map \"Related projects=projects[]\"",
      "  pmo import contacts.csv --kind person --key \"Staff number\""
    })
final class ImportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin ContentOptions content;

  @Parameters(index = "0", paramLabel = "FILE", description = "The .xlsx or .csv file.")
  Path file;

  @Option(
      names = "--kind",
      required = true,
      paramLabel = "KIND",
      description = "What each row is, e.g. interdependency, person, meeting.",
      converter = KindConverter.class,
      completionCandidates = KindNames.class)
  Kind kind;

  @Option(
      names = "--map",
      paramLabel = "COLUMN=FIELD",
      description =
          "Which field a column fills (repeatable), overriding the guess; a list field as"
              + " field[], its items split on ';' or ','.")
  Map<String, String> map = new LinkedHashMap<>();

  @Option(
      names = "--sheet",
      paramLabel = "NAME",
      description = "The workbook's sheet; the first if not given.")
  Optional<String> sheet = Optional.empty();

  @Option(
      names = "--key",
      paramLabel = "COLUMN",
      description =
          "The column whose value makes each row's id, so that a later import updates the same"
              + " file; the title makes it otherwise.")
  Optional<String> key = Optional.empty();

  @Option(names = "--dry-run", description = "Show the files it would write, and write nothing.")
  boolean dryRun;

  @Override
  public Integer call() {
    ImportWorkflow.Outcome outcome =
        new ImportWorkflow(content.context())
            .run(new ImportWorkflow.Request(file, kind, map, sheet, key, dryRun));
    PrintWriter out = spec.commandLine().getOut();
    ImportReport.write(
        outcome.sheet(), outcome.mapping(), outcome.rows(), outcome.diff(), dryRun, out);
    long files = outcome.rows().stream().filter(r -> r.changes()).count();
    content.note(
        dryRun
            ? "Dry run: nothing was written."
            : "Wrote " + files + (files == 1 ? " file." : " files."));
    return outcome.refusedAny() ? ExitCodes.CONTENT : ExitCodes.OK;
  }

  /** The kinds' names, for shell completion of --kind. */
  static final class KindNames extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    KindNames() {
      for (Kind k : Kind.values()) {
        add(k.label());
      }
    }
  }
}
