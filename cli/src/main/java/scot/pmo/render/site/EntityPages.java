package scot.pmo.render.site;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import scot.pmo.link.Relation;
import scot.pmo.model.Config;
import scot.pmo.model.Entity;
import scot.pmo.model.Kind;
import scot.pmo.model.PartialDate;
import scot.pmo.model.Words;
import scot.pmo.render.Escape;
import scot.pmo.render.markdown.SafeLinks;
import scot.pmo.render.site.Pages.EntityPage;
import scot.pmo.render.site.Pages.Fact;
import scot.pmo.render.site.Pages.Link;
import scot.pmo.render.site.Pages.Page;
import scot.pmo.render.site.Pages.Related;
import scot.pmo.render.site.Pages.RelationGroup;
import scot.pmo.render.site.Pages.Section;

/** The page of each entity: its facts, its own sections, and every relation in both directions. */
final class EntityPages {

  /** The formats a briefing paper may come in, in the order they are offered. */
  static final List<String> PAPER_FORMATS = List.of("html", "pdf", "docx", "md");

  private static final Map<String, String> LABELS =
      Map.ofEntries(
          Map.entry("job_title", "Job title"), Map.entry("short_title", "Short title"),
          Map.entry("short_name", "Short name"), Map.entry("max_holders", "Holders per project"),
          Map.entry("held_by", "Held by"), Map.entry("eligible_seniority", "Open to"),
          Map.entry("url", "Read it at"), Map.entry("website", "Website"),
          Map.entry("repository_url", "Source repository"), Map.entry("start", "From"),
          Map.entry("end", "Until"), Map.entry("partner", "Relation to the programme"),
          Map.entry("themes", "Themes"), Map.entry("places", "Places"),
          Map.entry("email", "Email"), Map.entry("telephone", "Telephone"));
  private static final Set<String> NOT_FACTS =
      Set.of(
          "title",
          "name",
          "summary",
          "title_in_text",
          "heading",
          "team",
          "scope",
          "discussion_questions",
          "further_reading",
          "responsibilities",
          "unnamed_holders",
          // Shown by WorkingSections: a project's status, a record's rating.
          "rag",
          "rag_date",
          "likelihood",
          "impact",
          // Said by the page's notice, in the preview and the internal build.
          "draft",
          "visibility");
  private static final Set<String> URL_FIELDS = Set.of("url", "website", "repository_url");

  /** The relation from an entity to its sources, which its page lists apart from the others. */
  private static final String SOURCED_FROM =
      Kind.PROJECT.references().stream()
          .filter(r -> r.path().text().equals(Kind.SOURCES))
          .findFirst()
          .orElseThrow()
          .label();

  private final SiteModel model;
  private final Path staging;
  private final WorkingSections working;

  EntityPages(SiteModel model, Path staging) {
    this.model = model;
    this.staging = staging;
    this.working = new WorkingSections(model);
  }

