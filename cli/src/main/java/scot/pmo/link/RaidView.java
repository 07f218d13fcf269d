package scot.pmo.link;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import scot.pmo.model.Catalogue;
import scot.pmo.model.Entity;
import scot.pmo.model.Kind;
import scot.pmo.model.PartialDate;

/**
 * The RAID log as the programme's governance group reads it: every record with its age as of a
 * date, the projects with nothing recorded, the read-across matrix of who depends on whom, the
 * escalation register grouped by anchor, and the cycles among "depends on".
 */
public final class RaidView {

  /**
   * One cell of the matrix: what {@code dependent} depends on {@code provider} for.
   *
   * @param dependent the row: the party that depends
   * @param provider the column: the party depended on
   * @param records the interdependency records that state it
   */
  public record Cell(String dependent, String provider, List<RaidItem> records) {}

  /**
   * The live records of one anchor (or of projects with no anchor, when {@code anchor} is empty).
   */
  public record AnchorGroup(Optional<String> anchor, List<RaidItem> items) {}

  private final LocalDate asOf;
  private final List<RaidItem> items;
  private final List<String> projectsWithoutRecords;
  private final List<String> rows;
  private final List<String> columns;
  private final List<Cell> cells;
  private final List<List<String>> cycles;
  private final List<AnchorGroup> register;

  private RaidView(
      LocalDate asOf,
      List<RaidItem> items,
      List<String> projectsWithoutRecords,
      List<String> rows,
      List<String> columns,
      List<Cell> cells,
      List<List<String>> cycles,
      List<AnchorGroup> register) {
    this.asOf = asOf;
    this.items = items;
    this.projectsWithoutRecords = projectsWithoutRecords;
    this.rows = rows;
    this.columns = columns;
    this.cells = cells;
    this.cycles = cycles;
    this.register = register;
  }

  public static RaidView of(Catalogue catalogue, ProgrammeGraph graph, LocalDate asOf) {
    List<RaidItem> items = new ArrayList<>();
    for (Entity record : catalogue.of(Kind.INTERDEPENDENCY)) {
      items.add(item(catalogue, record, asOf));
    }
    items.sort(Comparator.comparing(RaidItem::id));

    List<Entity> projects = new ArrayList<>(catalogue.of(Kind.PROJECT));
    projects.sort(Comparator.comparing(Entity::title, String.CASE_INSENSITIVE_ORDER));
    Set<String> recorded = new LinkedHashSet<>();
    items.forEach(
        i -> {
          recorded.add(i.project());
          i.with().ifPresent(recorded::add);
        });
    List<String> without =
        projects.stream().map(Entity::id).filter(id -> !recorded.contains(id)).toList();

    List<String> rows = projects.stream().map(Entity::id).toList();
    Set<String> columns = new LinkedHashSet<>(rows);
    Map<String, RaidItem> byId = new LinkedHashMap<>();
    items.forEach(i -> byId.put(i.id(), i));
    Map<String, Cell> cells = new LinkedHashMap<>();
    for (Dependency d : graph.dependencies()) {
      columns.add(d.provider());
      Cell cell =
          cells.computeIfAbsent(
              d.dependent() + "\u0000" + d.provider(),
              k -> new Cell(d.dependent(), d.provider(), new ArrayList<>()));
      RaidItem item = byId.get(d.record());
      if (item != null && !cell.records().contains(item)) {
        cell.records().add(item);
      }
    }
    List<String> rowList = new ArrayList<>(rows);
    for (Dependency d : graph.dependencies()) {
      if (!rowList.contains(d.dependent())) {
        rowList.add(d.dependent());
      }
    }

    return new RaidView(
        asOf,
        List.copyOf(items),
        without,
        List.copyOf(rowList),
        List.copyOf(columns),
        List.copyOf(cells.values()),
        graph.dependencyCycles(),
        register(catalogue, items));
  }

