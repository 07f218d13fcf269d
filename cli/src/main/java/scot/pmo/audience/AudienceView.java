package scot.pmo.audience;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import scot.pmo.model.Audience;
import scot.pmo.model.Catalogue;
import scot.pmo.model.Entity;
import scot.pmo.model.FieldPath;
import scot.pmo.model.Kind;
import scot.pmo.model.SourceRef;

/**
 * What one audience may see of a validated catalogue: the entities it sees, each without the
 * references to those it does not (and, for the public, without people's contact details). Linking
 * and rendering work from this view alone, so no page, index, feed, graph or paper of a build can
 * name what its audience may not see, whichever template or format writes it.
 *
 * <p>A reference to a hidden entity is left out as the reader would expect: a row of a list that
 * exists to name it (a team member, an attendee, an item of further reading) goes with it; any
 * other reference (an action's owner, a record's project) is left out of its row, which stays.
 */
public final class AudienceView {

  /**
   * A reference that the view leaves out.
   *
   * @param from the entity that makes it
   * @param pointer the JSON pointer of the field: {@code /team/1/person}
   * @param at where it is written
   * @param hidden the entity it names, which the audience does not see
   * @param row whether the whole row of a list goes with it, rather than the field alone
   */
  public record Omission(Entity from, String pointer, SourceRef at, Entity hidden, boolean row) {

    /** The field as people name it: {@code team[2].person}. */
    public String field() {
      return FieldPath.named(pointer);
    }
  }

  /** The fields whose row names the entity and so is left out with it. */
  private static final Set<String> ROW_SUBJECTS =
      Set.of(
          "team[].person",
          "team[].organisation",
          "attendees[].person",
          "further_reading[].reference");

  private final Audience audience;
  private final Catalogue catalogue;
  private final List<Omission> omissions;
  private final Set<String> hiddenPaths;

  private AudienceView(
      Audience audience, Catalogue catalogue, List<Omission> omissions, Set<String> hiddenPaths) {
    this.audience = audience;
    this.catalogue = catalogue;
    this.omissions = List.copyOf(omissions);
    this.hiddenPaths = Set.copyOf(hiddenPaths);
  }

  /** The view of {@code all} that {@code audience} may see; the preview's is {@code all} itself. */
  public static AudienceView of(Catalogue all, Audience audience) {
    if (audience == Audience.PREVIEW) {
      return new AudienceView(audience, all, List.of(), Set.of());
    }
    List<Entity> seen = new ArrayList<>();
    List<Omission> omissions = new ArrayList<>();
    Set<String> hidden = new LinkedHashSet<>();
    for (Entity e : all.all()) {
      if (audience.sees(e)) {
        seen.add(seenBy(all, audience, e, omissions));
      } else {
        hidden.add(e.path());
      }
    }
    // Content with nothing to hide keeps its catalogue, and all that was derived from it.
    boolean unchanged = hidden.isEmpty();
    for (int i = 0; unchanged && i < seen.size(); i++) {
      unchanged = seen.get(i) == all.all().get(i);
    }
    return new AudienceView(audience, unchanged ? all : new Catalogue(seen), omissions, hidden);
  }

  public Audience audience() {
    return audience;
  }

  /** The entities the audience sees, as it sees them. */
  public Catalogue catalogue() {
    return catalogue;
  }

  /** Every reference the view leaves out, in the order of the files that make them. */
  public List<Omission> omissions() {
    return omissions;
  }

  /** Whether the audience does not see some entity. */
  public boolean hidesAny() {
    return !hiddenPaths.isEmpty();
  }

  /** Whether the file {@code path} holds an entity the audience does not see. */
  public boolean hides(String path) {
    return hiddenPaths.contains(path);
  }

