package scot.pmo.workflow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import scot.pmo.author.ColumnMapping;
import scot.pmo.author.RegisterImport;
import scot.pmo.author.RowPlan;
import scot.pmo.author.RowProblem;
import scot.pmo.diff.ProgrammeDiff;
import scot.pmo.diff.ProgrammeDiffer;
import scot.pmo.load.ContentLoader;
import scot.pmo.load.LoadResult;
import scot.pmo.load.sheet.Sheet;
import scot.pmo.load.sheet.SheetLimits;
import scot.pmo.load.sheet.SheetReader;
import scot.pmo.model.Diagnostic;
import scot.pmo.model.Entity;
import scot.pmo.model.HintedException;
import scot.pmo.model.HintedException.Category;
import scot.pmo.model.Kind;
import scot.pmo.model.Severity;

/**
 * The workflow of {@code pmo import}: a register read from a spreadsheet, its columns mapped to a
 * kind's fields, each row made into a file's text, every file checked with the rest of the content
 * as {@code pmo validate} checks it, and the files of the rows that validate written (unless a dry
 * run), with what the import changes as {@code pmo diff} says it.
 */
public final class ImportWorkflow {

  /**
   * What to import.
   *
   * @param file the .xlsx or .csv file
   * @param kind the kind each row becomes
   * @param map header to field, overriding the guesses
   * @param sheet the workbook's sheet; the first if empty
   * @param key the header of the column whose value makes each row's id
   * @param dryRun whether to write nothing
   */
  public record Request(
      Path file,
      Kind kind,
      Map<String, String> map,
      Optional<String> sheet,
      Optional<String> key,
      boolean dryRun) {}

  /**
   * What the import found and did.
   *
   * @param sheet the table read
   * @param mapping which column filled which field
   * @param rows each row's plan, with its problems
   * @param diff what the rows that validate change in the programme
   * @param written whether their files were written
   */
  public record Outcome(
      Sheet sheet, ColumnMapping mapping, List<RowPlan> rows, ProgrammeDiff diff, boolean written) {

    /** Whether a row was kept out. */
    public boolean refusedAny() {
      return rows.stream().anyMatch(RowPlan::refused);
    }
  }

  private final WorkflowContext context;

  public ImportWorkflow(WorkflowContext context) {
    this.context = context;
  }

  public Outcome run(Request request) {
    Sheet sheet =
        context.timed(
            "read " + request.file().getFileName(),
            () -> new SheetReader(SheetLimits.DEFAULT).read(request.file(), request.sheet()));
    Snapshot before = Snapshot.load(context);
    RegisterImport register =
        new RegisterImport(context.repo(), context.schemas(), before.catalogue(), request.kind());
    ColumnMapping mapping = register.mapping(sheet, request.map());
    String title = request.kind().titleField();
    if (mapping.column(title).isEmpty()
        && mapping.column(RegisterImport.ID).isEmpty()
        && request.key().isEmpty()) {
      throw new HintedException(
          Category.USAGE,
          "no column of the sheet fills "
              + title
              + ", from which each row's id is made, nor is there an id column",
          "name the column with --map \"Header=" + title + "\"");
    }
    List<RowPlan> rows = register.plan(sheet, mapping, request.key());
    Checked checked = context.timed("check the rows", () -> check(before, rows));
    ProgrammeDiff diff =
        context.timed(
            "compare",
            () ->
                ProgrammeDiffer.compare(
                    side(before),
                    side(checked.after()),
                    List.of(),
                    context.config().dates().format()));
    boolean write = !request.dryRun();
    if (write) {
      checked.rows().stream().filter(RowPlan::changes).forEach(register::write);
    }
    return new Outcome(sheet, mapping, checked.rows(), diff, write);
  }

  private ProgrammeDiffer.Side side(Snapshot snapshot) {
    return new ProgrammeDiffer.Side(
        new ProgrammeDiff.Version(Optional.empty(), context.config().dates().format()),
        snapshot.validation(),
        snapshot.graph());
  }

  private record Checked(List<RowPlan> rows, Snapshot after) {}

  /**
   * Checks every row's file with the rest of the content, and gives each row the problems found in
   * it (those already in a file it edits are not its own), at the cell that caused them.
   */
  private Checked check(Snapshot before, List<RowPlan> plans) {
    ContentLoader loader = new ContentLoader(context.repo(), context.limits());
    Map<String, Set<String>> known = new HashMap<>();
    for (Diagnostic d : before.validation().diagnostics().sorted()) {
      known.computeIfAbsent(d.at().path(), p -> new HashSet<>()).add(d.code() + d.message());
    }
    List<RowPlan> rows = new ArrayList<>(plans);
    Snapshot after = before;
    // Rows dropped for their problems may leave others failing a check across files, so the rest
    // are checked again until none is dropped; each round drops at least one row, so it ends.
    for (int round = 0; ; round++) {
      Map<String, Entity> parsed = new LinkedHashMap<>();
      Map<String, Integer> byPath = new HashMap<>();
      for (int i = 0; i < rows.size(); i++) {
        RowPlan row = rows.get(i);
        if (!row.changes()) {
          continue;
        }
        LoadResult read = loader.loadText(row.path(), row.text());
        if (!read.problems().isEmpty() || read.entities().isEmpty()) {
          rows.set(i, row.with(problems(row, null, read.problems(), Set.of())));
          continue;
        }
        parsed.put(row.path(), read.entities().get(0));
        byPath.put(row.path(), i);
      }
      List<Entity> entities = new ArrayList<>();
      for (Entity e : before.catalogue().all()) {
        if (!parsed.containsKey(e.path())) {
          entities.add(e);
        }
      }
      entities.addAll(parsed.values());
      after =
          Snapshot.of(
              context, context.repo(), new LoadResult(List.copyOf(entities), List.of(), 0, 0));
      Map<String, List<Diagnostic>> found = new HashMap<>();
      for (Diagnostic d : after.validation().diagnostics().sorted()) {
        if (byPath.containsKey(d.at().path())) {
          found.computeIfAbsent(d.at().path(), p -> new ArrayList<>()).add(d);
        }
      }
      boolean dropped = false;
      for (Map.Entry<String, List<Diagnostic>> e : found.entrySet()) {
        int i = byPath.get(e.getKey());
        RowPlan row = rows.get(i);
        List<RowProblem> more =
            problems(
                row,
                parsed.get(e.getKey()),
                e.getValue(),
                known.getOrDefault(e.getKey(), Set.of()));
        // A warning is said once, in the first round.
        more = round == 0 ? more : more.stream().filter(RowProblem::error).toList();
        RowPlan next = row.with(more);
        dropped |= next.refused();
        rows.set(i, next);
      }
      if (!dropped) {
        return new Checked(List.copyOf(rows), after);
      }
    }
  }

  /** The diagnostics of a row's file as the row's problems, at the column of the field. */
  private static List<RowProblem> problems(
      RowPlan row, Entity parsed, List<Diagnostic> diagnostics, Set<String> known) {
    List<RowProblem> out = new ArrayList<>();
    for (Diagnostic d : diagnostics) {
      if (known.contains(d.code() + d.message()) || d.severity() == Severity.NOTE) {
        continue;
      }
      int column = parsed == null ? -1 : row.columnAt(parsed, d.at().line(), d.message());
      out.add(
          new RowProblem(
              row.row(),
              column,
              d.severity() == Severity.ERROR,
              d.code(),
              d.message(),
              d.hint() == null ? "" : d.hint()));
    }
    return out;
  }
}
