package scot.pmo.render.paper;

import java.util.List;
import java.util.Map;

/**
 * A paper of a kind declared in {@code pmo.yaml} and written from templates alone: the generic
 * model of the one entity it is about, which any template can arrange without Java. Its parts are
 * maps and lists, as {@code templates/paper/README.md} describes them.
 *
 * @param id the file name without extension: {@code <entity-id>-<kind>}
 * @param title the document title
 * @param lang the language
 * @param author who the paper is by
 * @param kind the kind's name, e.g. {@code letter}
 * @param kindTitle what one paper of the kind is called, e.g. "Letter": the document's subject
 * @param template the templates' name under {@code templates/paper/}
 * @param cover whether the paper starts with a cover page
 * @param contents whether it lists its sections
 * @param pageNumbers whether its PDF pages are numbered
 * @param entity the entity: its fields, body, sections, relations, sources and milestones
 * @param settings the programme's settings: programme, site title, publishers
 * @param provenance where the paper comes from
 */
public record EntityPaper(
    String id,
    String title,
    String lang,
    String author,
    String kind,
    String kindTitle,
    String template,
    boolean cover,
    boolean contents,
    boolean pageNumbers,
    Map<String, Object> entity,
    Map<String, Object> settings,
    Provenance provenance)
    implements Paper {

  @Override
  public EntityPaper withProvenance(Provenance provenance) {
    return new EntityPaper(
        id,
        title,
        lang,
        author,
        kind,
        kindTitle,
        template,
        cover,
        contents,
        pageNumbers,
        entity,
        settings,
        provenance);
  }

  /** Whether the entity's body has {@code ## } sections, for a contents list's frame. */
  public boolean anySections() {
    return !sections().isEmpty();
  }

  /** Whether the entity lists its sources, for the frame of their list. */
  public boolean anySources() {
    return entity.get("sources") instanceof List<?> list && !list.isEmpty();
  }

  /** The sections of the entity's body, for a contents list; empty when it has none. */
  @SuppressWarnings("unchecked")
  public List<Map<String, Object>> sections() {
    Object sections = entity.get("sections");
    return sections instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
  }
}
