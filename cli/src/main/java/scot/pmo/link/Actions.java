package scot.pmo.link;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import scot.pmo.model.Catalogue;
import scot.pmo.model.Entity;
import scot.pmo.model.Kind;
import scot.pmo.model.PartialDate;

/**
 * Every action of the programme: those agreed at meetings and those in RAID records' responses,
 * soonest due first.
 */
public final class Actions {

  private final List<ActionItem> all;

  private Actions(List<ActionItem> all) {
    this.all = all;
  }

  public static Actions of(Catalogue catalogue) {
    List<ActionItem> all = new ArrayList<>();
    for (Kind kind : List.of(Kind.MEETING, Kind.INTERDEPENDENCY)) {
      for (Entity entity : catalogue.of(kind)) {
        all.addAll(of(entity));
      }
    }
    all.sort(
        Comparator.comparing(
                (ActionItem a) -> a.due().map(PartialDate::start).orElse(LocalDate.MAX))
            .thenComparing(ActionItem::id));
    return new Actions(List.copyOf(all));
  }

  /** The actions written in {@code entity} (a meeting or a RAID record), in their order there. */
  public static List<ActionItem> of(Entity entity) {
    JsonNode list = entity.data().get("actions");
    List<ActionItem> out = new ArrayList<>();
    if (list == null || !list.isArray()) {
      return out;
    }
    for (int i = 0; i < list.size(); i++) {
      JsonNode action = list.get(i);
      if (!action.isObject()) {
        continue;
      }
      String own = text(action, "id").orElse(String.valueOf(i + 1));
      out.add(
          new ActionItem(
              entity.id() + "/" + own,
              entity.id(),
              entity.kind().label(),
              text(action, "title").orElse(""),
              text(action, "owner").orElse(""),
              text(action, "due").flatMap(PartialDate::parse),
              text(action, "status").orElse("open"),
              text(action, "done").flatMap(PartialDate::parse),
              text(action, "project").or(() -> entity.text("project")),
              entity.path(),
              i));
    }
    return out;
  }

  private static Optional<String> text(JsonNode object, String field) {
    JsonNode value = object.get(field);
    return value != null && value.isTextual() && !value.textValue().isBlank()
        ? Optional.of(value.textValue())
        : Optional.empty();
  }

  /** Every action, soonest due first. */
  public List<ActionItem> all() {
    return all;
  }

  /** The open actions whose due date passed before {@code asOf}. */
  public List<ActionItem> overdue(LocalDate asOf) {
    return all.stream().filter(a -> a.overdue(asOf)).toList();
  }

  /** The actions {@code person} owns. */
  public List<ActionItem> ownedBy(String person) {
    return all.stream().filter(a -> a.owner().equals(person)).toList();
  }

  /** The actions agreed at, or written in, {@code source} (a meeting or RAID record id). */
  public List<ActionItem> from(String source) {
    return all.stream().filter(a -> a.source().equals(source)).toList();
  }
}
