package scot.pmo.publish.diff;

import java.util.List;
import scot.pmo.diff.ProgrammeDiff;
import scot.pmo.diff.ProgrammeDiff.EntityChange;
import scot.pmo.diff.ProgrammeDiff.EntityRef;
import scot.pmo.diff.ProgrammeDiff.FieldChange;
import scot.pmo.diff.ProgrammeDiff.RaidChange;
import scot.pmo.diff.ProgrammeDiff.Rename;
import scot.pmo.diff.ProgrammeDiff.RoleChange;
import scot.pmo.model.Diagnostic;

/**
 * A programme diff as Markdown, to paste as a pull-request comment or append to a CI job summary: a
 * short bold headline, then lists and a table of problems. Text from content is escaped, so that a
 * title cannot add links, images, HTML or mentions to the comment.
 */
final class DiffMarkdown {

  private DiffMarkdown() {}

  static String render(ProgrammeDiff diff) {
    StringBuilder out = new StringBuilder();
    out.append("**").append(escape(DiffSentences.headline(diff))).append("**\n\n");
    out.append("Changes to the programme from ")
        .append(version(diff.from()))
        .append(" to ")
        .append(version(diff.to()))
        .append(".\n");
    if (!diff.added().isEmpty()) {
      heading(out, "Added");
      diff.added().forEach(r -> out.append("- ").append(entity(r)).append('\n'));
    }
    if (!diff.removed().isEmpty()) {
      heading(out, "Removed");
      diff.removed().forEach(r -> out.append("- ").append(entity(r)).append('\n'));
    }
    if (!diff.renamed().isEmpty()) {
      heading(out, "Renamed");
      diff.renamed().forEach(r -> rename(out, r));
    }
    if (!diff.changed().isEmpty()) {
      heading(out, "Changed");
      for (EntityChange c : diff.changed()) {
        out.append("- ").append(entity(c.entity())).append('\n');
        changes(out, c.changes());
      }
    }
    if (!diff.roles().isEmpty()) {
      heading(out, "People and roles");
      for (RoleChange r : diff.roles()) {
        out.append("- ").append(escape(DiffSentences.role(r))).append('\n');
      }
    }
    if (!diff.raid().isEmpty()) {
      heading(out, "Interdependencies, risks and issues");
      for (RaidChange r : diff.raid()) {
        out.append("- ")
            .append(escape(DiffSentences.raid(r)))
            .append(" — ")
            .append(code(r.record().path()))
            .append('\n');
      }
    }
    if (!diff.introduced().isEmpty() || !diff.fixed().isEmpty()) {
      heading(out, "Problems");
      out.append("| change | severity | where | problem |\n");
      out.append("|---|---|---|---|\n");
      diff.introduced().forEach(d -> problem(out, "introduced", d));
      diff.fixed().forEach(d -> problem(out, "fixed", d));
    }
    List<String> notes = DiffSentences.notes(diff);
    if (!notes.isEmpty()) {
      out.append('\n');
      notes.forEach(n -> out.append("> **Note:** ").append(escape(n)).append('\n'));
    }
    return out.toString();
  }

  private static void heading(StringBuilder out, String title) {
    out.append("\n### ").append(title).append("\n\n");
  }

  private static void rename(StringBuilder out, Rename r) {
    out.append("- ")
        .append(DiffSentences.kind(r.after()))
        .append(" **")
        .append(escape(r.after().title()))
        .append("**: ");
    if (!r.before().id().equals(r.after().id())) {
      out.append(code(r.before().id())).append(" → ").append(code(r.after().id())).append(", ");
    }
    out.append(code(r.before().path())).append(" → ").append(code(r.after().path()));
    if (!r.referencesUpdated().isEmpty()) {
      out.append("; references updated in ")
          .append(
              escape(
                  String.join(
                      ", ", r.referencesUpdated().stream().map(EntityRef::title).toList())));
    }
    out.append('\n');
    changes(out, r.changes());
  }

  private static void changes(StringBuilder out, List<FieldChange> changes) {
    changes.forEach(c -> out.append("  - ").append(escape(DiffSentences.change(c))).append('\n'));
  }

  private static void problem(StringBuilder out, String change, Diagnostic d) {
    out.append("| ")
        .append(change)
        .append(" | ")
        .append(d.severity().label())
        .append(" | ")
        .append(cell(code(d.at().toString())))
        .append(" | ")
        .append(code(d.code()))
        .append(": ")
        .append(escape(d.message()))
        .append(" |\n");
  }

  private static String entity(EntityRef r) {
    return DiffSentences.kind(r)
        + " **"
        + escape(r.title())
        + "** ("
        + code(r.id())
        + ") in "
        + code(r.path());
  }

  private static String version(ProgrammeDiff.Version v) {
    return v.revision()
        .map(
            r ->
                code(r.shortCommit())
                    + " ("
                    + v.givenName().map(n -> code(n) + ", ").orElse("")
                    + v.date()
                    + ")")
        .orElse("the working tree");
  }

  /** Text from content, with Markdown's special characters made literal; on one line. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (char c : text.replaceAll("\\s+", " ").toCharArray()) {
      if ("\\`*_[]<>|~!&#@".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  /** A code span inside a table cell, where a pipe would end the cell. */
  private static String cell(String codeSpan) {
    return codeSpan.replace("|", "\\|");
  }

  /** A code span that holds any text, backticks included. */
  static String code(String text) {
    String flat = text.replaceAll("\\s+", " ");
    if (flat.indexOf('`') < 0) {
      return "`" + flat + "`";
    }
    return "`` " + flat + " ``";
  }
}
