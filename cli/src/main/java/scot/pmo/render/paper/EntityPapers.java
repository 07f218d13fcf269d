package scot.pmo.render.paper;

import com.fasterxml.jackson.databind.JsonNode;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import scot.pmo.link.ProgrammeGraph;
import scot.pmo.link.Relation;
import scot.pmo.model.Catalogue;
import scot.pmo.model.Config;
import scot.pmo.model.Entity;
import scot.pmo.model.Kind;
import scot.pmo.model.PartialDate;
import scot.pmo.render.RenderSettings;
import scot.pmo.render.markdown.KeptRenderings;
import scot.pmo.render.markdown.MarkdownRenderer;
import scot.pmo.render.markdown.SafeLinks;

/**
 * Builds the {@link EntityPaper} of a kind declared in {@code pmo.yaml}: the entity's fields (dates
 * written as {@code pmo.yaml} says, Markdown in every form a paper needs, references resolved to
 * the entities they name), its body whole and by section, its relations from the graph both ways,
 * its sources, and its milestones month by month. Every entity is read through the catalogue it is
 * given, so that a recording catalogue learns what the paper depends on.
 */
public final class EntityPapers {

  private final Catalogue catalogue;
  private final ProgrammeGraph graph;
  private final MarkdownRenderer markdown;
  private final PaperLinks links;
  private PaperMarkup markup;
  private final Config config;
  private final RenderSettings settings;

  public EntityPapers(
      Catalogue catalogue, ProgrammeGraph graph, MarkdownRenderer markdown, Config config) {
    this.catalogue = catalogue;
    this.graph = graph;
    this.markdown = markdown;
    this.links = new PaperLinks(catalogue, graph);
    this.markup = new PaperMarkup(markdown, links, KeptRenderings.none());
    this.config = config;
    this.settings = RenderSettings.of(config, catalogue, graph);
  }

  /**
   * Takes the texts' renderings that {@code kept} holds from the build before, where their files
   * and links are unchanged, and keeps this build's in it.
   */
  public EntityPapers keepingMarkup(KeptRenderings<Markup> kept) {
    this.markup = new PaperMarkup(markdown, links, kept);
    return this;
  }

  /** The ids of the entities {@code kind} selects, sorted. */
  public static List<String> selected(Catalogue catalogue, Config.PaperKind kind) {
    return catalogue.all().stream()
        .filter(kind.select()::selects)
        .map(Entity::id)
        .sorted()
        .toList();
  }

  /** The paper of {@code kind} about the entity {@code id}, which must exist. */
  public EntityPaper build(Config.PaperKind kind, String id, Provenance provenance) {
    Entity entity =
        catalogue.get(id).orElseThrow(() -> new IllegalArgumentException("no entity " + id));
    Map<String, Object> model = view(entity, 0);
    String programme = settings.programme().map(Entity::title).orElse("");
    Map<String, Object> programmeSettings = new LinkedHashMap<>();
    programmeSettings.put("programme", programme);
    programmeSettings.put("siteTitle", settings.siteTitle());
    programmeSettings.put("publishedBy", settings.publishedBy());
    programmeSettings.put("language", settings.language());
    return new EntityPaper(
        kind.paperName(id),
        entity.title() + " – " + kind.title(),
        settings.language(),
        settings.publishedBy().isEmpty() ? programme : settings.publishedBy(),
        kind.name(),
        kind.title(),
        kind.template(),
        kind.cover(),
        kind.contents(),
        kind.pageNumbers(),
        model,
        programmeSettings,
        provenance);
  }

  /**
   * An entity as templates see it. At depth 0, the whole of it; at depth 1 (an entity its fields
   * name), its fields with their references left as ids, so that a model stays finite.
   */
  private Map<String, Object> view(Entity entity, int depth) {
    Map<String, Object> view = new LinkedHashMap<>(shallow(entity));
    view.put("fields", fields(entity, depth));
    view.put("summary", entity.text("summary").map(s -> markup(s, entity)).orElse(null));
    if (depth > 0) {
      return view;
    }
    view.put("body", entity.body().isBlank() ? null : markup(entity.body(), entity));
    Body body = body(entity);
    view.put("intro", body.intro());
    view.put("sections", body.sections().isEmpty() ? null : body.sections());
    view.put("relations", relations(entity));
    view.put("related", related(entity));
    view.put("sources", sources(entity));
    view.put("milestones", milestones(entity));
    return view;
  }

  /** The id, kind, title and web address of an entity, as a reference to it shows. */
  private Map<String, Object> shallow(Entity entity) {
    Map<String, Object> ref = new LinkedHashMap<>();
    ref.put("id", entity.id());
    ref.put("kind", entity.kind().label());
    ref.put("title", entity.title());
    ref.put("href", webAddress(entity).orElse(""));
    return ref;
  }

