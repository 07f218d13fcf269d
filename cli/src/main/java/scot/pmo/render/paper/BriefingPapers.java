package scot.pmo.render.paper;

import com.fasterxml.jackson.databind.JsonNode;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import scot.pmo.link.ProgrammeGraph;
import scot.pmo.model.Catalogue;
import scot.pmo.model.Config;
import scot.pmo.model.Entity;
import scot.pmo.model.Kind;
import scot.pmo.model.PartialDate;
import scot.pmo.render.markdown.KeptRenderings;
import scot.pmo.render.markdown.MarkdownRenderer;

/**
 * Builds a project's {@link BriefingPaper} from the catalogue, taking every relation (workstream,
 * shared texts, kick-off meeting, people's organisations) from the programme graph.
 */
public final class BriefingPapers {

  private final Catalogue catalogue;
  private final ProgrammeGraph graph;
  private final MarkdownRenderer markdown;
  private final PaperLinks links;
  private PaperMarkup markup;
  private final Config config;

  /** Papers in the default language and date style. */
  public BriefingPapers(Catalogue catalogue, ProgrammeGraph graph, MarkdownRenderer markdown) {
    this(catalogue, graph, markdown, Config.DEFAULT);
  }

  /** Papers in the language and date style {@code config} gives. */
  public BriefingPapers(
      Catalogue catalogue, ProgrammeGraph graph, MarkdownRenderer markdown, Config config) {
    this.catalogue = catalogue;
    this.graph = graph;
    this.markdown = markdown;
    this.links = new PaperLinks(catalogue, graph);
    this.markup = new PaperMarkup(markdown, links, KeptRenderings.none());
    this.config = config;
  }

  /**
   * Takes the texts' renderings that {@code kept} holds from the build before, where their files
   * and links are unchanged, and keeps this build's in it.
   */
  public BriefingPapers keepingMarkup(KeptRenderings<Markup> kept) {
    this.markup = new PaperMarkup(markdown, links, kept);
    return this;
  }

  /** The paper of the project {@code projectId}, which must exist. */
  public BriefingPaper build(String projectId, Provenance provenance) {
    Entity project =
        catalogue
            .get(projectId)
            .filter(e -> e.kind() == Kind.PROJECT)
            .orElseThrow(() -> new IllegalArgumentException("no project " + projectId));
    Optional<Entity> programme = target(projectId, "programme");
    Optional<Entity> workstream = target(projectId, "workstream");
    Map<String, String> body = sections(project.body());

    List<BriefingPaper.TitleRole> titleRoles = new ArrayList<>();
    List<BriefingPaper.Role> roles = new ArrayList<>();
    Set<String> rolesSeen = new LinkedHashSet<>();
    for (JsonNode member : project.data().path("team")) {
      Optional<Entity> role = entity(member.path("role").asText(""), Kind.ROLE);
      if (role.isEmpty()) {
        continue;
      }
      entity(member.path("person").asText(""), Kind.PERSON)
          .ifPresent(
              person ->
                  titleRoles.add(new BriefingPaper.TitleRole(role.get().title(), holder(person))));
      if (rolesSeen.add(role.get().id())) {
        List<Markup> duties =
            role.get().texts("responsibilities").stream()
                .map(text -> markup(text, role.get()))
                .toList();
        if (!duties.isEmpty()) {
          roles.add(
              new BriefingPaper.Role(
                  role.get().text("heading").orElse(role.get().title()), duties));
        }
      }
    }

    List<Markup> background = new ArrayList<>();
    for (String textId : graph.targets(projectId, "background[]")) {
      entity(textId, Kind.TEXT)
          .filter(t -> !t.body().isBlank())
          .ifPresent(t -> background.add(markup(t.body(), t)));
    }
    Optional.ofNullable(body.get("background"))
        .filter(s -> !s.isBlank())
        .ifPresent(s -> background.add(markup(s, project)));

    List<Markup> scope = project.texts("scope").stream().map(s -> markup(s, project)).toList();
    Markup governance = targetText(projectId, "governance").orElse(null);

    Markup discoveryText =
        Optional.ofNullable(body.get("discovery work"))
            .filter(s -> !s.isBlank())
            .map(s -> markup(s, project))
            .orElse(null);
    List<Markup> questions =
        project.texts("discussion_questions").stream().map(s -> markup(s, project)).toList();

    Optional<Entity> meeting = kickOff(projectId);
    String kickOffDate =
        meeting
            .flatMap(m -> m.text("date"))
            .flatMap(PartialDate::parse)
            .map(d -> d.display(config.dates().format()))
            .orElse("");
    BriefingPaper.KickOff kickOff =
        meeting
            .map(
                m ->
                    new BriefingPaper.KickOff(
                        kickOffDate,
                        targetText(m.id(), "preparation").orElse(null),
                        targetText(m.id(), "purpose").orElse(null),
                        targetText(m.id(), "outcomes").orElse(null)))
            .filter(k -> k.preparation() != null || k.purpose() != null || k.outcomes() != null)
            .orElse(null);

    List<BriefingPaper.Reading> reading = furtherReading(project);
    boolean slideDeck = furtherReadingHasSlideDeck(project);

    BriefingPaper.Background backgroundSection =
        background.isEmpty() ? null : new BriefingPaper.Background(List.copyOf(background));
    BriefingPaper.Approach approach =
        scope.isEmpty() && governance == null
            ? null
            : new BriefingPaper.Approach(bullets(scope), governance);
    BriefingPaper.Roles rolesSection =
        roles.isEmpty() ? null : new BriefingPaper.Roles(List.copyOf(roles));
    BriefingPaper.Discovery discovery =
        discoveryText == null && questions.isEmpty()
            ? null
            : new BriefingPaper.Discovery(discoveryText, bullets(questions));
    BriefingPaper.FurtherReading further =
        reading.isEmpty() ? null : new BriefingPaper.FurtherReading(reading);

    String programmeTitle = programme.map(Entity::title).orElse("");
    String workstreamTitle = workstream.map(Entity::title).orElse("");
    String projectTitle = project.title();
    BriefingPaper.Purpose purpose =
        new BriefingPaper.Purpose(
            programme.flatMap(p -> p.text("short_title")).orElse(programmeTitle),
            project.text("title_in_text").orElse(projectTitle),
            workstream.flatMap(w -> w.text("title_in_text")).orElse(workstreamTitle),
            workstream.flatMap(w -> w.text("focus")).orElse(""),
            kickOffDate,
            slideDeck,
            further != null,
            backgroundSection != null
                || approach != null
                || discovery != null
                || kickOff != null
                || further != null);

    String heading =
        workstreamTitle.isEmpty()
            ? "Project: " + projectTitle
            : workstreamTitle + " Project: " + projectTitle;
    return new BriefingPaper(
        projectId,
        heading + " – briefing paper",
        config.site().language(),
        programmeTitle.isEmpty() ? projectTitle : programmeTitle,
        programmeTitle,
        heading,
        List.copyOf(titleRoles),
        purpose,
        backgroundSection,
        approach,
        rolesSection,
        discovery,
        kickOff,
        further,
        provenance);
  }