  Page page(Entity e) {
    String page = model.page(e);
    String root = SitePaths.root(page);
    List<Section> sections = new ArrayList<>();
    papers(e, root).ifPresent(sections::add);
    sections.addAll(kindSections(e, page, root));
    // A project's own background follows the programme's; other bodies follow their sections.
    int at = sections.size();
    for (int i = 0; i < sections.size(); i++) {
      if (sections.get(i).id().equals("programme-background")) {
        at = i + 1;
      }
    }
    Body body = body(e, page, sections);
    sections.addAll(at, body.sections());
    List<RelationGroup> relations = relations(e, root);
    List<Pages.SourceItem> sources = new EntitySources(model).of(e, page);
    List<Link> contents = new ArrayList<>();
    for (Section s : sections) {
      if (!s.heading().isEmpty()) {
        contents.add(new Link(s.heading(), "#" + s.id()));
      }
      if (s.id().equals(body.id())) {
        contents.addAll(body.headings());
      }
    }
    Optional<Pages.RecordHistory> recordHistory = RecordHistories.of(model, e);
    if (recordHistory.isPresent()) {
      contents.add(new Link(RecordHistories.HEADING, "#" + RecordHistories.ID));
    }
    if (!sources.isEmpty()) {
      contents.add(new Link(sourcesHeading(sources), "#sources"));
    }
    if (!relations.isEmpty()) {
      contents.add(new Link("Related", "#related"));
    }
    List<Fact> facts = facts(e, root);
    String history = model.options.history().page(e.path()).map(this::history).orElse("");
    String edit =
        model
            .programme
            .text("repository_url")
            .filter(SafeLinks::isSafe)
            .map(u -> u.replaceAll("/+$", "") + "/blob/HEAD/" + e.path())
            .orElse("");
    EntityPage data =
        new EntityPage(
            e.kind().heading(),
            e.title(),
            model.summary(e, page),
            !facts.isEmpty(),
            facts,
            contents.size() >= 3,
            contents,
            sections,
            !sources.isEmpty(),
            sourcesHeading(sources),
            sources,
            !relations.isEmpty(),
            relations,
            history,
            recordHistory.orElse(null),
            edit,
            e.path());
    String title = model.uniqueTitle(e) + " – " + e.kind().heading();
    String description =
        Html.text(data.summaryHtml()).isEmpty()
            ? e.kind().heading() + " in " + model.siteTitle() + ": " + e.title()
            : Html.text(data.summaryHtml());
    return new Page(
        page,
        "entity",
        data,
        title,
        description,
        List.of(new Link(e.kind().pluralHeading(), root + indexOf(e.kind()))),
        List.of(),
        e.kind().folder());
  }

  private static String sourcesHeading(List<Pages.SourceItem> sources) {
    return sources.size() == 1 ? "Source" : "Sources";
  }

  private static String indexOf(Kind kind) {
    return kind == Kind.CASE_STUDY ? SitePaths.LIBRARY : SitePaths.index(kind);
  }

  /** A page's Markdown body: its sections, the id of its own, and its headings for contents. */
  private record Body(List<Section> sections, String id, List<Link> headings) {}

  /**
   * The Markdown body, its second-level headings given ids for the contents list. Pages are
   * rendered on several threads at once, so everything a page needs is returned, not kept.
   */
  private Body body(Entity e, String page, List<Section> before) {
    List<Link> bodyHeadings = new ArrayList<>();
    String bodyId = "body";
    if (e.body().isBlank()) {
      return new Body(List.of(), bodyId, bodyHeadings);
    }
    Set<String> used = new HashSet<>(List.of("related", "main-content", "facts", "body"));
    before.forEach(s -> used.add(s.id()));
    String rendered = model.bodyHtml(e, page);
    // A body with headings keeps them under the page's h1; one without is put under "Details".
    boolean headed = highestHeading(rendered) <= 6;
    String html = shiftHeadings(rendered, 2);
    // Each <h2>...</h2> gets an id, found by hand as the pattern <h2>(.*?)</h2> would find it.
    StringBuilder out = new StringBuilder(html.length() + 256);
    int from = 0;
    for (int start = html.indexOf("<h2>"); start >= 0; start = html.indexOf("<h2>", from)) {
      int end = html.indexOf("</h2>", start + 4);
      if (end < 0) {
        break;
      }
      String inner = html.substring(start + 4, end);
      String id = unique(Html.slug(Html.text(inner)), used);
      bodyHeadings.add(new Link(Html.text(inner), "#" + id));
      out.append(html, from, start)
          .append("<h2 id=\"")
          .append(id)
          .append("\">")
          .append(inner)
          .append("</h2>");
      from = end + 5;
    }
    String body = from == 0 ? html : out.append(html, from, html.length()).toString();
    if (headed) {
      return new Body(List.of(new Section(bodyId, "", body)), bodyId, bodyHeadings);
    }
    bodyId = unique("details", used);
    return new Body(List.of(new Section(bodyId, "Details", body)), bodyId, bodyHeadings);
  }

