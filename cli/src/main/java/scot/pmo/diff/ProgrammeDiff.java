package scot.pmo.diff;

import java.util.List;
import java.util.Optional;
import scot.pmo.git.Revision;
import scot.pmo.model.DateStyle;
import scot.pmo.model.Diagnostic;

/**
 * What a change does to the programme, from one revision to another: every list is in a stable
 * order, so that the same two revisions always give the same diff. It holds facts (what changed,
 * the old and new values as people read them, kinds, ids, names, dates); the printers in {@code
 * publish.diff} say them in sentences.
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
 * @param notes what the reader should know about the comparison itself, as the caller gave it
 * @param unreadable files whose changes are not shown, since one side could not read them
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
    List<String> notes,
    List<Unreadable> unreadable) {

  /**
   * One side of the comparison.
   *
   * @param revision the commit; empty for the working tree
   * @param dates how its date is written out
   */
  public record Version(Optional<Revision> revision, DateStyle dates) {

    /** A side whose date is written out in the default style. */
    public Version(Optional<Revision> revision) {
      this(revision, DateStyle.DAY_MONTH_YEAR);
    }

    public static Version workingTree() {
      return new Version(Optional.empty());
    }

    /** The name it was given ({@code HEAD~1}), unless that was the commit id itself. */
    public Optional<String> givenName() {
      return revision
          .filter(r -> !r.name().equals(r.commit()) && !r.name().equals(r.shortCommit()))
          .map(Revision::name);
    }

    /** The commit date written out ("8 February 2024"); "" for the working tree. */
    public String date() {
      return revision.map(r -> dates.format(r.date())).orElse("");
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
  public record Rename(
      EntityRef before,
      EntityRef after,
      int similarity,
      List<EntityRef> referencesUpdated,
      List<FieldChange> changes) {}

  /** An entity and the changes made to it. */
  public record EntityChange(EntityRef entity, List<FieldChange> changes) {}

  /**
   * One change to one field.
   *
   * @param field the field's name ({@code date}, {@code case_studies}), or {@code text} for the
   *     Markdown body
   * @param change what sort of change it is
   * @param before the old value as people read it (names for ids, dates written out, a long text's
   *     first words); "" if none
   * @param after the new value as people read it; "" if none
   * @param added list items added, as people read them
   * @param removed list items removed, as people read them
   * @param lines for the body, how many of its lines changed; 0 otherwise
   */
  public record FieldChange(
      String field,
      Change change,
      String before,
      String after,
      List<String> added,
      List<String> removed,
      int lines) {}

  /** What sort of change a {@link FieldChange} is. */
  public enum Change {
    /** A field that was not there: {@code after} is its value. */
    SET("set"),
    /** A field that is gone: {@code before} was its value. */
    REMOVED("removed"),
    /** A value replaced by another (the kind itself, in a field {@code kind}). */
    CHANGED("changed"),
    /** A meeting's date, one text for another. */
    MOVED("changed"),
    /** A long or many-line text replaced by another: before and after are their first words. */
    TEXT("text"),
    /** A list with items added or removed, or, if neither, changed in what people do not read. */
    ITEMS("items"),
    /** A list with the same items in another order. */
    REORDERED("items"),
    /** The Markdown body, by the number of lines changed. */
    BODY("text"),
    /** The team, where nobody joined or left a role: its order or its notes changed. */
    TEAM("changed");

    private final String label;

    Change(String label) {
      this.label = label;
    }

    /** As machines read it: set, removed, changed, items or text. */
    public String label() {
      return label;
    }
  }

  /**
   * A change in who holds a role in a project. One of {@code before} and {@code after} may be
   * empty: someone joined a role nobody held, or everyone left it.
   *
   * @param project the project
   * @param role the role's id
   * @param roleTitle the role's title
   * @param before who held it, by name
   * @param after who holds it now, by name
   */
  public record RoleChange(
      EntityRef project, String role, String roleTitle, List<String> before, List<String> after) {}

  /**
   * An event in the life of an interdependency, risk or issue, with what the record says of its
   * parties and status at that event (for a removed record, as it was).
   *
   * @param record the record
   * @param type interdependency, risk or issue, as the record says
   * @param event {@code opened}, {@code escalated}, {@code de-escalated}, {@code resolved}, {@code
   *     closed}, {@code reopened} or {@code removed}
   * @param before the status before; "" for a new record
   * @param after the status after; "" for a removed record
   * @param project the name of the record's project, if it names one
   * @param with the name of the other party, if it names one
   * @param relation how the record relates the two: {@code depends-on} (the project depends on the
   *     other party, also when the record does not say) or {@code depended-on-by}
   * @param escalatedTo the name of the group it was escalated to, if recorded
   * @param escalatedOn the day it was escalated, written out, if recorded
   * @param resolvedOn the day it was resolved or closed, written out, if recorded
   */
  public record RaidChange(
      EntityRef record,
      String type,
      String event,
      String before,
      String after,
      Optional<String> project,
      Optional<String> with,
      String relation,
      Optional<String> escalatedTo,
      Optional<String> escalatedOn,
      Optional<String> resolvedOn) {}

  /**
   * A content file that one side could not read, so that its changes are not shown.
   *
   * @param path the file
   * @param inFrom whether {@code from} could not read it (it gives an entity in {@code to}); else
   *     {@code to} cannot (it gave one in {@code from})
   */
  public record Unreadable(String path, boolean inFrom) {}

  /** Whether the two revisions hold the same programme with the same problems. */
  public boolean isEmpty() {
    return added.isEmpty()
        && removed.isEmpty()
        && renamed.isEmpty()
        && changed.isEmpty()
        && roles.isEmpty()
        && raid.isEmpty()
        && introduced.isEmpty()
        && fixed.isEmpty();
  }
}