  private List<BriefingPaper.Reading> furtherReading(Entity project) {
    List<BriefingPaper.Reading> items = new ArrayList<>();
    for (JsonNode item : project.data().path("further_reading")) {
      Optional<Entity> reference = entity(item.path("reference").asText(""), Kind.REFERENCE);
      if (reference.isEmpty()) {
        continue;
      }
      String heading = item.path("heading").isTextual() ? item.path("heading").textValue() : "";
      Markup text =
          item.path("text").isTextual() && !item.path("text").textValue().isBlank()
              ? markup(item.path("text").textValue(), project)
              : null;
      Markup summary =
          reference.get().text("summary").map(s -> markup(s, reference.get())).orElse(null);
      items.add(
          new BriefingPaper.Reading(
              heading,
              text,
              reference.get().title(),
              PaperLinks.webAddress(reference.get()).orElse(""),
              summary));
    }
    return List.copyOf(items);
  }

  private boolean furtherReadingHasSlideDeck(Entity project) {
    for (JsonNode item : project.data().path("further_reading")) {
      Optional<Entity> reference = entity(item.path("reference").asText(""), Kind.REFERENCE);
      if (reference.flatMap(r -> r.text("type")).filter("slide-deck"::equals).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** The project's kick-off meeting: the earliest kick-off meeting that names the project. */
  private Optional<Entity> kickOff(String projectId) {
    return graph.referrers(projectId, "projects[]").stream()
        .map(id -> entity(id, Kind.MEETING))
        .flatMap(Optional::stream)
        .filter(m -> m.text("type").filter("kick-off"::equals).isPresent())
        .min(Comparator.comparing((Entity m) -> m.text("date").orElse("9999")));
  }

  /** "Pat Example, Director of Services, Example Borough": name, job title and organisation. */
  private String holder(Entity person) {
    List<String> parts = new ArrayList<>();
    parts.add(person.title());
    person.text("job_title").ifPresent(parts::add);
    target(person.id(), "organisation").map(Entity::title).ifPresent(parts::add);
    return String.join(", ", parts);
  }

  private static BriefingPaper.Bullets bullets(List<Markup> items) {
    return items.isEmpty() ? null : new BriefingPaper.Bullets(List.copyOf(items));
  }

  private Optional<Entity> target(String id, String field) {
    return graph.targets(id, field).stream().findFirst().flatMap(catalogue::get);
  }

  private Optional<Markup> targetText(String id, String field) {
    return target(id, field)
        .filter(t -> t.kind() == Kind.TEXT && !t.body().isBlank())
        .map(t -> markup(t.body(), t));
  }

  private Optional<Entity> entity(String id, Kind kind) {
    return id.isEmpty() ? Optional.empty() : catalogue.get(id).filter(e -> e.kind() == kind);
  }

  /** Content Markdown from {@code source}'s file, in every form a paper needs. */
  Markup markup(String text, Entity source) {
    return markup.of(text, source);
  }

  /** The body's {@code ## } sections, by lower-case heading, each without its heading. */
  private Map<String, String> sections(String body) {
    Map<String, String> out = new LinkedHashMap<>();
    if (body.isBlank()) {
      return out;
    }
    Document document = markdown.parse(body);
    String current = null;
    int start = 0;
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Heading heading && heading.getLevel() == 2) {
        if (current != null) {
          out.putIfAbsent(current, body.substring(start, node.getStartOffset()).strip());
        }
        current = heading.getText().toString().strip().toLowerCase(Locale.ROOT);
        start = node.getEndOffset();
      }
    }
    if (current != null) {
      out.putIfAbsent(current, body.substring(Math.min(start, body.length())).strip());
    }
    return out;
  }
}
