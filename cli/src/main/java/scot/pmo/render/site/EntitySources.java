package scot.pmo.render.site;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import scot.pmo.model.Entity;
import scot.pmo.render.site.Pages.SourceItem;

/**
 * Where an entity's facts come from, as its page says it: each item of its {@code sources:} as the
 * reference's title linked to its page, with the section and page cited and the note.
 */
final class EntitySources {

  private final SiteModel model;

  EntitySources(SiteModel model) {
    this.model = model;
  }

  /**
   * The references {@code e}'s {@code sources:} names, in the order first named, each once with
   * every place in it that is cited ("sections “Purpose”, “Governance”") and every note.
   */
  List<SourceItem> of(Entity e, String page) {
    JsonNode list = e.data().get("sources");
    Map<String, List<String>> places = new LinkedHashMap<>();
    Map<String, List<String>> notes = new LinkedHashMap<>();
    if (list == null || !list.isArray()) {
      return List.of();
    }
    for (JsonNode item : list) {
      String id = text(item, "reference").orElse("");
      if (id.isEmpty()) {
        continue;
      }
      Optional<String> section = text(item, "section").map(t -> "“" + t + "”");
      Optional<String> pages =
          text(item, "page").map(t -> (t.matches(".*[–-].*") ? "pages " : "page ") + t);
      String where =
          section.map(t -> t + pages.map(p -> " (" + p + ")").orElse("")).orElse(pages.orElse(""));
      List<String> cited = places.computeIfAbsent(id, k -> new ArrayList<>());
      if (!where.isEmpty() && !cited.contains(where)) {
        cited.add(where);
      }
      List<String> said = notes.computeIfAbsent(id, k -> new ArrayList<>());
      text(item, "note").map(n -> model.inline(n, e.path(), page)).ifPresent(said::add);
    }
    String root = SitePaths.root(page);
    List<SourceItem> out = new ArrayList<>();
    places.forEach(
        (id, where) -> {
          Optional<Entity> reference = model.entity(id);
          out.add(
              new SourceItem(
                  reference.map(Entity::title).orElse(id),
                  reference.map(r -> root + model.page(r)).orElse(""),
                  where(where),
                  String.join(" ", notes.get(id))));
        });
    return out;
  }

  /** "section “Purpose”", "sections “Context” (pages 3–5), “Overall Approach” (page 6)". */
  private static String where(List<String> places) {
    long sections = places.stream().filter(p -> p.startsWith("“")).count();
    String joined = String.join(", ", places);
    if (sections == 0) {
      return joined;
    }
    return (sections == 1 ? "section " : "sections ") + joined;
  }

  private static Optional<String> text(JsonNode item, String field) {
    JsonNode value = item.get(field);
    return value != null && value.isTextual() && !value.textValue().isBlank()
        ? Optional.of(value.textValue().strip())
        : Optional.empty();
  }
}
