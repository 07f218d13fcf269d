package scot.pmo.publish;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import scot.pmo.author.ColumnMapping;
import scot.pmo.author.RowPlan;
import scot.pmo.author.RowProblem;
import scot.pmo.diff.ProgrammeDiff;
import scot.pmo.diff.ProgrammeDiff.EntityChange;
import scot.pmo.load.sheet.Sheet;
import scot.pmo.publish.diff.DiffSentences;

/**
 * What {@code pmo import} did, for a terminal: the columns and the fields they fill, the rows'
 * problems at their cells, the files a dry run would write, and the changes in the sentences of
 * {@code pmo diff}, with counts of rows added, changed, unchanged and not imported.
 */
public final class ImportReport {

  /** The most entities added that are listed one by one. */
  private static final int MAX_LINES = 100;

  private ImportReport() {}

  /** Prints the mapping, the problems and the changes; with {@code files}, each file's text. */
  public static void write(
      Sheet sheet,
      ColumnMapping mapping,
      List<RowPlan> rows,
      ProgrammeDiff diff,
      boolean files,
      PrintWriter out) {
    mapping(sheet, mapping, out);
    problems(sheet, rows, out);
    if (files) {
      for (RowPlan row : rows) {
        if (row.changes()) {
          out.println();
          out.println("--- " + row.path() + (row.existing().isPresent() ? " (updated)" : " (new)"));
          out.print(row.text().endsWith("\n") ? row.text() : row.text() + "\n");
        }
      }
    }
    changes(diff, out);
    out.println(counts(rows));
    out.flush();
  }

  private static void mapping(Sheet sheet, ColumnMapping mapping, PrintWriter out) {
    out.println(
        "Columns of "
            + sheet.file()
            + (sheet.csv() ? "" : ", sheet " + sheet.sheet())
            + " (headers on "
            + (sheet.csv() ? "line " : "row ")
            + sheet.headerRow()
            + "):");
    for (ColumnMapping.Column c : mapping.columns()) {
      out.println(
          "  \""
              + c.header()
              + "\" → "
              + c.field().name()
              + (c.field().list() ? "[]" : "")
              + (c.given() ? " (--map)" : ""));
    }
    for (String header : mapping.unmapped()) {
      out.println(
          "  \"" + header + "\" → not imported (--map \"" + header + "=FIELD\" to import it)");
    }
  }

  private static void problems(Sheet sheet, List<RowPlan> rows, PrintWriter out) {
    List<RowProblem> all =
        rows.stream()
            .flatMap(r -> r.problems().stream())
            .sorted(Comparator.comparingInt(RowProblem::row).thenComparingInt(RowProblem::column))
            .toList();
    if (all.isEmpty()) {
      return;
    }
    out.println();
    for (RowProblem p : all) {
      String where = p.column() < 0 ? sheet.where(p.row()) : sheet.where(p.row(), p.column());
      out.println(
          where + ": " + (p.error() ? "error" : "warning") + "[" + p.code() + "]: " + p.message());
      if (!p.hint().isBlank()) {
        out.println("  " + p.hint().strip());
      }
    }
  }

  private static void changes(ProgrammeDiff diff, PrintWriter out) {
    if (diff.added().isEmpty()
        && diff.changed().isEmpty()
        && diff.raid().isEmpty()
        && diff.roles().isEmpty()) {
      out.println();
      return;
    }
    out.println();
    List<String> lines = new ArrayList<>();
    diff.added()
        .forEach(
            r ->
                lines.add(
                    "+ " + r.kind() + " " + r.id() + ": " + r.title() + " (" + r.path() + ")"));
    diff.raid()
        .forEach(
            r ->
                lines.add(
                    (r.event().equals("opened") ? "+ " : "~ ")
                        + DiffSentences.raid(r)
                        + " ("
                        + r.record().path()
                        + ")"));
    // A register of thousands is imported once; a screenful of what it adds says enough.
    lines.stream().limit(MAX_LINES).forEach(out::println);
    if (lines.size() > MAX_LINES) {
      out.println(String.format(Locale.UK, "… and %,d more", lines.size() - MAX_LINES));
    }
    for (EntityChange c : diff.changed()) {
      out.println(
          "~ Changed: "
              + c.entity().kind()
              + " "
              + c.entity().id()
              + ": "
              + c.entity().title()
              + " ("
              + c.entity().path()
              + ")");
      c.changes().forEach(f -> out.println("      " + DiffSentences.change(f)));
    }
    diff.roles().forEach(r -> out.println("~ " + DiffSentences.role(r)));
    out.println();
  }

  /** "2 rows added, 1 changed, 5 unchanged, 1 not imported". */
  static String counts(List<RowPlan> rows) {
    long refused = rows.stream().filter(RowPlan::refused).count();
    long added = rows.stream().filter(r -> r.changes() && r.existing().isEmpty()).count();
    long changed = rows.stream().filter(r -> r.changes() && r.existing().isPresent()).count();
    long unchanged = rows.size() - refused - added - changed;
    return rows.size()
        + (rows.size() == 1 ? " row: " : " rows: ")
        + added
        + " added, "
        + changed
        + " changed, "
        + unchanged
        + " unchanged, "
        + refused
        + " not imported";
  }
}