  private static List<AnchorGroup> register(Catalogue catalogue, List<RaidItem> items) {
    Map<String, List<RaidItem>> byAnchor = new LinkedHashMap<>();
    List<Entity> anchors = new ArrayList<>(catalogue.of(Kind.ANCHOR));
    anchors.sort(Comparator.comparing(Entity::title, String.CASE_INSENSITIVE_ORDER));
    anchors.forEach(a -> byAnchor.put(a.id(), new ArrayList<>()));
    List<RaidItem> unanchored = new ArrayList<>();
    for (RaidItem item : items) {
      if (!item.isLive()) {
        continue;
      }
      if (item.anchor().isPresent() && byAnchor.containsKey(item.anchor().get())) {
        byAnchor.get(item.anchor().get()).add(item);
      } else {
        unanchored.add(item);
      }
    }
    List<AnchorGroup> groups = new ArrayList<>();
    byAnchor.forEach(
        (anchor, list) -> {
          if (!list.isEmpty()) {
            list.sort(oldestFirst());
            groups.add(new AnchorGroup(Optional.of(anchor), List.copyOf(list)));
          }
        });
    if (!unanchored.isEmpty()) {
      unanchored.sort(oldestFirst());
      groups.add(new AnchorGroup(Optional.empty(), List.copyOf(unanchored)));
    }
    return List.copyOf(groups);
  }

  /** Escalated before open, then the longest open first, then by id. */
  private static Comparator<RaidItem> oldestFirst() {
    return Comparator.comparing((RaidItem i) -> !i.status().equals("escalated"))
        .thenComparing(i -> -i.daysOpen().orElse(-1L))
        .thenComparing(RaidItem::id);
  }

  private static RaidItem item(Catalogue catalogue, Entity record, LocalDate asOf) {
    Optional<PartialDate> raised = date(record, "raised");
    Optional<PartialDate> escalated = date(record, "escalated");
    Optional<PartialDate> resolved = date(record, "resolved");
    Optional<PartialDate> closed = date(record, "closed");
    String status = record.text("status").orElse("open");
    String project = record.text("project").orElse("");
    LocalDate end = resolved.or(() -> closed).map(PartialDate::start).orElse(asOf);
    Optional<Long> daysOpen = raised.map(r -> ChronoUnit.DAYS.between(r.start(), end));
    Optional<Long> daysEscalated =
        status.equals("escalated")
            ? escalated.map(e -> ChronoUnit.DAYS.between(e.start(), asOf))
            : Optional.empty();
    Optional<String> anchor = catalogue.get(project).flatMap(p -> p.text("anchor"));
    return new RaidItem(
        record.id(),
        record.title(),
        record.text("type").orElse("issue"),
        project,
        record.text("with"),
        anchor,
        status,
        record.text("owner"),
        raised,
        escalated,
        record.text("escalated_to"),
        resolved,
        daysOpen,
        daysEscalated,
        record.path(),
        rating(record),
        new RaidItem.Details(
            date(record, "review"),
            closed,
            record.text("level"),
            record.text("proximity"),
            record.text("mitigation"),
            record.text("decision"),
            Actions.of(record),
            record.texts("projects"),
            record.texts("anchors"),
            record.texts("meetings")));
  }

  private static Optional<PartialDate> date(Entity record, String field) {
    return record.text(field).flatMap(PartialDate::parse);
  }

  /** Its likelihood and impact, when both are written as whole numbers. */
  static Optional<RaidItem.Rating> rating(Entity record) {
    Optional<Integer> likelihood = level(record, "likelihood");
    Optional<Integer> impact = level(record, "impact");
    return likelihood.isPresent() && impact.isPresent()
        ? Optional.of(new RaidItem.Rating(likelihood.get(), impact.get()))
        : Optional.empty();
  }

  private static Optional<Integer> level(Entity record, String field) {
    return record.text(field).filter(t -> t.matches("[0-9]{1,2}")).map(Integer::parseInt);
  }

  public LocalDate asOf() {
    return asOf;
  }

  public List<RaidItem> items() {
    return items;
  }

  public List<String> projectsWithoutRecords() {
    return projectsWithoutRecords;
  }

  /** The matrix rows: every project, then any other party that depends on something. */
  public List<String> rows() {
    return rows;
  }

  /** The matrix columns: every project, then every other party depended on. */
  public List<String> columns() {
    return columns;
  }

  public List<Cell> cells() {
    return cells;
  }

  public Optional<Cell> cell(String dependent, String provider) {
    // The map page asks for every cell of a matrix of projects by projects: look up, not scan.
    if (cellIndex == null) {
      Map<String, Cell> index = new HashMap<>();
      cells.forEach(c -> index.putIfAbsent(c.dependent() + "\u0000" + c.provider(), c));
      cellIndex = index;
    }
    return Optional.ofNullable(cellIndex.get(dependent + "\u0000" + provider));
  }

  private volatile Map<String, Cell> cellIndex;

  public List<List<String>> cycles() {
    return cycles;
  }

  /** The escalation register: live records grouped by anchor, escalated and oldest first. */
  public List<AnchorGroup> register() {
    return register;
  }
}
