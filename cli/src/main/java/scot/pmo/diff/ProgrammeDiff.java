package scot.pmo.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import scot.pmo.git.Revision;
import scot.pmo.model.Diagnostic;

/**
 * What a change does to the programme, from one revision to another: every list is in a stable
 * order, so that the same two revisions always give the same diff.
 *
 * @param from the revision compared from
 * @param to the revision compared to: a commit, or the working tree
 * @param added entities that are new, other than interdependency records
 * @param removed entities that are gone, other than interdependency records
 * @param renamed entities with a new id or file
 * @param changed entities whose fields or text changed, beyond what the other lists say
 * @param roles people and organisations joining or leaving roles in projects
 * @param raid interdependencies, risks and issues opened, escalated, resolved, closed or removed
 * @param introduced problems found in {@code to} but not in {@code from}
 * @param fixed problems found in {@code from} but not in {@code to}
 * @param notes what the reader should know about the comparison itself
 */
public record ProgrammeDiff(
    Version from,
    Version to,
    List<EntityRef> added,
    List<EntityRef> removed,
    List<Rename> renamed,
    List<EntityChange> changed,
    List<RoleChange> roles,
    List<RaidChange> raid,
    List<Diagnostic> introduced,
    List<Diagnostic> fixed,
    List<String> notes) {

  /**
   * One side of the comparison.
   *
   * @param revision the commit; empty for the working tree
   */
  public record Version(Optional<Revision> revision) {

    public static Version workingTree() {
      return new Version(Optional.empty());
    }

    /** The name it was given ({@code HEAD~1}), unless that was the commit id itself. */
    public Optional<String> givenName() {
      return revision.filter(r -> !r.name().equals(r.commit())
          && !r.name().equals(r.shortCommit())).map(Revision::name);
    }

    /** The commit date written out ("8 February 2024"); "" for the working tree. */
    public String date() {
      return revision.map(r -> Dates.display(r.date())).orElse("");
    }

    /** "1a2b3c4 (HEAD~1, 8 February 2024)", or "the working tree". */
    public String describe() {
      return revision.map(r -> r.shortCommit() + " ("
          + givenName().map(n -> n + ", ").orElse("") + date() + ")")
          .orElse("the working tree");
    }
  }

  /**
   * An entity as a line of the diff names it.
   *
   * @param kind its kind label
   * @param id its id
   * @param title its title
   * @param path its file
   */
  public record EntityRef(String kind, String id, String title, String path) {}

  /**
   * An entity with a new id, a new file, or both.
   *
   * @param before the entity as it was
   * @param after the entity as it is
   * @param similarity how alike the two are, 0 to 100
   * @param referencesUpdated the entities whose references to it were updated
   * @param changes what else changed in it
   */
  public record Rename(EntityRef before, EntityRef after, int similarity,
      List<EntityRef> referencesUpdated, List<FieldChange> changes) {}

  /** An entity and the changes made to it. */
  public record EntityChange(EntityRef entity, List<FieldChange> changes) {}

  /**
   * One change to one field.
   *
   * @param field the field's name ({@code date}, {@code case_studies}), or {@code text} for the
   *     Markdown body
   * @param change {@code set}, {@code removed}, {@code changed}, {@code items} or {@code text}
   * @param before the old value as people read it (names for ids, dates written out); "" if none
   * @param after the new value as people read it; "" if none
   * @param added list items added, as people read them
   * @param removed list items removed, as people read them
   * @param description the whole change in one sentence
   */
  public record FieldChange(String field, String change, String before, String after,
      List<String> added, List<String> removed, String description) {}

  /**
   * A change in who holds a role in a project.
   *
   * @param project the project
   * @param role the role's id
   * @param roleTitle the role's title
   * @param before who held it, by name
   * @param after who holds it now, by name
   * @param description the change in one sentence
   */
  public record RoleChange(EntityRef project, String role, String roleTitle, List<String> before,
      List<String> after, String description) {}

  /**
   * An event in the life of an interdependency, risk or issue.
   *
   * @param record the record
   * @param type interdependency, risk or issue
   * @param event {@code opened}, {@code escalated}, {@code de-escalated}, {@code resolved},
   *     {@code closed}, {@code reopened} or {@code removed}
   * @param before the status before; "" for a new record
   * @param after the status after; "" for a removed record
   * @param description the event in one sentence
   */
  public record RaidChange(EntityRef record, String type, String event, String before,
      String after, String description) {}

  /** Whether the two revisions hold the same programme with the same problems. */
  public boolean isEmpty() {
    return added.isEmpty() && removed.isEmpty() && renamed.isEmpty() && changed.isEmpty()
        && roles.isEmpty() && raid.isEmpty() && introduced.isEmpty() && fixed.isEmpty();
  }

  /** The counts of the headline, by phrase, in the headline's order; only those above zero. */
  public Map<String, Integer> counts() {
    Map<String, Integer> out = new LinkedHashMap<>();
    put(out, "added", added.size());
    put(out, "removed", removed.size());
    put(out, "renamed", renamed.size());
    put(out, "changed", changed.size());
    put(out, roles.size() == 1 ? "role change" : "role changes", roles.size());
    Map<String, Integer> raidCounts = new LinkedHashMap<>();
    for (RaidChange r : raid) {
      raidCounts.merge(r.type() + "\u0000" + r.event(), 1, Integer::sum);
    }
    raidCounts.forEach((key, n) -> {
      String[] parts = key.split("\u0000");
      out.put(plural(parts[0], n) + " " + parts[1], n);
    });
    put(out, introduced.size() == 1 ? "problem introduced" : "problems introduced",
        introduced.size());
    put(out, fixed.size() == 1 ? "problem fixed" : "problems fixed", fixed.size());
    return out;
  }

  /** "2 added, 1 changed, 1 problem introduced", or "No changes to the programme". */
  public String headline() {
    List<String> parts = new ArrayList<>();
    counts().forEach((phrase, n) -> parts.add(n + " " + phrase));
    return parts.isEmpty() ? "No changes to the programme" : String.join(", ", parts);
  }

  private static void put(Map<String, Integer> out, String phrase, int n) {
    if (n > 0) {
      out.put(phrase, n);
    }
  }

  private static String plural(String type, int n) {
    if (n == 1) {
      return type;
    }
    return type.endsWith("y") ? type.substring(0, type.length() - 1) + "ies" : type + "s";
  }
}