  private static Optional<String> webAddress(Entity entity) {
    return entity.kind() == Kind.ORGANISATION
        ? entity.text("website").filter(SafeLinks::isSafe)
        : PaperLinks.webAddress(entity);
  }

  private Map<String, Object> fields(Entity entity, int depth) {
    Map<String, Object> fields = new OpenFields();
    entity
        .data()
        .properties()
        .forEach(f -> fields.put(f.getKey(), value(entity, f.getValue(), f.getKey(), depth)));
    return fields;
  }

  /** A value of {@code entity}'s data at {@code path} (as {@code Kind} writes paths). */
  private Object value(Entity entity, JsonNode node, String path, int depth) {
    if (node.isArray()) {
      List<Object> items = new ArrayList<>();
      node.forEach(item -> items.add(value(entity, item, path + "[]", depth)));
      return items.isEmpty() ? null : items;
    }
    if (node.isObject()) {
      Map<String, Object> object = new OpenFields();
      node.properties()
          .forEach(
              f ->
                  object.put(
                      f.getKey(), value(entity, f.getValue(), path + "." + f.getKey(), depth)));
      return object;
    }
    if (!node.isTextual() || node.textValue().isBlank()) {
      return null;
    }
    String text = node.textValue();
    Kind kind = entity.kind();
    if (kind.references().stream().anyMatch(r -> r.path().toString().equals(path))) {
      Optional<Entity> target = catalogue.get(text);
      if (target.isEmpty()) {
        return ordered("id", text, "kind", "", "title", text, "href", "");
      }
      return depth == 0 ? view(target.get(), 1) : shallow(target.get());
    }
    if (kind.dateFields().stream().anyMatch(p -> p.toString().equals(path))) {
      return date(text);
    }
    if (kind.markdownFields().stream().anyMatch(p -> p.toString().equals(path))) {
      return markup(text, entity);
    }
    return text;
  }

  private String date(String text) {
    return PartialDate.parse(text).map(d -> d.display(config.dates().format())).orElse(text);
  }

  /** The relations of the entity from its own end, both ways, by label in the graph's order. */
  private List<Map<String, Object>> relations(Entity entity) {
    Map<String, List<Map<String, Object>>> byLabel = new LinkedHashMap<>();
    for (Relation relation : graph.relations(entity.id())) {
      catalogue
          .get(relation.other().id())
          .ifPresent(
              other ->
                  byLabel
                      .computeIfAbsent(relation.label(), l -> new ArrayList<>())
                      .add(shallow(other)));
    }
    List<Map<String, Object>> out = new ArrayList<>();
    byLabel.forEach(
        (label, entities) -> {
          Map<String, Object> group = new LinkedHashMap<>();
          group.put("label", label);
          group.put("entities", List.copyOf(entities));
          out.add(group);
        });
    return out.isEmpty() ? null : out;
  }

  /**
   * The entities related to this one either way, by kind ({@code milestones}, {@code meetings},
   * {@code case_studies}), each once, in the graph's order; every kind is present, empty ones null.
   */
  private Map<String, Object> related(Entity entity) {
    Map<String, Object> related = new LinkedHashMap<>();
    for (Kind kind : Kind.values()) {
      related.put(kind.folder().replace('-', '_'), null);
    }
    for (Entity other : relatedEntities(entity)) {
      String key = other.kind().folder().replace('-', '_');
      @SuppressWarnings("unchecked")
      List<Object> list = (List<Object>) related.get(key);
      if (list == null) {
        list = new ArrayList<>();
        related.put(key, list);
      }
      list.add(view(other, 1));
    }
    return related;
  }

  private List<Entity> relatedEntities(Entity entity) {
    return graph.relations(entity.id()).stream()
        .map(r -> r.other().id())
        .distinct()
        .map(catalogue::get)
        .flatMap(Optional::stream)
        .toList();
  }

