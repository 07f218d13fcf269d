package scot.pmo.link;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import scot.pmo.model.Catalogue;
import scot.pmo.model.Entity;
import scot.pmo.model.Kind;
import scot.pmo.model.PartialDate;

/**
 * Meetings as a series: the one before a meeting (its {@code previous}, else the latest earlier
 * meeting with an organiser in common) and the RAID records escalated to the body that meets.
 */
public final class MeetingSeries {

  private final Catalogue catalogue;

  public MeetingSeries(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  /** The meeting before {@code meeting} in its series, if there is one. */
  public Optional<Entity> previous(Entity meeting) {
    Optional<String> named = meeting.text("previous");
    if (named.isPresent()) {
      return catalogue.get(named.get()).filter(e -> e.kind() == Kind.MEETING);
    }
    Optional<LocalDate> date = date(meeting);
    Set<String> organisers = Set.copyOf(meeting.texts("organisers"));
    if (date.isEmpty() || organisers.isEmpty()) {
      return Optional.empty();
    }
    return catalogue.of(Kind.MEETING).stream()
        .filter(m -> !m.id().equals(meeting.id()))
        .filter(m -> m.texts("organisers").stream().anyMatch(organisers::contains))
        .filter(m -> date(m).map(d -> d.isBefore(date.get())).orElse(false))
        .max(
            Comparator.comparing((Entity m) -> date(m).orElseThrow())
                .thenComparing(Entity::id, Comparator.reverseOrder()));
  }

  /** The live RAID records escalated to one of the organisers of {@code meeting}. */
  public List<RaidItem> escalatedTo(Entity meeting, RaidView raid) {
    Set<String> organisers = Set.copyOf(meeting.texts("organisers"));
    return raid.items().stream()
        .filter(RaidItem::isLive)
        .filter(i -> i.escalatedTo().map(organisers::contains).orElse(false))
        .toList();
  }

  private static Optional<LocalDate> date(Entity meeting) {
    return meeting.text("date").flatMap(PartialDate::parse).map(PartialDate::start);
  }
}
