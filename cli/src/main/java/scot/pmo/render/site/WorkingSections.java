package scot.pmo.render.site;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import scot.pmo.link.ActionItem;
import scot.pmo.link.Actions;
import scot.pmo.link.MeetingSeries;
import scot.pmo.link.RaidItem;
import scot.pmo.model.Entity;
import scot.pmo.model.Kind;
import scot.pmo.model.PartialDate;
import scot.pmo.model.Rag;
import scot.pmo.model.RaidScale;
import scot.pmo.render.Escape;
import scot.pmo.render.site.Pages.Section;

/**
 * The working view on entity pages: a project's status (its RAG with its word and meaning, the
 * reason and the date assessed); a RAID record's rating, response and actions; a meeting's agenda,
 * attendees, decisions and actions. Each is a section of its own, left out when the content gives
 * nothing for it.
 */
final class WorkingSections {

  /**
   * A project's status, for the home page.
   *
   * @param tagClass the tag's class, which gives its colour; the text says the same in words
   */
  record Status(
      String project, String href, String rag, String tagClass, String reasonHtml, String date) {}

  private final SiteModel model;

  WorkingSections(SiteModel model) {
    this.model = model;
  }

  /** The sections that come first on {@code e}'s page. */
  List<Section> first(Entity e, String page, String root) {
    List<Section> out = new ArrayList<>();
    if (e.kind() == Kind.PROJECT) {
      status(e, page)
          .ifPresent(s -> out.add(new Section("status", "Project status", statusHtml(s))));
    }
    return out;
  }

  /** The sections that follow {@code e}'s own. */
  List<Section> after(Entity e, String page, String root) {
    List<Section> out = new ArrayList<>();
    switch (e.kind()) {
      case INTERDEPENDENCY -> record(e, page, root, out);
      case MEETING -> meeting(e, page, root, out);
      default -> {}
    }
    return out;
  }

  /** A project's RAG status, if it has one. */
  Optional<Status> status(Entity project, String page) {
    Optional<Rag> rag = project.text("rag").flatMap(Rag::parse);
    if (rag.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Status(
            project.title(),
            SitePaths.root(page) + model.page(project),
            rag.get().text(),
            "tag tag--rag-" + rag.get().value(),
            project.text("rag_reason").map(r -> model.inline(r, project.path(), page)).orElse(""),
            project.text("rag_date").flatMap(PartialDate::parse).map(model::date).orElse("")));
  }

  /** Every project's status that has one, in the order of their titles. */
  List<Status> statuses(String page) {
    List<Status> out = new ArrayList<>();
    for (Entity p : model.sorted(Kind.PROJECT)) {
      status(p, page).ifPresent(out::add);
    }
    return out;
  }

  private static String statusHtml(Status s) {
    StringBuilder out = new StringBuilder();
    out.append("<p class=\"rag\"><strong class=\"")
        .append(s.tagClass())
        .append("\">")
        .append(Escape.html(s.rag()))
        .append("</strong>");
    if (!s.date().isEmpty()) {
      out.append(" <span class=\"detail\">assessed ")
          .append(Escape.html(s.date()))
          .append("</span>");
    }
    out.append("</p>\n");
    if (!s.reasonHtml().isEmpty()) {
      out.append("<p>").append(s.reasonHtml()).append("</p>");
    }
    return out.toString().strip();
  }

  private void record(Entity e, String page, String root, List<Section> out) {
    Optional<RaidItem> found =
        model.raid.items().stream().filter(i -> i.id().equals(e.id())).findFirst();
    if (found.isEmpty()) {
      return;
    }
    RaidItem item = found.get();
    RaidScale scale = model.options.config().raid();
    Optional<RaidItem.Rating> rating = item.rating().filter(r -> r.fits(scale));
    if (rating.isPresent()) {
      RaidItem.Rating r = rating.get();
      RaidScale.Band band = scale.band(r.score());
      StringBuilder html = new StringBuilder("<dl class=\"summary-list\">\n");
      row(
          html,
          "Score",
          "<span class=\"band band--"
              + Escape.html(band.rag())
              + "\">"
              + r.score()
              + " "
              + Escape.html(band.name())
              + "</span> <span class=\"detail\">(likelihood × impact)</span>");
      row(
          html,
          "Likelihood",
          r.likelihood()
              + " of "
              + scale.likelihoodLevels()
              + ": "
              + Escape.html(scale.likelihoodLabel(r.likelihood()).orElse("")));
      row(
          html,
          "Impact",
          r.impact()
              + " of "
              + scale.impactLevels()
              + ": "
              + Escape.html(scale.impactLabel(r.impact()).orElse("")));
      if (item.reviewOverdue(model.asOf)) {
        row(
            html,
            "Review",
            Escape.html(item.details().review().map(model::date).orElse(""))
                + " <strong class=\"overdue\">Review overdue</strong>");
      }
      html.append("</dl>");
      out.add(new Section("rating", "Rating", html.toString()));
    }
    item.details()
        .mitigation()
        .filter(m -> !m.isBlank())
        .ifPresent(
            m -> out.add(new Section("mitigation", "Response", model.html(m, e.path(), page))));
    item.details()
        .decision()
        .filter(m -> !m.isBlank())
        .ifPresent(
            m -> out.add(new Section("decision", "Decision", model.html(m, e.path(), page))));
    actions(item.details().actions(), page, "Actions", out);
  }

