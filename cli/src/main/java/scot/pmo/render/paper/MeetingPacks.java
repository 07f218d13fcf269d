package scot.pmo.render.paper;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import scot.pmo.link.ActionItem;
import scot.pmo.link.Actions;
import scot.pmo.link.MeetingSeries;
import scot.pmo.link.ProgrammeGraph;
import scot.pmo.link.RaidItem;
import scot.pmo.link.RaidView;
import scot.pmo.model.Catalogue;
import scot.pmo.model.Config;
import scot.pmo.model.Entity;
import scot.pmo.model.Kind;
import scot.pmo.model.PartialDate;
import scot.pmo.model.Rag;
import scot.pmo.model.RaidScale;
import scot.pmo.model.Words;
import scot.pmo.render.RenderSettings;
import scot.pmo.render.markdown.KeptRenderings;
import scot.pmo.render.markdown.MarkdownRenderer;

/**
 * Builds a meeting's {@link MeetingPack}: its agenda, a highlight report of each project on it, the
 * records escalated to the body that meets (the escalation report's model, through {@link
 * EscalationReports#forMeeting}) and the actions of the meeting before, all as of a date.
 */
public final class MeetingPacks {

  /** How many risks a highlight report shows. */
  static final int TOP_RISKS = 5;

  /** How far ahead milestones count as due when no next meeting is known. */
  static final int WEEKS_AHEAD = 8;

  private final Catalogue catalogue;
  private final ProgrammeGraph graph;
  private final MarkdownRenderer markdown;
  private final PaperLinks links;
  private PaperMarkup markup;
  private final Config config;
  private final RenderSettings settings;
  private final MeetingSeries series;

  /** Packs in the language, date style and risk scale {@code config} gives. */
  public MeetingPacks(
      Catalogue catalogue, ProgrammeGraph graph, MarkdownRenderer markdown, Config config) {
    this.catalogue = catalogue;
    this.graph = graph;
    this.markdown = markdown;
    this.links = new PaperLinks(catalogue, graph);
    this.markup = new PaperMarkup(markdown, links, KeptRenderings.none());
    this.config = config;
    this.settings = RenderSettings.of(config, catalogue, graph);
    this.series = new MeetingSeries(catalogue);
  }

  /**
   * Takes the texts' renderings that {@code kept} holds from the build before, where their files
   * and links are unchanged, and keeps this build's in it.
   */
  public MeetingPacks keepingMarkup(KeptRenderings<Markup> kept) {
    this.markup = new PaperMarkup(markdown, links, kept);
    return this;
  }

  /** The file name of {@code meetingId}'s pack, without extension. */
  public static String id(String meetingId) {
    return Config.meetingPackName(meetingId);
  }

  /** The meetings that have an agenda, which {@code pmo build} writes packs for, by id. */
  public static List<String> withAgenda(Catalogue catalogue) {
    return catalogue.of(Kind.MEETING).stream()
        .filter(m -> m.data().path("agenda").isArray() && !m.data().path("agenda").isEmpty())
        .map(Entity::id)
        .sorted()
        .toList();
  }

