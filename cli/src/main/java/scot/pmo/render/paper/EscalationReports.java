package scot.pmo.render.paper;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import scot.pmo.link.MeetingSeries;
import scot.pmo.link.ProgrammeGraph;
import scot.pmo.link.RaidItem;
import scot.pmo.link.RaidView;
import scot.pmo.model.Catalogue;
import scot.pmo.model.Config;
import scot.pmo.model.Entity;
import scot.pmo.model.Words;
import scot.pmo.render.RenderSettings;

/**
 * Builds the {@link EscalationReport} for the programme's governance group from the RAID view: the
 * live records grouped by anchor, escalated and oldest first, with their ages as of a date. Its
 * group, file name and title are those {@code pmo.yaml} gives, or the defaults.
 */
public final class EscalationReports {

  private final Catalogue catalogue;
  private final ProgrammeGraph graph;
  private final RenderSettings settings;

  /** The report with the default configuration. */
  public EscalationReports(Catalogue catalogue, ProgrammeGraph graph) {
    this(catalogue, graph, Config.DEFAULT);
  }

  /** The report as {@code config} names, titles and dates it. */
  public EscalationReports(Catalogue catalogue, ProgrammeGraph graph, Config config) {
    this.catalogue = catalogue;
    this.graph = graph;
    this.settings = RenderSettings.of(config, catalogue, graph);
  }

  /** The report's file name, without extension. */
  public String id() {
    return settings.escalationReportName();
  }

  /** The report as of {@code asOf}: every live record. */
  public EscalationReport build(LocalDate asOf, Provenance provenance) {
    RaidView view = RaidView.of(catalogue, graph, asOf);
    return build(view, item -> true, "", EscalationReport.Headings.REPORT, asOf, provenance);
  }

  /**
   * The report as a section of {@code meeting}'s pack, as of {@code asOf}: the live records
   * escalated to the body that meets (one of its organisers), grouped and ordered as the report
   * orders them.
   */
  public EscalationReport forMeeting(Entity meeting, LocalDate asOf, Provenance provenance) {
    RaidView view = RaidView.of(catalogue, graph, asOf);
    Set<String> escalated =
        new MeetingSeries(catalogue)
            .escalatedTo(meeting, view).stream().map(RaidItem::id).collect(Collectors.toSet());
    String body = Words.list(meeting.texts("organisers").stream().map(this::title).toList());
    return build(
        view,
        item -> escalated.contains(item.id()),
        body,
        EscalationReport.Headings.SECTION,
        asOf,
        provenance);
  }

  private EscalationReport build(
      RaidView view,
      Predicate<RaidItem> include,
      String body,
      EscalationReport.Headings headings,
      LocalDate asOf,
      Provenance provenance) {
    List<EscalationReport.Group> groups = new ArrayList<>();
    int count = 0;
    for (RaidView.AnchorGroup group : view.register()) {
      List<EscalationReport.Item> items =
          group.items().stream().filter(include).map(this::item).toList();
      if (items.isEmpty()) {
        continue;
      }
      count += items.size();
      String anchor = group.anchor().map(this::title).orElse("Projects without an anchor");
      String sponsor =
          group
              .anchor()
              .flatMap(a -> graph.targets(a, "sponsor").stream().findFirst())
              .map(this::title)
              .orElse("");
      groups.add(new EscalationReport.Group(anchor, sponsor, items));
    }
    String programmeTitle = settings.programme().map(Entity::title).orElse("");
    String group = settings.governanceGroup().map(Entity::title).orElse("");
    String heading = settings.escalationReportTitle();
    return new EscalationReport(
        id(),
        heading + " – " + display(asOf),
        settings.language(),
        programmeTitle.isEmpty() ? group : programmeTitle,
        programmeTitle,
        heading,
        display(asOf),
        count == 1 ? "1 record" : count + " records",
        count > 0,
        List.copyOf(groups),
        body,
        headings,
        provenance);
  }

  private EscalationReport.Item item(RaidItem item) {
    Entity record = catalogue.get(item.id()).orElseThrow();
    String relation =
        switch (record.text("relation").orElse("")) {
          case "depends-on" -> "Depends on";
          case "depended-on-by" -> "Depended on by";
          default -> "";
        };
    String escalated = item.escalated().map(settings::date).orElse("");
    if (!escalated.isEmpty() && item.escalatedTo().isPresent()) {
      escalated += ", to the " + title(item.escalatedTo().get());
    }
    return new EscalationReport.Item(
        item.title(),
        Words.capitalise(item.type()),
        title(item.project()),
        item.with().map(this::title).orElse(""),
        item.with().isPresent() ? relation : "",
        Words.capitalise(item.status()),
        item.owner().map(this::title).orElse(""),
        item.raised().map(settings::date).orElse(""),
        item.daysOpen().map(EscalationReports::days).orElse("Not recorded"),
        escalated,
        item.daysEscalated().map(EscalationReports::days).orElse(""));
  }

  private String title(String id) {
    return catalogue.get(id).map(Entity::title).orElse(id);
  }

  private static String days(long days) {
    return days == 1 ? "1 day" : days + " days";
  }

  private String display(LocalDate date) {
    return settings.date(date);
  }
}
