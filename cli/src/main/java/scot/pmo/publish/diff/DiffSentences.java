package scot.pmo.publish.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import scot.pmo.diff.ProgrammeDiff;
import scot.pmo.diff.ProgrammeDiff.EntityRef;
import scot.pmo.diff.ProgrammeDiff.FieldChange;
import scot.pmo.diff.ProgrammeDiff.RaidChange;
import scot.pmo.diff.ProgrammeDiff.RoleChange;
import scot.pmo.diff.ProgrammeDiff.Unreadable;
import scot.pmo.model.Kind;
import scot.pmo.model.Words;

/** The sentences every printer of a diff says: its headline, and each change in one sentence. */
public final class DiffSentences {

  private DiffSentences() {}

  /** "2 added, 1 changed, 1 problem introduced", or "No changes to the programme". */
  public static String headline(ProgrammeDiff diff) {
    List<String> parts = new ArrayList<>();
    counts(diff).forEach((phrase, n) -> parts.add(n + " " + phrase));
    return parts.isEmpty() ? "No changes to the programme" : String.join(", ", parts);
  }

  /** The counts of the headline, by phrase, in the headline's order; only those above zero. */
  private static Map<String, Integer> counts(ProgrammeDiff diff) {
    Map<String, Integer> out = new LinkedHashMap<>();
    put(out, "added", diff.added().size());
    put(out, "removed", diff.removed().size());
    put(out, "renamed", diff.renamed().size());
    put(out, "changed", diff.changed().size());
    put(out, diff.roles().size() == 1 ? "role change" : "role changes", diff.roles().size());
    Map<String, Integer> raidCounts = new LinkedHashMap<>();
    for (RaidChange r : diff.raid()) {
      raidCounts.merge(r.type() + "\u0000" + r.event(), 1, Integer::sum);
    }
    raidCounts.forEach(
        (key, n) -> {
          String[] parts = key.split("\u0000");
          out.put(plural(parts[0], n) + " " + parts[1], n);
        });
    put(
        out,
        diff.introduced().size() == 1 ? "problem introduced" : "problems introduced",
        diff.introduced().size());
    put(out, diff.fixed().size() == 1 ? "problem fixed" : "problems fixed", diff.fixed().size());
    return out;
  }

  private static void put(Map<String, Integer> out, String phrase, int n) {
    if (n > 0) {
      out.put(phrase, n);
    }
  }

  /** A RAID record's type, as many of them: "risks", "interdependencies". */
  private static String plural(String type, int n) {
    if (n == 1) {
      return type;
    }
    return type.endsWith("y") ? type.substring(0, type.length() - 1) + "ies" : type + "s";
  }

  /** "1a2b3c4 (HEAD~1, 8 February 2024)", or "the working tree". */
  public static String describe(ProgrammeDiff.Version version) {
    return version
        .revision()
        .map(
            r ->
                r.shortCommit()
                    + " ("
                    + version.givenName().map(n -> n + ", ").orElse("")
                    + version.date()
                    + ")")
        .orElse("the working tree");
  }

  /**
   * One change to a field, as "date removed (was 18 January 2024)", "themes: added
   * place-based-working" or "moved from 18 January 2024 to 25 January 2024".
   */
  public static String change(FieldChange c) {
    String label = c.field().replace('_', ' ');
    return switch (c.change()) {
      case SET -> label + " set to " + c.after();
      case REMOVED -> label + " removed (was " + c.before() + ")";
      case CHANGED -> label + ": " + c.before() + " → " + c.after();
      case MOVED -> "moved from " + c.before() + " to " + c.after();
      case TEXT -> label + ": text changed";
      case ITEMS -> label + ": " + items(c);
      case REORDERED -> label + ": order changed";
      case BODY -> "text changed (" + c.lines() + (c.lines() == 1 ? " line)" : " lines)");
      case TEAM -> label + ": order or notes changed";
    };
  }