  /**
   * Moves the headings of rendered Markdown down so that the highest is at {@code top}: a body's
   * {@code # Title} must not become a second {@code h1}.
   */
  static String shiftHeadings(String html, int top) {
    int highest = highestHeading(html);
    if (highest >= top || highest == 7) {
      return html;
    }
    int by = top - highest;
    StringBuilder out = new StringBuilder(html.length());
    int copied = 0;
    for (int i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
      int digit = headingDigitAt(html, i);
      if (digit > 0) {
        int level = Math.min(6, html.charAt(digit) - '0' + by);
        out.append(html, copied, digit).append((char) ('0' + level));
        copied = digit + 1;
      }
    }
    return out.append(html, copied, html.length()).toString();
  }

  /** The highest level (smallest number) of a heading tag in {@code html}; 7 if there is none. */
  static int highestHeading(String html) {
    int highest = 7;
    for (int i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
      int digit = headingDigitAt(html, i);
      if (digit > 0) {
        highest = Math.min(highest, html.charAt(digit) - '0');
      }
    }
    return highest;
  }

  /**
   * Where the level digit of a heading tag opening or closing at {@code at} stands ({@code <h2 }
   * {@code <h2>}, {@code </h2>}); 0 if no heading tag starts there.
   */
  private static int headingDigitAt(String html, int at) {
    int i = at + 1;
    if (i < html.length() && html.charAt(i) == '/') {
      i++;
    }
    if (i + 2 >= html.length() || html.charAt(i) != 'h') {
      return 0;
    }
    char digit = html.charAt(i + 1);
    char next = html.charAt(i + 2);
    return digit >= '1' && digit <= '6' && (next == ' ' || next == '>') ? i + 1 : 0;
  }

  private static String unique(String id, Set<String> used) {
    String candidate = id;
    for (int n = 2; !used.add(candidate); n++) {
      candidate = id + "-" + n;
    }
    return candidate;
  }

  /**
   * The papers written of {@code e} that are in the staging folder: a project's briefing paper
   * ({@code <id>.*}), and the paper of each kind written from an entity ({@code <id>-<kind>.*}).
   */
  private Optional<Section> papers(Entity e, String root) {
    Map<String, String> papers = new LinkedHashMap<>(); // file name without extension → label
    if (e.kind() == Kind.PROJECT) {
      papers.put(e.id(), "Briefing paper");
    }
    for (Config.PaperKind kind : model.options.config().papers().kinds()) {
      // Only the kinds that select this entity can have written a paper of it: no file is looked
      // for on the others' behalf, on every page.
      if (kind.model() == Config.PaperModel.ENTITY && kind.select().selects(e)) {
        papers.put(kind.paperName(e.id()), kind.title());
      }
    }
    StringBuilder list = new StringBuilder();
    int found = 0;
    for (Map.Entry<String, String> paper : papers.entrySet()) {
      boolean any = false;
      for (String format : PAPER_FORMATS) {
        String name = paper.getKey() + "." + format;
        Path file = staging.resolve(SitePaths.PAPERS_FOLDER).resolve(name);
        if (Files.isRegularFile(file)) {
          any = true;
          list.append("<li>")
              .append(
                  Html.link(
                      paper.getValue() + ": " + formatName(format) + " (" + size(file) + ")",
                      root + SitePaths.PAPERS_FOLDER + "/" + name))
              .append("</li>\n");
        }
      }
      found += any ? 1 : 0;
    }
    if (list.isEmpty()) {
      return Optional.empty();
    }
    String html = "<ul class=\"downloads\">\n" + list + "</ul>";
    // A project's page, with its briefing paper alone, keeps the heading it always had.
    return Optional.of(
        found == 1 && e.kind() == Kind.PROJECT
            ? new Section("briefing-paper", "Briefing paper", html)
            : new Section("papers", "Papers", html));
  }

  static String formatName(String format) {
    return switch (format) {
      case "html" -> "web page (HTML)";
      case "pdf" -> "PDF";
      case "docx" -> "Word document (DOCX)";
      case "md" -> "Markdown";
      default -> format.toUpperCase(java.util.Locale.ROOT);
    };
  }