  private void meeting(Entity e, String page, String root, List<Section> out) {
    JsonNode agenda = e.data().get("agenda");
    if (agenda != null && agenda.isArray() && !agenda.isEmpty()) {
      StringBuilder html = new StringBuilder("<ol class=\"agenda\">\n");
      for (JsonNode item : agenda) {
        html.append("<li>").append(inline(item, "title", e, page));
        List<String> about = new ArrayList<>();
        text(item, "project").map(id -> entityLink(id, root)).ifPresent(about::add);
        text(item, "presenter")
            .map(id -> "presented by " + entityLink(id, root))
            .ifPresent(about::add);
        text(item, "paper").map(id -> "paper: " + entityLink(id, root)).ifPresent(about::add);
        if (!about.isEmpty()) {
          html.append(" <span class=\"detail\">(")
              .append(String.join("; ", about))
              .append(")</span>");
        }
        html.append("</li>\n");
      }
      out.add(new Section("agenda", "Agenda", html.append("</ol>").toString()));
    }
    JsonNode attendees = e.data().get("attendees");
    List<String> apologies = e.texts("apologies");
    if (attendees != null && attendees.isArray() && !attendees.isEmpty() || !apologies.isEmpty()) {
      StringBuilder html = new StringBuilder();
      if (attendees != null && attendees.isArray() && !attendees.isEmpty()) {
        html.append("<h3>Attending</h3>\n<ul>\n");
        for (JsonNode a : attendees) {
          html.append("<li>").append(text(a, "person").map(id -> entityLink(id, root)).orElse(""));
          text(a, "role").ifPresent(r -> html.append(", ").append(Escape.html(r)));
          html.append("</li>\n");
        }
        html.append("</ul>\n");
      }
      if (!apologies.isEmpty()) {
        html.append("<h3>Apologies</h3>\n<ul>\n");
        apologies.forEach(id -> html.append("<li>").append(entityLink(id, root)).append("</li>\n"));
        html.append("</ul>\n");
      }
      out.add(new Section("attendees", "Attendees", html.toString().strip()));
    }
    JsonNode decisions = e.data().get("decisions");
    if (decisions != null && decisions.isArray() && !decisions.isEmpty()) {
      StringBuilder html = new StringBuilder("<ul>\n");
      for (JsonNode d : decisions) {
        html.append("<li>").append(inline(d, "title", e, page));
        List<String> about = new ArrayList<>();
        text(d, "project").map(id -> entityLink(id, root)).ifPresent(about::add);
        text(d, "record").map(id -> "on " + entityLink(id, root)).ifPresent(about::add);
        if (!about.isEmpty()) {
          html.append(" <span class=\"detail\">(")
              .append(String.join("; ", about))
              .append(")</span>");
        }
        html.append("</li>\n");
      }
      out.add(new Section("decisions", "Decisions", html.append("</ul>").toString()));
    }
    actions(Actions.of(e), page, "Actions", out);
    new MeetingSeries(model.catalogue)
        .previous(e)
        .ifPresent(
            p ->
                out.add(
                    new Section(
                        "previous-meeting",
                        "Previous meeting",
                        "<p>" + Html.link(p.title(), root + model.page(p)) + "</p>")));
  }

  private void actions(List<ActionItem> actions, String page, String heading, List<Section> out) {
    if (actions.isEmpty()) {
      return;
    }
    List<ActionList.Row> rows = new ActionList(model).rows(actions, page);
    StringBuilder html =
        new StringBuilder(
            "<div class=\"table-wrapper\" role=\"region\" aria-labelledby=\"actions\""
                + " tabindex=\"0\">\n<table class=\"table table--actions\">\n<thead>\n<tr><th"
                + " scope=\"col\">Action</th><th scope=\"col\">Owner</th><th"
                + " scope=\"col\">Due</th><th scope=\"col\">Status</th></tr>\n</thead>\n<tbody>\n");
    for (ActionList.Row r : rows) {
      html.append("<tr><td>")
          .append(r.titleHtml())
          .append("</td><td>")
          .append(Html.link(r.owner().text(), r.owner().href()))
          .append("</td><td>")
          .append(Escape.html(r.due()))
          .append("</td><td>")
          .append(Escape.html(r.status()))
          .append(r.done().isEmpty() ? "" : ", " + Escape.html(r.done()))
          .append(r.overdue() ? " <strong class=\"tag tag--overdue\">Overdue</strong>" : "")
          .append("</td></tr>\n");
    }
    html.append("</tbody>\n</table>\n</div>");
    out.add(new Section("actions", heading, html.toString()));
  }

  private static void row(StringBuilder html, String key, String valueHtml) {
    html.append("<div class=\"summary-list__row\"><dt class=\"summary-list__key\">")
        .append(Escape.html(key))
        .append("</dt><dd class=\"summary-list__value\">")
        .append(valueHtml)
        .append("</dd></div>\n");
  }

  private String inline(JsonNode item, String field, Entity e, String page) {
    return text(item, field).map(t -> model.inline(t, e.path(), page)).orElse("");
  }

  private String entityLink(String id, String root) {
    return model
        .entity(id)
        .map(x -> Html.link(x.title(), root + model.page(x)))
        .orElse(Escape.html(id));
  }

  private static Optional<String> text(JsonNode object, String field) {
    JsonNode value = object.get(field);
    return value != null && value.isTextual() && !value.textValue().isBlank()
        ? Optional.of(value.textValue())
        : Optional.empty();
  }
}