  /**
   * Every reference that {@code audience}'s view of {@code all} leaves out, without making the
   * view: what validation tells the author.
   */
  public static List<Omission> omissions(Catalogue all, Audience audience) {
    List<Omission> found = new ArrayList<>();
    if (audience != Audience.PREVIEW) {
      all.all().stream()
          .filter(audience::sees)
          .forEach(e -> found.addAll(omissions(all, audience, e)));
    }
    return found;
  }

  /** The references of {@code entity} to entities {@code audience} does not see. */
  private static List<Omission> omissions(Catalogue all, Audience audience, Entity entity) {
    List<Omission> found = new ArrayList<>();
    for (Kind.ReferenceField field : entity.kind().references()) {
      boolean row = ROW_SUBJECTS.contains(field.path().text());
      field
          .path()
          .forEachText(
              entity.data(),
              (pointer, id) ->
                  all.get(id)
                      .filter(target -> !audience.sees(target))
                      .ifPresent(
                          target ->
                              found.add(
                                  new Omission(
                                      entity,
                                      pointer,
                                      entity.positions().value(pointer),
                                      target,
                                      row))));
    }
    return found;
  }

  /** The entity as the audience sees it: the same object where nothing in it is left out. */
  private static Entity seenBy(
      Catalogue all, Audience audience, Entity entity, List<Omission> omissions) {
    List<String> removals = new ArrayList<>();
    for (Omission o : omissions(all, audience, entity)) {
      omissions.add(o);
      removals.add(o.row() ? parent(o.pointer()) : o.pointer());
    }
    if (!audience.seesContactDetails()) {
      for (String field : Audience.CONTACT_DETAILS.getOrDefault(entity.kind(), List.of())) {
        if (entity.data().has(field)) {
          removals.add("/" + field);
        }
      }
    }
    if (removals.isEmpty()) {
      return entity;
    }
    ObjectNode data = entity.data().deepCopy();
    remove(data, removals);
    return new Entity(
        entity.kind(),
        entity.id(),
        entity.path(),
        data,
        entity.positions(),
        entity.body(),
        entity.bodyLine());
  }

  /** The pointer of the row that holds {@code pointer}'s value: {@code /team/1}. */
  private static String parent(String pointer) {
    return pointer.substring(0, pointer.lastIndexOf('/'));
  }

  /**
   * Removes the values at {@code pointers} from {@code data}: the later items of a list first, so
   * that each pointer still finds its value; a list left empty goes too.
   */
  private static void remove(ObjectNode data, List<String> pointers) {
    List<JsonPointer> sorted =
        new LinkedHashSet<>(pointers)
            .stream()
                .map(JsonPointer::compile)
                .sorted(Comparator.comparing(AudienceView::depthFirstKey).reversed())
                .toList();
    for (JsonPointer pointer : sorted) {
      JsonNode parent = data.at(pointer.head());
      String last = pointer.last().getMatchingProperty();
      if (parent instanceof ArrayNode list) {
        list.remove(Integer.parseInt(last));
      } else if (parent instanceof ObjectNode object) {
        object.remove(last);
      }
    }
    for (JsonPointer pointer : sorted) {
      JsonNode parent = data.at(pointer.head());
      if (parent instanceof ArrayNode list && list.isEmpty()) {
        JsonNode holder = data.at(pointer.head().head());
        if (holder instanceof ObjectNode object) {
          object.remove(pointer.head().last().getMatchingProperty());
        }
      }
    }
  }

  /**
   * A key that orders pointers so that, reversed, a list's later items come before its earlier ones
   * and a value's children before the value: each step, numbers padded to sort as numbers.
   */
  private static String depthFirstKey(JsonPointer pointer) {
    StringBuilder key = new StringBuilder();
    for (JsonPointer p = pointer; p != null && !p.matches(); p = p.tail()) {
      String step = p.getMatchingProperty();
      key.append('/');
      boolean index =
          !step.isEmpty() && step.length() < 10 && step.chars().allMatch(Character::isDigit);
      key.append(index ? "%010d".formatted(Integer.parseInt(step)) : step);
    }
    return key.toString();
  }
}
