package scot.pmo.model;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The kinds of entity, each kept in its own folder under {@code content/} and checked against
 * {@code schemas/<name>.schema.json}. The reference, date and Markdown fields listed here are the
 * ones the schema marks as ids, dates and Markdown; the schema itself checks their form.
 */
public enum Kind {
  PROGRAMME(
      "programme",
      "programmes",
      "title",
      List.of(
          ref("led_by[]", "led by", "leads", "organisation"),
          ref(
              "on_behalf_of",
              "delivered on behalf of",
              "has delivered on its behalf",
              "organisation"),
          ref("part_of", "part of", "includes", "programme"),
          ref("governance_group", "overseen by", "oversees", "organisation"),
          ref("think_piece", "vision set out in", "sets out the vision of", "reference"),
          ref("proposal.by", "proposed by", "proposed", "organisation")),
      List.of("started", "proposal.date"),
      List.of("summary")),
  ANCHOR(
      "anchor",
      "anchors",
      "title",
      List.of(
          ref("programme", "anchor of", "has anchor", "programme"),
          ref("sponsor", "sponsored by", "sponsors anchor", "person")),
      List.of(),
      List.of("summary")),
  WORKSTREAM(
      "workstream",
      "workstreams",
      "title",
      List.of(ref("programme", "workstream of", "has workstream", "programme")),
      List.of(),
      List.of("summary")),
  PROJECT(
      "project",
      "projects",
      "title",
      List.of(
          ref("programme", "project of", "has project", "programme"),
          ref("workstream", "in workstream", "has project", "workstream"),
          ref("anchor", "serves anchor", "served by project", "anchor"),
          ref("team[].role", "has role", "role in", "role"),
          ref("team[].person", "team member", "in the team of", "person"),
          ref("team[].organisation", "team member", "in the team of", "organisation"),
          ref("background[]", "uses text", "used by", "text"),
          ref("governance", "uses text", "used by", "text"),
          ref("case_studies[]", "gathers case study", "gathered by", "case-study"),
          ref("further_reading[].reference", "cites", "cited by", "reference")),
      List.of("rag_date"),
      List.of(
          "summary",
          "rag_reason",
          "scope[]",
          "discussion_questions[]",
          "team[].note",
          "further_reading[].text")),
  ROLE("role", "roles", "title", List.of(), List.of(), List.of("responsibilities[]")),
  PERSON(
      "person",
      "people",
      "name",
      List.of(
          ref("organisation", "works for", "employs", "organisation"),
          ref("member_of[]", "member of", "has member", "organisation")),
      List.of(),
      List.of()),
  ORGANISATION(
      "organisation",
      "organisations",
      "name",
      List.of(ref("part_of", "part of", "includes", "organisation")),
      List.of(),
      List.of("summary", "contact")),
  MEETING(
      "meeting",
      "meetings",
      "title",
      List.of(
          ref("programme", "meeting of", "has meeting", "programme"),
          ref("projects[]", "meeting for", "has meeting", "project"),
          ref("organisers[]", "organised by", "organises", "organisation"),
          ref("preparation", "uses text", "used by", "text"),
          ref("purpose", "uses text", "used by", "text"),
          ref("outcomes", "uses text", "used by", "text"),
          ref("agenda[].project", "discusses", "discussed at", "project"),
          ref("agenda[].presenter", "presented by", "presents at", "person"),
          ref("agenda[].paper", "considers paper", "considered at", "reference"),
          ref("attendees[].person", "attended by", "attended", "person"),
          ref("apologies[]", "apologies from", "sent apologies to", "person"),
          ref("decisions[].project", "decides for", "decided at", "project"),
          ref("decisions[].record", "decides on", "decided at", "interdependency"),
          ref("actions[].owner", "gives action to", "has action from", "person"),
          ref("actions[].project", "sets action for", "has action from", "project"),
          ref("previous", "follows", "followed by", "meeting")),
      List.of("date", "actions[].due", "actions[].done"),
      List.of("summary", "agenda[].title", "decisions[].title", "actions[].title")),
  CASE_STUDY(
      "case-study",
      "case-studies",
      "title",
      List.of(
          ref("organisations[]", "involves", "involved in case study", "organisation"),
          ref("projects[]", "informs", "informed by", "project"),
          ref("anchors[]", "speaks to anchor", "has case study", "anchor"),
          ref("source", "comes from", "source of", "reference"),
          ref("event", "reports on", "reported in case study", "meeting")),
      List.of("date"),
      List.of("summary")),
  REFERENCE(
      "reference",
      "references",
      "title",
      List.of(
          ref("publisher", "published by", "publishes", "organisation"),
          ref("meeting", "comes from meeting", "has paper", "meeting"),
          ref("letter.to", "letter to", "receives letter", "organisation"),
          ref("letter.from", "letter from", "sends letter", "organisation")),
      List.of("date"),
      List.of("summary")),
  INTERDEPENDENCY(
      "interdependency",
      "interdependencies",
      "title",
      List.of(
          ref("project", "recorded by", "has RAID record", "project"),
          ref(
              "with",
              "concerns",
              "named in RAID record",
              "project",
              "programme",
              "anchor",
              "workstream",
              "organisation"),
          ref("projects[]", "involves", "named in RAID record", "project"),
          ref("anchors[]", "concerns anchor", "named in RAID record", "anchor"),
          ref("meetings[]", "taken to", "considers RAID record", "meeting"),
          ref("owner", "owned by", "owns", "person"),
          ref("actions[].owner", "gives action to", "has action from", "person"),
          ref("escalated_to", "escalated to", "receives escalation", "organisation")),
      List.of(
          "raised", "review", "escalated", "resolved", "closed", "actions[].due", "actions[].done"),
      List.of("mitigation", "decision", "actions[].title")),
  MILESTONE(
      "milestone",
      "milestones",
      "title",
      List.of(
          ref("programme", "milestone of", "has milestone", "programme"),
          ref("project", "milestone of", "has milestone", "project"),
          ref("meeting", "at meeting", "marks milestone", "meeting")),
      List.of("due", "baseline", "start", "end"),
      List.of("summary")),
  TEXT("text", "texts", "title", List.of(), List.of(), List.of());

