package scot.pmo.diff;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import scot.pmo.diff.ProgrammeDiff.Change;
import scot.pmo.diff.ProgrammeDiff.EntityChange;
import scot.pmo.diff.ProgrammeDiff.EntityRef;
import scot.pmo.diff.ProgrammeDiff.FieldChange;
import scot.pmo.diff.ProgrammeDiff.RaidChange;
import scot.pmo.diff.ProgrammeDiff.Rename;
import scot.pmo.diff.ProgrammeDiff.RoleChange;
import scot.pmo.diff.ProgrammeDiff.Unreadable;
import scot.pmo.link.Edge;
import scot.pmo.link.ProgrammeGraph;
import scot.pmo.model.Catalogue;
import scot.pmo.model.DateStyle;
import scot.pmo.model.Diagnostic;
import scot.pmo.model.Entity;
import scot.pmo.model.Kind;
import scot.pmo.model.Severity;
import scot.pmo.validate.Validation;

/**
 * Compares the programme at two revisions, entity by entity: by id, then, for ids that appear and
 * disappear, by likeness, so that a renamed entity is one rename and not a removal and an addition.
 * References that only follow a rename are not changes of their own.
 */
public final class ProgrammeDiffer {

  /**
   * One side of the comparison.
   *
   * @param version which revision it is
   * @param validation its content and problems
   * @param graph its references
   */
  public record Side(ProgrammeDiff.Version version, Validation validation, ProgrammeGraph graph) {}

  /** Two entities of the same kind at least this alike (0 to 100) may be one, renamed. */
  static final int RENAME_THRESHOLD = 60;

  private static final Set<String> RAID_STATUS_FIELDS =
      Set.of("status", "escalated", "escalated_to", "resolved");

  private final Side before;
  private final Side after;
  private final Catalogue catalogueBefore;
  private final Catalogue catalogueAfter;

  /** Old id to new id, for entities whose id changed. */
  private final Map<String, String> newIds = new HashMap<>();

  /** Old path to new path, for entities whose file changed. */
  private final Map<String, String> newPaths = new HashMap<>();

  private final List<Unreadable> unreadable = new ArrayList<>();

  private final DateStyle dates;

  private ProgrammeDiffer(Side before, Side after, DateStyle dates) {
    this.dates = dates;
    this.before = before;
    this.after = after;
    this.catalogueBefore = before.validation().catalogue();
    this.catalogueAfter = after.validation().catalogue();
  }

  /**
   * What changes from {@code before} to {@code after}; {@code notes}, on the comparison itself, are
   * kept in the result as they are.
   */
  public static ProgrammeDiff compare(Side before, Side after, List<String> notes) {
    return compare(before, after, notes, DateStyle.DAY_MONTH_YEAR);
  }

  /** As {@link #compare(Side, Side, List)}, with dates written out in {@code dates}. */
  public static ProgrammeDiff compare(
      Side before, Side after, List<String> notes, DateStyle dates) {
    return new ProgrammeDiffer(before, after, dates).run(notes);
  }

