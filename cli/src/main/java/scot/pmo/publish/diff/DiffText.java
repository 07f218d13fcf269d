package scot.pmo.publish.diff;

import java.util.List;
import scot.pmo.diff.ProgrammeDiff;
import scot.pmo.diff.ProgrammeDiff.EntityChange;
import scot.pmo.diff.ProgrammeDiff.EntityRef;
import scot.pmo.diff.ProgrammeDiff.FieldChange;
import scot.pmo.diff.ProgrammeDiff.Rename;
import scot.pmo.model.Diagnostic;

/** A programme diff for a terminal: the headline, then one section per kind of change. */
final class DiffText {

  private DiffText() {}

  static String render(ProgrammeDiff diff) {
    StringBuilder out = new StringBuilder();
    out.append(DiffSentences.headline(diff)).append('\n');
    out.append("from ")
        .append(DiffSentences.describe(diff.from()))
        .append(" to ")
        .append(DiffSentences.describe(diff.to()))
        .append('\n');
    section(out, "Added", diff.added(), r -> "+ " + entity(r));
    section(out, "Removed", diff.removed(), r -> "- " + entity(r));
    if (!diff.renamed().isEmpty()) {
      out.append("\nRenamed\n");
      for (Rename r : diff.renamed()) {
        out.append("  > ").append(r.after().kind()).append(' ');
        out.append(
            r.before().id().equals(r.after().id())
                ? r.after().id()
                : r.before().id() + " → " + r.after().id());
        out.append(": ").append(r.after().title()).append('\n');
        out.append("      ")
            .append(r.before().path())
            .append(" → ")
            .append(r.after().path())
            .append('\n');
        if (!r.referencesUpdated().isEmpty()) {
          out.append("      references updated in ")
              .append(
                  String.join(", ", r.referencesUpdated().stream().map(EntityRef::title).toList()))
              .append('\n');
        }
        changes(out, r.changes());
      }
    }
    if (!diff.changed().isEmpty()) {
      out.append("\nChanged\n");
      for (EntityChange c : diff.changed()) {
        out.append("  ~ ").append(entity(c.entity())).append('\n');
        changes(out, c.changes());
      }
    }
    section(out, "People and roles", diff.roles(), r -> "~ " + DiffSentences.role(r));
    section(
        out,
        "Interdependencies, risks and issues",
        diff.raid(),
        r ->
            (r.event().equals("opened") ? "+ " : r.event().equals("removed") ? "- " : "~ ")
                + DiffSentences.raid(r));
    section(out, "Problems introduced", diff.introduced(), DiffText::problem);
    section(out, "Problems fixed", diff.fixed(), DiffText::problem);
    List<String> notes = DiffSentences.notes(diff);
    if (!notes.isEmpty()) {
      out.append('\n');
      notes.forEach(n -> out.append("note: ").append(n).append('\n'));
    }
    return out.toString();
  }

  private static <T> void section(
      StringBuilder out, String title, List<T> items, java.util.function.Function<T, String> line) {
    if (items.isEmpty()) {
      return;
    }
    out.append('\n').append(title).append('\n');
    items.forEach(i -> out.append("  ").append(line.apply(i)).append('\n'));
  }

  private static void changes(StringBuilder out, List<FieldChange> changes) {
    changes.forEach(c -> out.append("      ").append(DiffSentences.change(c)).append('\n'));
  }

  private static String entity(EntityRef r) {
    return r.kind() + " " + r.id() + ": " + r.title() + " (" + r.path() + ")";
  }

  private static String problem(Diagnostic d) {
    return d.at() + ": " + d.severity().label() + "[" + d.code() + "]: " + d.message();
  }
}