  /** The pack of the meeting {@code meetingId}, which must exist, as of {@code asOf}. */
  public MeetingPack build(String meetingId, LocalDate asOf, Provenance provenance) {
    Entity meeting =
        catalogue
            .get(meetingId)
            .filter(e -> e.kind() == Kind.MEETING)
            .orElseThrow(() -> new IllegalArgumentException("no meeting " + meetingId));
    RaidView raid = RaidView.of(catalogue, graph, asOf);
    Optional<LocalDate> date = date(meeting, "date").map(PartialDate::start);

    List<MeetingPack.Attendee> attendees = new ArrayList<>();
    for (JsonNode attendee : meeting.data().path("attendees")) {
      String person = attendee.path("person").asText("");
      if (person.isEmpty()) {
        continue;
      }
      attendees.add(
          new MeetingPack.Attendee(
              title(person), organisation(person), attendee.path("role").asText("")));
    }
    List<String> apologies = meeting.texts("apologies").stream().map(this::title).toList();

    List<String> projects = projects(meeting);
    List<MeetingPack.AgendaItem> agenda = new ArrayList<>();
    int number = 0;
    for (JsonNode item : meeting.data().path("agenda")) {
      number++;
      String project = item.path("project").asText("");
      Optional<Entity> paper = entity(item.path("paper").asText(""), Kind.REFERENCE);
      agenda.add(
          new MeetingPack.AgendaItem(
              number,
              markup(item.path("title").asText(""), meeting),
              item.path("presenter").asText("").isEmpty()
                  ? ""
                  : title(item.path("presenter").asText("")),
              paper.map(Entity::title).orElse(""),
              paper.flatMap(PaperLinks::webAddress).orElse(""),
              project.isEmpty() ? "" : title(project),
              project.isEmpty() ? "" : anchor(project)));
    }

    Optional<Entity> next = next(meeting);
    LocalDate from = date.orElse(asOf);
    LocalDate dueBy =
        next.flatMap(m -> date(m, "date"))
            .map(PartialDate::start)
            .orElse(from.plusWeeks(WEEKS_AHEAD));
    String dueByReason =
        next.isPresent()
            ? "the next meeting"
            : "eight weeks after " + (date.isPresent() ? "this meeting" : "the as-of date");
    List<MeetingPack.Highlight> highlights =
        projects.stream().map(p -> highlight(p, raid, asOf, dueBy)).toList();

    MeetingPack.PreviousActions previous =
        series
            .previous(meeting)
            .map(
                m ->
                    new MeetingPack.PreviousActions(
                        m.title(),
                        date(m, "date").map(settings::date).orElse(""),
                        MeetingPack.Items.of(
                            Actions.of(m).stream().map(a -> action(a, asOf)).toList())))
            .orElse(null);

    List<MeetingPack.MinuteDecision> decisions = new ArrayList<>();
    for (JsonNode decision : meeting.data().path("decisions")) {
      String project = decision.path("project").asText("");
      String record = decision.path("record").asText("");
      decisions.add(
          new MeetingPack.MinuteDecision(
              markup(decision.path("title").asText(""), meeting),
              project.isEmpty() ? "" : title(project),
              record.isEmpty() ? "" : title(record)));
    }
    List<MeetingPack.Action> actions =
        Actions.of(meeting).stream().map(a -> action(a, asOf)).toList();
    MeetingPack.Minutes minutes =
        decisions.isEmpty() && actions.isEmpty()
            ? null
            : new MeetingPack.Minutes(
                MeetingPack.Items.of(decisions), MeetingPack.Items.of(actions));

    String programmeTitle = settings.programme().map(Entity::title).orElse("");
    String body = Words.list(meeting.texts("organisers").stream().map(this::title).toList());
    return new MeetingPack(
        id(meetingId),
        meeting.title() + " – meeting pack",
        settings.language(),
        programmeTitle.isEmpty() ? body : programmeTitle,
        programmeTitle,
        meeting.title(),
        date(meeting, "date").map(settings::date).orElse(""),
        body,
        meeting.text("status").map(Words::capitalise).orElse(""),
        settings.date(asOf),
        MeetingPack.Items.of(attendees),
        MeetingPack.Items.of(apologies),
        agenda.isEmpty() ? null : new MeetingPack.Agenda(List.copyOf(agenda)),
        highlights.isEmpty()
            ? null
            : new MeetingPack.Highlights(settings.date(dueBy), dueByReason, highlights),
        meeting.texts("organisers").isEmpty()
            ? null
            : new EscalationReports(catalogue, graph, config).forMeeting(meeting, asOf, provenance),
        previous,
        minutes,
        provenance);
  }

  /** The projects on the meeting: those of its agenda in agenda order, then its own others. */
  private List<String> projects(Entity meeting) {
    Set<String> ids = new LinkedHashSet<>();
    for (JsonNode item : meeting.data().path("agenda")) {
      String project = item.path("project").asText("");
      if (!project.isEmpty()) {
        ids.add(project);
      }
    }
    ids.addAll(meeting.texts("projects"));
    return ids.stream().filter(id -> entity(id, Kind.PROJECT).isPresent()).toList();
  }

  /** The earliest later meeting whose previous meeting is {@code meeting}. */
  private Optional<Entity> next(Entity meeting) {
    Optional<LocalDate> date = date(meeting, "date").map(PartialDate::start);
    return catalogue.of(Kind.MEETING).stream()
        .filter(m -> !m.id().equals(meeting.id()))
        .filter(m -> series.previous(m).map(p -> p.id().equals(meeting.id())).orElse(false))
        .filter(m -> date(m, "date").isPresent())
        .filter(m -> date.map(d -> date(m, "date").get().start().isAfter(d)).orElse(true))
        .min(
            Comparator.comparing((Entity m) -> date(m, "date").get().start())
                .thenComparing(Entity::id));
  }

