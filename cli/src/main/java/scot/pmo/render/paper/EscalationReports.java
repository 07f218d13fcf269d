package scot.pmo.render.paper;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import scot.pmo.link.ProgrammeGraph;
import scot.pmo.link.RaidItem;
import scot.pmo.link.RaidView;
import scot.pmo.model.Catalogue;
import scot.pmo.model.Entity;
import scot.pmo.model.Kind;
import scot.pmo.model.PartialDate;
import scot.pmo.model.Words;

/**
 * Builds the {@link EscalationReport} for the Chief Executive Working Group from the RAID view: the
 * live records grouped by anchor, escalated and oldest first, with their ages as of a date.
 */
public final class EscalationReports {

  /** The file name of the report, without extension. */
  public static final String ID = "cewg-escalation-report";

  private final Catalogue catalogue;
  private final ProgrammeGraph graph;

  public EscalationReports(Catalogue catalogue, ProgrammeGraph graph) {
    this.catalogue = catalogue;
    this.graph = graph;
  }

  /** The report as of {@code asOf}. */
  public EscalationReport build(LocalDate asOf, Provenance provenance) {
    RaidView view = RaidView.of(catalogue, graph, asOf);
    List<EscalationReport.Group> groups = new ArrayList<>();
    int count = 0;
    for (RaidView.AnchorGroup group : view.register()) {
      List<EscalationReport.Item> items = group.items().stream().map(this::item).toList();
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
    Optional<Entity> programme =
        catalogue.of(Kind.PROGRAMME).stream()
            .filter(p -> !graph.targets(p.id(), "governance_group").isEmpty())
            .findFirst();
    String programmeTitle = programme.map(Entity::title).orElse("");
    String group =
        programme
            .flatMap(p -> graph.targets(p.id(), "governance_group").stream().findFirst())
            .map(this::title)
            .orElse("Chief Executive Working Group");
    String heading = group + " escalation report";
    return new EscalationReport(
        ID,
        heading + " – " + display(asOf),
        BriefingPapers.LANG,
        programmeTitle.isEmpty() ? group : programmeTitle,
        programmeTitle,
        heading,
        display(asOf),
        count == 1 ? "1 record" : count + " records",
        count > 0,
        List.copyOf(groups),
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
    String escalated = item.escalated().map(PartialDate::display).orElse("");
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
        item.raised().map(PartialDate::display).orElse(""),
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

  private static String display(LocalDate date) {
    return PartialDate.parse(date.toString()).map(PartialDate::display).orElseThrow();
  }
}