  /** The entity's {@code sources}, each resolved to its reference's title and address. */
  private List<Map<String, Object>> sources(Entity entity) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (JsonNode source : entity.data().path("sources")) {
      String id = source.path("reference").asText("");
      Optional<Entity> reference = catalogue.get(id).filter(r -> r.kind() == Kind.REFERENCE);
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("title", reference.map(Entity::title).orElse(id));
      item.put("href", reference.flatMap(PaperLinks::webAddress).orElse(""));
      item.put("section", text(source.path("section")));
      String page = text(source.path("page"));
      item.put("page", page);
      // "page 6", "pages 3–5": the words a reader expects before the number.
      item.put(
          "pages", page == null ? null : (page.matches(".*[–-].*") ? "pages " : "page ") + page);
      item.put("note", text(source.path("note")));
      out.add(item);
    }
    return out.isEmpty() ? null : out;
  }

  private static String text(JsonNode node) {
    return node.isTextual() && !node.textValue().isBlank() ? node.textValue() : null;
  }

  /**
   * The milestones related to the entity as a table of months: a column per month from the earliest
   * to the latest, a row per milestone marking the months it spans (its start to its end, or the
   * month it is due). Rows run in order of their first month, then their last. Null when no related
   * milestone has a date.
   */
  private Map<String, Object> milestones(Entity entity) {
    record Span(Entity milestone, YearMonth from, YearMonth to) {}
    List<Span> spans = new ArrayList<>();
    for (Entity other : relatedEntities(entity)) {
      if (other.kind() != Kind.MILESTONE) {
        continue;
      }
      Optional<PartialDate> start = other.text("start").flatMap(PartialDate::parse);
      Optional<PartialDate> end = other.text("end").flatMap(PartialDate::parse);
      Optional<PartialDate> due = other.text("due").flatMap(PartialDate::parse);
      Optional<PartialDate> first = start.or(() -> due).or(() -> end);
      Optional<PartialDate> last = end.or(() -> due).or(() -> start);
      if (first.isPresent()) {
        spans.add(
            new Span(other, YearMonth.from(first.get().start()), YearMonth.from(last.get().end())));
      }
    }
    if (spans.isEmpty()) {
      return null;
    }
    spans.sort(Comparator.comparing(Span::from).thenComparing(Span::to));
    YearMonth min = spans.stream().map(Span::from).min(Comparator.naturalOrder()).orElseThrow();
    YearMonth max = spans.stream().map(Span::to).max(Comparator.naturalOrder()).orElseThrow();
    boolean oneYear = min.getYear() == max.getYear();
    Locale locale = Locale.forLanguageTag(settings.language());
    List<String> months = new ArrayList<>();
    for (YearMonth m = min; !m.isAfter(max); m = m.plusMonths(1)) {
      String name = m.getMonth().getDisplayName(TextStyle.FULL, locale);
      months.add(oneYear ? name : name + " " + m.getYear());
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Span span : spans) {
      List<Map<String, Object>> cells = new ArrayList<>();
      int i = 0;
      for (YearMonth m = min; !m.isAfter(max); m = m.plusMonths(1), i++) {
        boolean on = !m.isBefore(span.from()) && !m.isAfter(span.to());
        cells.add(ordered("month", months.get(i), "on", on));
      }
      Map<String, Object> row = new LinkedHashMap<>(shallow(span.milestone()));
      row.put("cells", cells);
      rows.add(row);
    }
    Map<String, Object> table = new LinkedHashMap<>();
    table.put("year", oneYear ? String.valueOf(min.getYear()) : "");
    table.put("months", months);
    table.put("rows", rows);
    return table;
  }

  private record Body(Markup intro, List<Map<String, Object>> sections) {}

  /** The body's text before its first {@code ## } heading, and each {@code ## } section. */
  private Body body(Entity entity) {
    String text = entity.body();
    List<Map<String, Object>> sections = new ArrayList<>();
    if (text.isBlank()) {
      return new Body(null, sections);
    }
    Document document = markdown.parse(text);
    String heading = null;
    int start = 0;
    String intro = null;
    Set<String> anchors = new java.util.HashSet<>();
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Heading h && h.getLevel() == 2) {
        String before = text.substring(start, node.getStartOffset()).strip();
        if (heading == null) {
          intro = before;
        } else {
          sections.add(section(heading, before, entity, anchors));
        }
        heading = h.getText().toString().strip();
        start = node.getEndOffset();
      }
    }
    String rest = text.substring(Math.min(start, text.length())).strip();
    if (heading == null) {
      intro = rest;
    } else {
      sections.add(section(heading, rest, entity, anchors));
    }
    Markup introMarkup = intro == null || intro.isBlank() ? null : markup(intro, entity);
    return new Body(introMarkup, sections);
  }

  private Map<String, Object> section(
      String heading, String text, Entity entity, Set<String> anchors) {
    String anchor = SectionAnchors.next(heading, anchors);
    Map<String, Object> section = new LinkedHashMap<>();
    section.put("heading", heading);
    section.put("anchor", anchor);
    section.put("text", text.isBlank() ? null : markup(text, entity));
    return section;
  }

  private Markup markup(String text, Entity source) {
    return markup.of(text, source);
  }

  /**
   * An entity's fields for templates: a field it does not have is empty rather than an error, as
   * entities of one kind differ in the optional fields they have.
   */
  private static final class OpenFields extends LinkedHashMap<String, Object> {
    @Override
    public boolean containsKey(Object key) {
      return true;
    }
  }

  /**
   * A map of {@code keysAndValues} in the order given. The model's text is part of each paper's
   * cache key, so its maps keep one order: {@code Map.of} iterates in an order that differs from
   * one run of Java to the next, which made the paper's key differ too.
   */
  private static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