  static String size(Path file) {
    try {
      long bytes = Files.size(file);
      return bytes < 1024 ? bytes + " bytes" : ((bytes + 1023) / 1024) + " KB";
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private List<Section> kindSections(Entity e, String page, String root) {
    List<Section> out = new ArrayList<>(working.first(e, page, root));
    switch (e.kind()) {
      case PROJECT -> {
        team(e, root).ifPresent(out::add);
        list(e, "scope", page).ifPresent(h -> out.add(new Section("scope", "Scope", h)));
        String background = texts(e.texts("background"), page);
        if (!background.isEmpty()) {
          out.add(new Section("programme-background", "Programme background", background));
        }
        String governance = texts(e.text("governance").stream().toList(), page);
        if (!governance.isEmpty()) {
          out.add(new Section("governance", "Governance", governance));
        }
        list(e, "discussion_questions", page)
            .ifPresent(
                h -> out.add(new Section("discussion-questions", "Questions for discussion", h)));
        furtherReading(e, page, root).ifPresent(out::add);
      }
      case ROLE ->
          list(e, "responsibilities", page)
              .ifPresent(h -> out.add(new Section("responsibilities", "Responsibilities", h)));
      case MEETING -> {
        for (String[] f :
            new String[][] {
              {"preparation", "How to prepare"},
              {"purpose", "Purpose of the meeting"},
              {"outcomes", "Expected outcomes"}
            }) {
          String html = texts(e.text(f[0]).stream().toList(), page);
          if (!html.isEmpty()) {
            out.add(new Section(f[0], f[1], html));
          }
        }
        out.add(calendar(e, root));
      }
      default -> {}
    }
    out.addAll(working.after(e, page, root));
    return out;
  }

  private Section calendar(Entity e, String root) {
    boolean day =
        e.text("date")
            .flatMap(PartialDate::parse)
            .map(d -> d.precision() == PartialDate.Precision.DAY)
            .orElse(false);
    String html =
        day
            ? "<p>"
                + Html.link(
                    "Add this meeting to your calendar (.ics file)", root + SitePaths.ics(e.id()))
                + "</p>\n<p>Or subscribe to "
                + Html.link("the calendar of all meetings", root + SitePaths.CALENDAR)
                + ".</p>"
            : "<p>There is no calendar file for this meeting, because its day is not known. See "
                + Html.link("the calendar of all meetings", root + SitePaths.CALENDAR)
                + ".</p>";
    return new Section("calendar", "Calendar", html);
  }

  /** A list field of Markdown items as a bulleted list. */
  private Optional<String> list(Entity e, String field, String page) {
    List<String> items = e.texts(field);
    if (items.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder out = new StringBuilder("<ul>\n");
    items.forEach(
        i -> out.append("<li>").append(model.inline(i, e.path(), page)).append("</li>\n"));
    return Optional.of(out.append("</ul>").toString());
  }

  /** The bodies of shared texts, each followed by a link to the text's own page. */
  private String texts(List<String> ids, String page) {
    StringBuilder out = new StringBuilder();
    for (String id : ids) {
      model
          .entity(id)
          .filter(t -> t.kind() == Kind.TEXT)
          .ifPresent(t -> out.append(model.html(t.body(), t.path(), page)).append('\n'));
    }
    return out.toString().strip();
  }

  private Optional<Section> team(Entity e, String root) {
    JsonNode team = e.data().path("team");
    if (!team.isArray() || team.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder rows = new StringBuilder();
    for (JsonNode member : team) {
      String roleId = member.path("role").asText("");
      String role =
          model
              .entity(roleId)
              .map(r -> Html.link(r.title(), root + model.page(r)))
              .orElse(Escape.html(roleId));
      String holder;
      String who =
          member.has("person")
              ? member.path("person").asText()
              : member.path("organisation").asText("");
      Optional<Entity> holderEntity = who.isEmpty() ? Optional.empty() : model.entity(who);
      if (holderEntity.isPresent()) {
        Entity h = holderEntity.get();
        holder = Html.link(h.title(), root + model.page(h));
        String detail = personDetail(h);
        if (!detail.isEmpty()) {
          holder += "<br><span class=\"detail\">" + Escape.html(detail) + "</span>";
        }
      } else if (member.hasNonNull("note")) {
        holder = model.inline(member.path("note").asText(), e.path(), model.page(e));
      } else {
        holder = Escape.html(unnamedHolders(model.entity(roleId)));
      }
      rows.append("<tr><th scope=\"row\">")
          .append(role)
          .append("</th><td>")
          .append(holder)
          .append("</td></tr>\n");
    }
    return Optional.of(
        new Section(
            "team",
            "Project team",
            "<div class=\"table-wrapper\"><table class=\"table\">\n<caption class=\"visually-hidden\">"
                + "Roles in the project and who holds them</caption>\n<thead><tr>"
                + "<th scope=\"col\">Role</th><th scope=\"col\">Held by</th></tr></thead>\n<tbody>\n"
                + rows
                + "</tbody>\n</table></div>"));
  }

  /**
   * How the team names the holders of a role it names nobody for: the role's own words for them
   * ({@code unnamed_holders}), else "Volunteers" for a role volunteers hold, else "Not named yet".
   */
  private static String unnamedHolders(Optional<Entity> role) {
    return role.flatMap(r -> r.text("unnamed_holders"))
        .orElse(
            role.flatMap(r -> r.text("held_by")).filter("volunteers"::equals).isPresent()
                ? "Volunteers"
                : "Not named yet");
  }

  /** "Director of Services, Example Borough" for a person: job title and organisation. */
  private String personDetail(Entity person) {
    if (person.kind() != Kind.PERSON) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    person.text("job_title").ifPresent(parts::add);
    person.text("organisation").flatMap(model::entity).map(Entity::title).ifPresent(parts::add);
    return String.join(", ", parts);
  }

  private Optional<Section> furtherReading(Entity e, String page, String root) {
    JsonNode items = e.data().path("further_reading");
    if (!items.isArray() || items.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder out = new StringBuilder();
    boolean inList = false;
    for (JsonNode item : items) {
      String heading = item.path("heading").asText("");
      String text = item.path("text").asText("");
      String ref = item.path("reference").asText("");
      if (!heading.isEmpty() || !text.isEmpty()) {
        if (inList) {
          out.append("</ul>\n");
          inList = false;
        }
        if (!heading.isEmpty()) {
          out.append("<h3>").append(Escape.html(heading)).append("</h3>\n");
        }
        if (!text.isEmpty()) {
          out.append(model.html(text, e.path(), page)).append('\n');
          continue;
        }
      }
      Optional<Entity> reference = model.entity(ref);
      if (reference.isPresent()) {
        if (!inList) {
          out.append("<ul>\n");
          inList = true;
        }
        out.append("<li>")
            .append(Html.link(reference.get().title(), root + model.page(reference.get())))
            .append("</li>\n");
      }
    }
    if (inList) {
      out.append("</ul>\n");
    }
    return Optional.of(new Section("further-reading", "Further reading", out.toString().strip()));
  }

  private List<RelationGroup> relations(Entity e, String root) {
    Map<String, List<Related>> groups = new LinkedHashMap<>();
    Map<String, Set<String>> seen = new LinkedHashMap<>();
    for (Relation r : model.graph.relations(e.id())) {
      if (r.label().equals(SOURCED_FROM)) {
        continue; // the page's own section says where its facts come from, with the section cited
      }
      String label = Words.capitalise(r.label());
      if (!seen.computeIfAbsent(label, k -> new HashSet<>()).add(r.other().id())) {
        continue;
      }
      String kind =
          r.other().isTheme()
              ? "Theme"
              : Kind.byName(r.other().kind()).map(Kind::heading).orElse(r.other().kind());
      groups
          .computeIfAbsent(label, k -> new ArrayList<>())
          .add(new Related(r.other().title(), root + model.page(r.other()), kind));
    }
    List<RelationGroup> out = new ArrayList<>();
    groups.forEach((label, items) -> out.add(new RelationGroup(label, items)));
    return out;
  }

  private List<Fact> facts(Entity e, String root) {
    Set<String> skip = new HashSet<>(NOT_FACTS);
    e.kind().references().forEach(r -> skip.add(r.path().steps().get(0).name()));
    e.kind().markdownFields().forEach(f -> skip.add(f.steps().get(0).name()));
    List<Fact> facts = new ArrayList<>();
    Iterator<String> names = e.data().fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (skip.contains(name)) {
        continue;
      }
      JsonNode value = e.data().get(name);
      List<String> texts = new ArrayList<>();
      if (value.isTextual()) {
        texts.add(value.textValue());
      } else if (value.isArray()) {
        value.forEach(
            v -> {
              if (v.isTextual()) {
                texts.add(v.textValue());
              }
            });
      }
      if (texts.isEmpty()) {
        continue;
      }
      List<Link> links = new ArrayList<>();
      for (String t : texts) {
        links.add(factValue(e, name, t, root));
      }
      facts.add(new Fact(LABELS.getOrDefault(name, Words.capitalise(Html.words(name))), links));
    }
    return facts;
  }

  private Link factValue(Entity e, String field, String text, String root) {
    if (URL_FIELDS.contains(field)) {
      return SafeLinks.isSafe(text) ? new Link(text, text) : new Link(text, "");
    }
    if (field.equals("email")) {
      return new Link(text, "mailto:" + text.strip());
    }
    if (field.equals("themes")) {
      return new Link(scot.pmo.link.Themes.title(text), root + SitePaths.filter("theme", text));
    }
    boolean isDate = e.kind().dateFields().stream().anyMatch(f -> f.text().equals(field));
    if (isDate) {
      return new Link(PartialDate.parse(text).map(model::date).orElse(text), "");
    }
    if (field.equals("places")
        || field.equals("number")
        || field.equals("short_title")
        || field.equals("short_name")
        || field.equals("job_title")
        || field.equals("telephone")
        || field.equals("max_holders")) {
      return new Link(text, "");
    }
    return new Link(Words.capitalise(Html.words(text)), "");
  }

  private String history(PageHistory h) {
    StringBuilder out = new StringBuilder();
    SiteModel.isoDate(h.updated())
        .ifPresent(d -> out.append("Last updated ").append(model.date(d)));
    if (!h.updatedBy().isBlank() && !out.isEmpty()) {
      out.append(" by ").append(h.updatedBy().strip());
    }
    SiteModel.isoDate(h.created())
        .ifPresent(
            d ->
                out.append(out.isEmpty() ? "" : ". ")
                    .append("First published ")
                    .append(model.date(d)));
    return out.isEmpty() ? "" : out + ".";
  }

  /** One line of detail for an entity's card: its date, type, status or holder. */
  String meta(Entity e) {
    List<String> parts = new ArrayList<>();
    switch (e.kind()) {
      case PROJECT -> {
        e.text("workstream").flatMap(model::entity).map(Entity::title).ifPresent(parts::add);
        e.text("status").map(s -> Words.capitalise(Html.words(s))).ifPresent(parts::add);
      }
      case PERSON -> parts.add(personDetail(e));
      case ORGANISATION ->
          e.text("type").map(s -> Words.capitalise(Html.words(s))).ifPresent(parts::add);
      case MEETING, CASE_STUDY, REFERENCE -> {
        e.text("type").map(s -> Words.capitalise(Html.words(s))).ifPresent(parts::add);
        e.text("date").flatMap(PartialDate::parse).map(model::date).ifPresent(parts::add);
        e.text("status").map(s -> Words.capitalise(Html.words(s))).ifPresent(parts::add);
      }
      case INTERDEPENDENCY -> {
        e.text("type").map(s -> Words.capitalise(Html.words(s))).ifPresent(parts::add);
        e.text("status").map(s -> Words.capitalise(Html.words(s))).ifPresent(parts::add);
      }
      case MILESTONE ->
          model
              .timelineItem(e)
              .filter(i -> i.when().isPresent())
              .map(i -> i.display(model.dates()))
              .ifPresent(parts::add);
      case ANCHOR ->
          e.text("sponsor")
              .flatMap(model::entity)
              .map(p -> "Sponsor: " + p.title())
              .ifPresent(parts::add);
      case ROLE -> e.text("held_by").map(h -> "Held by: " + Html.words(h)).ifPresent(parts::add);
      default -> {}
    }
    parts.removeIf(String::isBlank);
    return String.join(" · ", parts);
  }
}