  /**
   * A field that names other entities.
   *
   * @param path the field, with {@code []} after a list, e.g. {@code team[].person}
   * @param label what the relation is called from this end, e.g. "cites"
   * @param inverse what it is called from the other end, e.g. "cited by"
   * @param targets the kinds it may name
   */
  public record ReferenceField(FieldPath path, String label, String inverse, Set<Kind> targets) {}

  private static final Map<String, Kind> BY_FOLDER =
      Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(k -> k.folder, k -> k));
  private static final Map<String, Kind> BY_NAME =
      Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(k -> k.name, k -> k));

  private final String name;
  private final String folder;
  private final String titleField;
  private final List<PendingRef> pendingRefs;
  private final List<FieldPath> dateFields;
  private final List<FieldPath> markdownFields;
  private volatile List<ReferenceField> references;

  Kind(
      String name,
      String folder,
      String titleField,
      List<PendingRef> references,
      List<String> dateFields,
      List<String> markdownFields) {
    this.name = name;
    this.folder = folder;
    this.titleField = titleField;
    this.pendingRefs = withSources(references);
    this.dateFields = dateFields.stream().map(FieldPath::parse).toList();
    this.markdownFields = markdownFields.stream().map(FieldPath::parse).toList();
  }

  /** The kind's name as users write it: {@code case-study}. */
  public String label() {
    return name;
  }

  /** The kind in a sentence: "case study". */
  public String singular() {
    return name.replace('-', ' ');
  }

  /** Several entities of the kind in a sentence: "case studies", "people". */
  public String plural() {
    return folder.replace('-', ' ');
  }

  /** The kind in a sentence, with its indefinite article: "a case study", "an organisation". */
  public String withArticle() {
    return withArticle(name);
  }

  /**
   * The kind as the heading of one entity's page and on its cards: "Case study", and for some kinds
   * the name the programme uses, "Further reading", "RAID record", "Shared text".
   */
  public String heading() {
    return switch (this) {
      case REFERENCE -> "Further reading";
      case INTERDEPENDENCY -> "RAID record";
      case TEXT -> "Shared text";
      default -> Words.capitalise(singular());
    };
  }

  /** The heading of the kind's index: "Case studies", "Interdependencies, risks and issues". */
  public String pluralHeading() {
    return switch (this) {
      case PROGRAMME -> "Programmes";
      case ANCHOR -> "Anchors";
      case WORKSTREAM -> "Workstreams";
      case PROJECT -> "Projects";
      case ROLE -> "Roles";
      case PERSON -> "People";
      case ORGANISATION -> "Organisations";
      case MEETING -> "Meetings";
      case CASE_STUDY -> "Case studies";
      case REFERENCE -> "Further reading";
      case INTERDEPENDENCY -> "Interdependencies, risks and issues";
      case MILESTONE -> "Milestones";
      case TEXT -> "Shared texts";
    };
  }

  /**
   * "a project", "an organisation": kind names, as users write them ({@code case-study}, or several
   * joined by "or"), with the indefinite article of the first.
   */
  public static String withArticle(String label) {
    String words = label.replace('-', ' ');
    return ("aeiou".indexOf(words.charAt(0)) >= 0 ? "an " : "a ") + words;
  }

  /** The folder under {@code content/} that holds this kind: {@code case-studies}. */
  public String folder() {
    return folder;
  }

  /** The field that holds the entity's display title ({@code title}, or {@code name}). */
  public String titleField() {
    return titleField;
  }

  /** The schema file name: {@code case-study.schema.json}. */
  public String schemaFile() {
    return name + ".schema.json";
  }

  public List<ReferenceField> references() {
    // Resolved lazily: an enum constant cannot name constants declared after it.
    List<ReferenceField> resolved = references;
    if (resolved == null) {
      resolved =
          pendingRefs.stream()
              .map(
                  p ->
                      new ReferenceField(
                          FieldPath.parse(p.path),
                          p.label,
                          p.inverse,
                          p.targets.stream()
                              .map(t -> byName(t).orElseThrow())
                              .collect(Collectors.toCollection(() -> EnumSet.noneOf(Kind.class)))))
              .toList();
      references = resolved;
    }
    return resolved;
  }

  public List<FieldPath> dateFields() {
    return dateFields;
  }

  public List<FieldPath> markdownFields() {
    return markdownFields;
  }

  public static Optional<Kind> byFolder(String folder) {
    return Optional.ofNullable(BY_FOLDER.get(folder));
  }

  public static Optional<Kind> byName(String name) {
    return Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT)));
  }

  /** Every kind name, for help texts and hints. */
  public static String names() {
    return Arrays.stream(values()).map(Kind::label).collect(Collectors.joining(", "));
  }

  /** Every folder name, for help texts and hints. */
  public static String folders() {
    return Arrays.stream(values()).map(Kind::folder).collect(Collectors.joining(", "));
  }

  private record PendingRef(String path, String label, String inverse, List<String> targets) {}

  /**
   * The kind's own reference fields, then {@code sources[].reference}, which every kind has: the
   * documents its facts come from.
   */
  private static List<PendingRef> withSources(List<PendingRef> own) {
    List<PendingRef> all = new java.util.ArrayList<>(own);
    all.add(ref(SOURCES, "sourced from", "source of", "reference"));
    return List.copyOf(all);
  }

  /** The field every kind has that names the documents its facts come from. */
  public static final String SOURCES = "sources[].reference";

  private static PendingRef ref(String path, String label, String inverse, String... targets) {
    return new PendingRef(path, label, inverse, List.of(targets));
  }
}
