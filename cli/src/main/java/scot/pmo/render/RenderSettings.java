package scot.pmo.render;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import scot.pmo.link.ProgrammeGraph;
import scot.pmo.model.Catalogue;
import scot.pmo.model.Config;
import scot.pmo.model.DateStyle;
import scot.pmo.model.Entity;
import scot.pmo.model.Kind;
import scot.pmo.model.PartialDate;
import scot.pmo.model.Words;

/**
 * What {@code pmo.yaml} says, resolved against the content as the site and the papers use it: the
 * programme they are about, the site's title, who publishes them, and the governance group the
 * escalation report is for, with the defaults wherever {@code pmo.yaml} says nothing.
 *
 * @param config the configuration
 * @param programme the programme the site and papers are about: the one {@code pmo.yaml} names,
 *     else the one the most entities name; empty when the content has no programme
 * @param siteTitle the site's title: {@code pmo.yaml}'s, else the programme's short title or title
 * @param publishers the organisations {@code published_by} names, in its order
 * @param governanceGroup the group the escalation report is for: {@code pmo.yaml}'s, else the
 *     programme's governance group (else the first programme's that has one)
 * @param escalationReportName the escalation report's file name, without extension
 * @param escalationReportTitle the escalation report's title
 */
public record RenderSettings(
    Config config,
    Optional<Entity> programme,
    String siteTitle,
    List<Entity> publishers,
    Optional<Entity> governanceGroup,
    String escalationReportName,
    String escalationReportTitle) {

  public RenderSettings {
    publishers = List.copyOf(publishers);
  }

  /** {@code config} resolved against {@code catalogue} and its {@code graph}. */
  public static RenderSettings of(Config config, Catalogue catalogue, ProgrammeGraph graph) {
    Optional<Entity> programme =
        config
            .programme()
            .flatMap(catalogue::get)
            .filter(e -> e.kind() == Kind.PROGRAMME)
            .or(() -> mostNamed(catalogue, graph));
    String siteTitle =
        config
            .site()
            .title()
            .or(() -> programme.map(p -> p.text("short_title").orElse(p.title())))
            .orElse("");
    List<Entity> publishers =
        config.publishedBy().stream().map(catalogue::get).flatMap(Optional::stream).toList();
    Config.EscalationReport report = config.papers().escalationReport();
    Optional<Entity> group =
        report
            .group()
            .flatMap(catalogue::get)
            .or(() -> programme.flatMap(p -> governanceGroup(p, catalogue, graph)))
            .or(
                () ->
                    catalogue.of(Kind.PROGRAMME).stream()
                        .map(p -> governanceGroup(p, catalogue, graph))
                        .flatMap(Optional::stream)
                        .findFirst());
    String title =
        report
            .title()
            .orElse(group.map(g -> g.title() + " escalation report").orElse("Escalation report"));
    return new RenderSettings(
        config, programme, siteTitle, publishers, group, report.name(), title);
  }

  /** The programme the most other entities name; among equals, the first by id. */
  private static Optional<Entity> mostNamed(Catalogue catalogue, ProgrammeGraph graph) {
    return catalogue.of(Kind.PROGRAMME).stream()
        .max(
            Comparator.comparingInt((Entity p) -> graph.incoming(p.id()).size())
                .thenComparing(Entity::id, Comparator.reverseOrder()));
  }

  private static Optional<Entity> governanceGroup(
      Entity programme, Catalogue catalogue, ProgrammeGraph graph) {
    return graph.targets(programme.id(), "governance_group").stream()
        .findFirst()
        .flatMap(catalogue::get);
  }

  /** How dates are written out. */
  public DateStyle dates() {
    return config.dates().format();
  }

  /** The BCP 47 tag of the pages' and papers' language. */
  public String language() {
    return config.site().language();
  }

  /** A date as {@code pmo.yaml} says dates are written. */
  public String date(PartialDate date) {
    return date.display(dates());
  }

  /** A day as {@code pmo.yaml} says dates are written. */
  public String date(LocalDate day) {
    return dates().format(day);
  }

  /** The publishers' names in a sentence: "A", "A and B", "A, B and C"; "" for none. */
  public String publishedBy() {
    return Words.list(publishers.stream().map(Entity::title).toList());
  }
}