  private ProgrammeDiff run(List<String> notes) {
    Map<String, Entity> old = index(catalogueBefore);
    Map<String, Entity> now = index(catalogueAfter);
    Set<String> unreadableBefore = unreadable(before.validation());
    Set<String> unreadableAfter = unreadable(after.validation());

    List<Entity> gone = new ArrayList<>();
    old.values().stream().filter(e -> !now.containsKey(e.id())).forEach(gone::add);
    List<Entity> fresh = new ArrayList<>();
    now.values().stream().filter(e -> !old.containsKey(e.id())).forEach(fresh::add);

    List<Entity[]> pairs = new ArrayList<>();
    for (Entity e : old.values()) {
      Entity n = now.get(e.id());
      if (n != null) {
        pairs.add(new Entity[] {e, n});
      }
    }
    List<Entity[]> renames = pairRenames(gone, fresh);
    for (Entity[] pair : renames) {
      gone.remove(pair[0]);
      fresh.remove(pair[1]);
      newIds.put(pair[0].id(), pair[1].id());
    }
    for (Entity[] pair : pairs) {
      if (!pair[0].path().equals(pair[1].path())) {
        renames.add(pair);
      }
    }
    renames.forEach(pair -> newPaths.put(pair[0].path(), pair[1].path()));

    List<EntityRef> added = new ArrayList<>();
    List<EntityRef> removed = new ArrayList<>();
    List<RaidChange> raid = new ArrayList<>();
    for (Entity e : fresh) {
      if (unreadableBefore.contains(e.path())) {
        unreadable.add(new Unreadable(e.path(), true));
      } else if (e.kind() == Kind.INTERDEPENDENCY) {
        raid.add(raidOpened(e));
      } else {
        added.add(ref(e));
      }
    }
    for (Entity e : gone) {
      if (unreadableAfter.contains(e.path())) {
        unreadable.add(new Unreadable(e.path(), false));
      } else if (e.kind() == Kind.INTERDEPENDENCY) {
        raid.add(raidChange(e, "removed", e.text("status").orElse("open"), ""));
      } else {
        removed.add(ref(e));
      }
    }

    List<EntityChange> changed = new ArrayList<>();
    List<RoleChange> roles = new ArrayList<>();
    List<Rename> renamed = new ArrayList<>();
    Set<Entity> renamedAfter = new HashSet<>();
    for (Entity[] pair : renames) {
      renamedAfter.add(pair[1]);
      List<FieldChange> changes = changes(pair[0], pair[1], roles, raid);
      renamed.add(
          new Rename(
              ref(pair[0]),
              ref(pair[1]),
              similarity(pair[0], pair[1]),
              referencesUpdated(pair[0], pair[1]),
              changes));
    }
    for (Entity[] pair : pairs) {
      if (renamedAfter.contains(pair[1])) {
        continue;
      }
      List<FieldChange> changes = changes(pair[0], pair[1], roles, raid);
      if (!changes.isEmpty()) {
        changed.add(new EntityChange(ref(pair[1]), changes));
      }
    }

    Comparator<EntityRef> order =
        Comparator.comparing((EntityRef r) -> Kind.byName(r.kind()).map(Enum::ordinal).orElse(99))
            .thenComparing(EntityRef::id);
    added.sort(order);
    removed.sort(order);
    changed.sort(Comparator.comparing(EntityChange::entity, order));
    renamed.sort(Comparator.comparing(Rename::after, order));
    raid.sort(Comparator.comparing((RaidChange r) -> r.record().id()));

    List<Diagnostic> introduced = new ArrayList<>();
    List<Diagnostic> fixed = new ArrayList<>();
    problems(introduced, fixed);
    return new ProgrammeDiff(
        before.version(),
        after.version(),
        List.copyOf(added),
        List.copyOf(removed),
        List.copyOf(renamed),
        List.copyOf(changed),
        List.copyOf(roles),
        List.copyOf(raid),
        List.copyOf(introduced),
        List.copyOf(fixed),
        List.copyOf(notes),
        List.copyOf(unreadable));
  }

  /** Every change between two versions of one entity; roles and RAID events go to their lists. */
  private List<FieldChange> changes(
      Entity old, Entity now, List<RoleChange> roles, List<RaidChange> raid) {
    ObjectNode oldData = followRenames(old);
    ObjectNode newData = now.data();
    Set<String> skip = new HashSet<>();
    List<FieldChange> out = new ArrayList<>();
    if (old.kind() != now.kind()) {
      out.add(
          new FieldChange(
              "kind",
              Change.CHANGED,
              old.kind().label(),
              now.kind().label(),
              List.of(),
              List.of(),
              0));
    }
    if (newData.has("team") || oldData.has("team")) {
      skip.add("team");
      List<RoleChange> teamChanges = roleChanges(now, oldData.path("team"), newData.path("team"));
      roles.addAll(teamChanges);
      if (teamChanges.isEmpty() && !oldData.path("team").equals(newData.path("team"))) {
        out.add(new FieldChange("team", Change.TEAM, "", "", List.of(), List.of(), 0));
      }
    }
    if (now.kind() == Kind.INTERDEPENDENCY && old.kind() == Kind.INTERDEPENDENCY) {
      String oldStatus = old.text("status").orElse("open");
      String newStatus = now.text("status").orElse("open");
      if (!oldStatus.equals(newStatus)) {
        skip.addAll(RAID_STATUS_FIELDS);
        raid.add(raidTransition(now, oldStatus, newStatus));
      }
    }
    out.addAll(new FieldDiffer(now.kind(), this::name, dates).compare(oldData, newData, skip));
    String oldBody = followRenamesInText(old.body());
    if (!oldBody.strip().equals(now.body().strip())) {
      out.add(
          new FieldChange(
              "text",
              Change.BODY,
              "",
              "",
              List.of(),
              List.of(),
              changedLines(oldBody, now.body())));
    }
    return out;
  }