  private static String items(FieldChange c) {
    List<String> parts = new ArrayList<>();
    if (!c.added().isEmpty()) {
      parts.add("added " + String.join(", ", c.added()));
    }
    if (!c.removed().isEmpty()) {
      parts.add("removed " + String.join(", ", c.removed()));
    }
    return parts.isEmpty() ? "changed" : String.join("; ", parts);
  }

  /**
   * "Project Director of Community Hubs: Pat Example → Jane Doe", "Pat Example joined Project Alpha
   * as Sponsor", or "Sam Sample left the role of Sponsor of Project Alpha".
   */
  public static String role(RoleChange r) {
    String project = r.project().title();
    String where = r.roleTitle() + " of " + project;
    if (!r.before().isEmpty() && !r.after().isEmpty()) {
      return where + ": " + String.join(", ", r.before()) + " → " + String.join(", ", r.after());
    }
    if (r.before().isEmpty()) {
      return and(r.after()) + " joined " + project + " as " + r.roleTitle();
    }
    return and(r.before())
        + (r.before().size() == 1 ? " left the role of " : " left the roles of ")
        + where;
  }

  private static String and(List<String> names) {
    if (names.size() <= 1) {
      return String.join("", names);
    }
    return String.join(", ", names.subList(0, names.size() - 1))
        + " and "
        + names.get(names.size() - 1);
  }

  /**
   * "Interdependency escalated: Alpha needs data (Project Alpha depends on Demo Agency; escalated
   * to Demo Working Group on 1 March 2024)", "Risk opened: Funding may lapse (Project Alpha;
   * escalated)".
   */
  public static String raid(RaidChange r) {
    String type = Words.capitalise(r.type());
    String title = r.record().title();
    return switch (r.event()) {
      case "removed" -> type + " removed: " + title + " (" + relation(r) + ")";
      case "opened" ->
          type
              + " opened: "
              + title
              + " ("
              + relation(r)
              + (r.after().equals("open") ? "" : "; " + r.after())
              + statusDetail(r)
              + ")";
      default -> type + " " + r.event() + ": " + title + " (" + relation(r) + statusDetail(r) + ")";
    };
  }

  /** "Project Beta depends on Project Alpha", or for a risk or issue, its project's name. */
  private static String relation(RaidChange r) {
    String project = r.project().orElse("no project");
    if (r.with().isEmpty() || !r.type().equals("interdependency")) {
      return project;
    }
    return r.relation().equals("depended-on-by")
        ? r.with().get() + " depends on " + project
        : project + " depends on " + r.with().get();
  }

  /** "; escalated to the Programme Board on 1 March 2024", where recorded. */
  private static String statusDetail(RaidChange r) {
    String status = r.after();
    StringBuilder out = new StringBuilder();
    if (status.equals("escalated")) {
      if (r.escalatedTo().isPresent() || r.escalatedOn().isPresent()) {
        out.append("; escalated");
        r.escalatedTo().ifPresent(t -> out.append(" to ").append(t));
        r.escalatedOn().ifPresent(d -> out.append(" on ").append(d));
      }
    } else if (status.equals("resolved") || status.equals("closed")) {
      r.resolvedOn().ifPresent(d -> out.append("; ").append(status).append(" on ").append(d));
    }
    return out.toString();
  }

  /** The notes the comparison was given, then one for each file a side could not read. */
  public static List<String> notes(ProgrammeDiff diff) {
    List<String> out = new ArrayList<>(diff.notes());
    for (Unreadable u : diff.unreadable()) {
      out.add(
          u.inFrom()
              ? u.path()
                  + " could not be read in "
                  + describe(diff.from())
                  + ", so its changes are not shown"
              : u.path()
                  + " cannot be read in "
                  + describe(diff.to())
                  + ", so its changes are not shown");
    }
    return out;
  }

  /**
   * An entity's kind as a sentence starts with it: "Case study". A reference's kind is always a
   * kind's label, or empty for an entity the diff could not find.
   */
  static String kind(EntityRef r) {
    return Words.capitalise(Kind.byName(r.kind()).map(Kind::singular).orElse(r.kind()));
  }
}