  private MeetingPack.Highlight highlight(
      String projectId, RaidView raid, LocalDate asOf, LocalDate dueBy) {
    Entity project = catalogue.get(projectId).orElseThrow();
    Optional<Rag> rag = project.text("rag").flatMap(Rag::parse);

    List<MeetingPack.Milestone> due = new ArrayList<>();
    List<MeetingPack.Milestone> slipped = new ArrayList<>();
    List<Entity> milestones =
        catalogue.of(Kind.MILESTONE).stream()
            .filter(m -> m.text("project").filter(projectId::equals).isPresent())
            .filter(m -> m.text("status").orElse("planned").equals("planned"))
            .filter(m -> dueDate(m).isPresent())
            .sorted(
                Comparator.comparing((Entity m) -> dueDate(m).get().start())
                    .thenComparing(Entity::id))
            .toList();
    for (Entity milestone : milestones) {
      PartialDate when = dueDate(milestone).get();
      List<String> notes = new ArrayList<>();
      if (when.end().isBefore(asOf)) {
        notes.add("overdue by " + days(ChronoUnit.DAYS.between(when.end(), asOf)));
      }
      Optional<PartialDate> baseline = date(milestone, "baseline");
      if (baseline.isPresent() && when.start().isAfter(baseline.get().end())) {
        notes.add(
            days(ChronoUnit.DAYS.between(baseline.get().end(), when.start()))
                + " later than its baseline of "
                + settings.date(baseline.get()));
      }
      MeetingPack.Milestone item =
          new MeetingPack.Milestone(
              milestone.title(), settings.date(when), Words.capitalise(String.join("; ", notes)));
      if (!notes.isEmpty()) {
        slipped.add(item);
      } else if (!when.start().isAfter(dueBy)) {
        due.add(item);
      }
    }

    RaidScale scale = config.raid();
    List<MeetingPack.Risk> risks =
        raid.items().stream()
            .filter(RaidItem::isLive)
            .filter(i -> i.type().equals("risk"))
            .filter(i -> i.allProjects().contains(projectId))
            .sorted(
                Comparator.comparing((RaidItem i) -> -i.rating().map(r -> r.score()).orElse(0))
                    .thenComparing(RaidItem::id))
            .limit(TOP_RISKS)
            .map(i -> risk(i, scale))
            .toList();
    List<MeetingPack.Decision> decisions =
        raid.items().stream()
            .filter(RaidItem::isLive)
            .filter(i -> i.type().equals("decision"))
            .filter(i -> i.allProjects().contains(projectId))
            .map(
                i ->
                    new MeetingPack.Decision(
                        i.title(),
                        Words.capitalise(i.status()),
                        i.owner().map(this::title).orElse(""),
                        i.raised().map(settings::date).orElse("")))
            .toList();

    return new MeetingPack.Highlight(
        anchor(projectId),
        project.title(),
        project.text("status").map(Words::capitalise).orElse(""),
        rag.map(Rag::text).orElse("not recorded"),
        rag.map(Rag::value).orElse("none"),
        rag.flatMap(r -> project.text("rag_reason")).map(r -> markup(r, project)).orElse(null),
        rag.flatMap(r -> date(project, "rag_date")).map(settings::date).orElse(""),
        MeetingPack.Items.of(due),
        MeetingPack.Items.of(slipped),
        MeetingPack.Items.of(risks),
        MeetingPack.Items.of(decisions));
  }

  private MeetingPack.Risk risk(RaidItem item, RaidScale scale) {
    Optional<RaidItem.Rating> rating = item.rating();
    String scaleWords =
        rating
            .map(
                r ->
                    scale
                        .likelihoodLabel(r.likelihood())
                        .flatMap(
                            l ->
                                scale
                                    .impactLabel(r.impact())
                                    .map(i -> "likelihood " + l + ", impact " + i))
                        .orElse(""))
            .orElse("");
    Markup mitigation =
        item.details()
            .mitigation()
            .flatMap(m -> catalogue.get(item.id()).map(e -> markup(m, e)))
            .orElse(null);
    return new MeetingPack.Risk(
        item.title(),
        rating
            .map(r -> r.likelihood() + " × " + r.impact() + " = " + r.score())
            .orElse("Not rated"),
        rating.map(r -> scale.band(r.score()).name()).orElse(""),
        scaleWords,
        Words.capitalise(item.status()),
        item.owner().map(this::title).orElse(""),
        mitigation);
  }

  private MeetingPack.Action action(ActionItem action, LocalDate asOf) {
    String progress;
    if (action.overdue(asOf)) {
      progress =
          "Overdue by " + days(ChronoUnit.DAYS.between(action.due().orElseThrow().end(), asOf));
    } else if (action.status().equals("done")) {
      progress = action.done().map(d -> "Done on " + settings.date(d)).orElse("Done");
    } else {
      progress = Words.capitalise(action.status());
    }
    Entity source = catalogue.get(action.source()).orElseThrow();
    return new MeetingPack.Action(
        markup(action.title(), source),
        title(action.owner()),
        action.due().map(settings::date).orElse(""),
        Words.capitalise(action.status()),
        progress,
        action.overdue(asOf),
        action.project().map(this::title).orElse(""));
  }

  private static Optional<PartialDate> dueDate(Entity milestone) {
    return date(milestone, "due").or(() -> date(milestone, "end"));
  }

  private static Optional<PartialDate> date(Entity entity, String field) {
    return entity.text(field).flatMap(PartialDate::parse);
  }

  private static String anchor(String projectId) {
    return "highlight-" + projectId;
  }

  private static String days(long days) {
    return days == 1 ? "1 day" : days + " days";
  }

  private String organisation(String person) {
    return graph.targets(person, "organisation").stream().findFirst().map(this::title).orElse("");
  }

  private String title(String id) {
    return catalogue.get(id).map(Entity::title).orElse(id);
  }

  private Optional<Entity> entity(String id, Kind kind) {
    return id.isEmpty() ? Optional.empty() : catalogue.get(id).filter(e -> e.kind() == kind);
  }

  /** Content Markdown from {@code source}'s file, in every form a paper needs. */
  private Markup markup(String text, Entity source) {
    return markup.of(text, source);
  }
}