  // ----- people in roles ---------------------------------------------------------------------

  private List<RoleChange> roleChanges(Entity project, JsonNode oldTeam, JsonNode newTeam) {
    Map<String, List<String>> heldBefore = holders(oldTeam);
    Map<String, List<String>> heldAfter = holders(newTeam);
    Set<String> roles = new LinkedHashSet<>(heldAfter.keySet());
    roles.addAll(heldBefore.keySet());
    List<RoleChange> out = new ArrayList<>();
    for (String role : roles) {
      List<String> a = heldBefore.getOrDefault(role, List.of());
      List<String> b = heldAfter.getOrDefault(role, List.of());
      if (new HashSet<>(a).equals(new HashSet<>(b))) {
        continue;
      }
      out.add(
          new RoleChange(
              ref(project),
              role,
              name(role),
              a.stream().map(this::name).toList(),
              b.stream().map(this::name).toList()));
    }
    return out;
  }

  /** Role id to the ids of those who hold it, in team order; a role with no holder is listed. */
  private static Map<String, List<String>> holders(JsonNode team) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (!team.isArray()) {
      return out;
    }
    for (JsonNode entry : team) {
      String role = entry.path("role").asText("");
      if (role.isEmpty()) {
        continue;
      }
      List<String> list = out.computeIfAbsent(role, k -> new ArrayList<>());
      for (String field : List.of("person", "organisation")) {
        if (entry.path(field).isTextual()) {
          list.add(entry.path(field).textValue());
        }
      }
    }
    return out;
  }

  // ----- interdependencies, risks and issues -------------------------------------------------

  private RaidChange raidOpened(Entity record) {
    return raidChange(record, "opened", "", record.text("status").orElse("open"));
  }

  private RaidChange raidTransition(Entity record, String was, String is) {
    String event =
        switch (is) {
          case "escalated" -> "escalated";
          case "resolved" -> "resolved";
          case "closed" -> "closed";
          default -> was.equals("escalated") ? "de-escalated" : "reopened";
        };
    return raidChange(record, event, was, is);
  }

  /** The event, with the parties, escalation and resolution that {@code record} states. */
  private RaidChange raidChange(Entity record, String event, String was, String is) {
    return new RaidChange(
        ref(record),
        type(record),
        event,
        was,
        is,
        record.text("project").map(this::name),
        record.text("with").map(this::name),
        record.text("relation").orElse("depends-on"),
        record.text("escalated_to").map(this::name),
        record.text("escalated").map(dates::format),
        record.text("resolved").map(dates::format));
  }

  private static String type(Entity record) {
    return record.text("type").orElse("interdependency");
  }

  // ----- renames -----------------------------------------------------------------------------

  /** Pairs entities that disappeared with ones that appeared, most alike first. */
  private List<Entity[]> pairRenames(List<Entity> gone, List<Entity> fresh) {
    record Candidate(Entity old, Entity now, int score) {}
    List<Candidate> candidates = new ArrayList<>();
    boolean exhaustive = (long) gone.size() * fresh.size() <= 250_000;
    for (Entity old : gone) {
      for (Entity now : fresh) {
        if (old.kind() != now.kind()) {
          continue;
        }
        if (!exhaustive && !old.title().equals(now.title())) {
          continue;
        }
        int score = similarity(old, now);
        if (score >= RENAME_THRESHOLD) {
          candidates.add(new Candidate(old, now, score));
        }
      }
    }
    candidates.sort(
        Comparator.comparingInt(Candidate::score)
            .reversed()
            .thenComparing(c -> c.old().id())
            .thenComparing(c -> c.now().id()));
    Set<Entity> taken = new HashSet<>();
    List<Entity[]> out = new ArrayList<>();
    for (Candidate c : candidates) {
      if (taken.contains(c.old()) || taken.contains(c.now())) {
        continue;
      }
      taken.add(c.old());
      taken.add(c.now());
      out.add(new Entity[] {c.old(), c.now()});
    }
    return out;
  }

  /**
   * How alike two entities are, 0 to 100. Their titles count for much, since small entities share
   * most of their other values (two people of the same organisation and seniority): the title
   * weighs as much as a quarter of the other values and body lines, and never less than two.
   */
  static int similarity(Entity a, Entity b) {
    List<String> x = lines(a);
    List<String> y = lines(b);
    double rest =
        x.isEmpty() && y.isEmpty()
            ? 1.0
            : 2.0 * (x.size() - FieldDiffer.minus(x, y).size()) / (x.size() + y.size());
    double n = (x.size() + y.size()) / 2.0;
    double k = Math.max(2.0, n / 4);
    return (int) Math.round(100 * (k * titleLikeness(a.title(), b.title()) + n * rest) / (k + n));
  }

  /** The share of words two titles have in common, 0 to 1. */
  static double titleLikeness(String a, String b) {
    List<String> x = words(a);
    List<String> y = words(b);
    if (x.isEmpty() && y.isEmpty()) {
      return 1.0;
    }
    return 2.0 * (x.size() - FieldDiffer.minus(x, y).size()) / (x.size() + y.size());
  }

  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String w : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /** Every value but the title, as "pointer=value", and every non-blank body line. */
  private static List<String> lines(Entity e) {
    List<String> out = new ArrayList<>();
    leaves(e.data(), "", out);
    out.remove("/" + e.kind().titleField() + "=" + e.title());
    for (String line : e.body().split("\n")) {
      if (!line.isBlank()) {
        out.add(line.strip());
      }
    }
    return out;
  }

  private static void leaves(JsonNode node, String pointer, List<String> out) {
    if (node.isObject()) {
      node.fieldNames().forEachRemaining(f -> leaves(node.get(f), pointer + "/" + f, out));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        leaves(node.get(i), pointer + "/" + i, out);
      }
    } else {
      out.add(pointer + "=" + node.asText());
    }
  }

  /** The entities that named the old id and name the new one: their references were updated. */
  private List<EntityRef> referencesUpdated(Entity old, Entity now) {
    if (old.id().equals(now.id())) {
      return List.of();
    }
    Set<String> namedOld = new HashSet<>();
    for (Edge e : before.graph().incoming(old.id())) {
      namedOld.add(newIds.getOrDefault(e.from(), e.from()));
    }
    TreeSet<String> both = new TreeSet<>();
    for (Edge e : after.graph().incoming(now.id())) {
      if (namedOld.contains(e.from()) && !e.from().equals(now.id())) {
        both.add(e.from());
      }
    }
    return both.stream()
        .map(
            id ->
                catalogueAfter
                    .get(id)
                    .map(ProgrammeDiffer::ref)
                    .orElse(new EntityRef("", id, id, "")))
        .toList();
  }

  /** The old entity's data with the ids of renamed entities replaced by their new ids. */
  private ObjectNode followRenames(Entity old) {
    ObjectNode data = old.data().deepCopy();
    if (newIds.isEmpty()) {
      return data;
    }
    List<String[]> replacements = new ArrayList<>();
    for (Kind.ReferenceField field : old.kind().references()) {
      field
          .path()
          .forEachText(
              data,
              (pointer, id) -> {
                String renamed = newIds.get(id);
                if (renamed != null) {
                  replacements.add(new String[] {pointer, renamed});
                }
              });
    }
    for (String[] r : replacements) {
      JsonPointer pointer = JsonPointer.compile(r[0]);
      JsonNode parent = data.at(pointer.head());
      if (parent instanceof ObjectNode object) {
        object.put(pointer.last().getMatchingProperty(), r[1]);
      } else if (parent instanceof ArrayNode array) {
        array.set(pointer.last().getMatchingIndex(), array.textNode(r[1]));
      }
    }
    return data;
  }

  /** The old body with links to renamed files pointed at their new names. */
  private String followRenamesInText(String body) {
    String out = body;
    for (Map.Entry<String, String> e : newPaths.entrySet()) {
      String oldName = fileName(e.getKey());
      String newName = fileName(e.getValue());
      String oldFolder = folderName(e.getKey());
      String newFolder = folderName(e.getValue());
      if (oldName.equals(newName) && oldFolder.equals(newFolder)) {
        continue;
      }
      Pattern link =
          Pattern.compile(
              "(\\]\\(|\\]:\\s*)((?:\\.\\./)?(?:"
                  + Pattern.quote(oldFolder)
                  + "/)?)"
                  + Pattern.quote(oldName)
                  + "(?=[)#?\\s])");
      Matcher m = link.matcher(out);
      StringBuilder sb = new StringBuilder();
      while (m.find()) {
        String folder = m.group(2).isEmpty() ? "" : m.group(2).replace(oldFolder, newFolder);
        m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + folder + newName));
      }
      m.appendTail(sb);
      out = sb.toString();
    }
    return out;
  }

  private static String fileName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private static String folderName(String path) {
    String dir = path.substring(0, Math.max(0, path.lastIndexOf('/')));
    return dir.substring(dir.lastIndexOf('/') + 1);
  }

  /**
   * How many lines of the body changed: the larger of those removed and those added, blank lines
   * aside.
   */
  static int changedLines(String before, String after) {
    List<String> a = before.lines().filter(l -> !l.isBlank()).map(String::stripTrailing).toList();
    List<String> b = after.lines().filter(l -> !l.isBlank()).map(String::stripTrailing).toList();
    return Math.max(FieldDiffer.minus(a, b).size(), FieldDiffer.minus(b, a).size());
  }

  // ----- problems ----------------------------------------------------------------------------

  /** Problems only in the new revision are introduced; only in the old, fixed. */
  private void problems(List<Diagnostic> introduced, List<Diagnostic> fixed) {
    Function<Diagnostic, String> oldKey =
        d -> key(d, newPaths.getOrDefault(d.at().path(), d.at().path()));
    Function<Diagnostic, String> newKey = d -> key(d, d.at().path());
    Set<String> keysBefore = new HashSet<>();
    before.validation().diagnostics().sorted().forEach(d -> keysBefore.add(oldKey.apply(d)));
    Set<String> keysAfter = new HashSet<>();
    after.validation().diagnostics().sorted().forEach(d -> keysAfter.add(newKey.apply(d)));
    Set<String> seen = new HashSet<>();
    // Notes (such as a file that is not content) are no problems, and a past revision is read
    // without the files that are not content.
    for (Diagnostic d : after.validation().diagnostics().sorted()) {
      if (d.severity() != Severity.NOTE
          && !keysBefore.contains(newKey.apply(d))
          && seen.add(newKey.apply(d))) {
        introduced.add(d);
      }
    }
    seen.clear();
    for (Diagnostic d : before.validation().diagnostics().sorted()) {
      if (d.severity() != Severity.NOTE
          && !keysAfter.contains(oldKey.apply(d))
          && seen.add(oldKey.apply(d))) {
        fixed.add(d);
      }
    }
  }

  /** Problems are the same when their code, file and message are: lines move as files change. */
  private static String key(Diagnostic d, String path) {
    return d.severity() + "\u0000" + d.code() + "\u0000" + path + "\u0000" + d.message();
  }

  /** Content files that had errors but gave no entity: they could not be read. */
  private static Set<String> unreadable(Validation validation) {
    Set<String> read = new HashSet<>();
    validation.catalogue().all().forEach(e -> read.add(e.path()));
    Set<String> out = new HashSet<>();
    for (Diagnostic d : validation.diagnostics().sorted()) {
      String path = d.at().path();
      if (d.severity() == Severity.ERROR && path.startsWith("content/") && !read.contains(path)) {
        out.add(path);
      }
    }
    return out;
  }

  // ----- names -------------------------------------------------------------------------------

  /** An entity's name by id: as it is now, else as it was, else the id itself. */
  private String name(String id) {
    return catalogueAfter.get(id).or(() -> catalogueBefore.get(id)).map(Entity::title).orElse(id);
  }

  private static Map<String, Entity> index(Catalogue catalogue) {
    Map<String, Entity> out = new LinkedHashMap<>();
    catalogue.all().forEach(e -> out.putIfAbsent(e.id(), e));
    return out;
  }

  static EntityRef ref(Entity e) {
    return new EntityRef(e.kind().label(), e.id(), e.title(), e.path());
  }
}
