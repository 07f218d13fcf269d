package scot.pmo.publish.serve;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import scot.pmo.author.EditForm;
import scot.pmo.author.EditForm.Control;
import scot.pmo.model.Entity;
import scot.pmo.render.Escape;

/**
 * The HTML of a form's fields: each labelled, its hint and its error tied to it by {@code
 * aria-describedby}, in the GOV.UK pattern; a list as a fieldset of its items with an empty one to
 * fill in (so that a list grows without a script) and a template of a blank item for the script's
 * "Add another".
 */
final class EditFields {

  private final Map<String, String> errors;
  private final StringBuilder out = new StringBuilder();

  /**
   * @param errors the first problem of each field, by its JSON pointer
   */
  private EditFields(Map<String, String> errors) {
    this.errors = errors;
  }

  /** The fields' HTML, with the errors by pointer shown beside them. */
  static String html(List<EditForm.Field> fields, Map<String, String> errors) {
    EditFields html = new EditFields(errors);
    fields.forEach(f -> html.field(f, f.label()));
    return html.out.toString();
  }

  /** The datalists of ids that reference fields offer, one per kind. */
  static String datalists(Iterable<Entity> entities) {
    Map<String, StringBuilder> byKind = new TreeMap<>();
    for (Entity e : entities) {
      byKind
          .computeIfAbsent(e.kind().label(), k -> new StringBuilder())
          .append("<option value=\"")
          .append(Escape.html(e.id()))
          .append("\" label=\"")
          .append(Escape.html(e.title()))
          .append("\"></option>");
    }
    StringBuilder out = new StringBuilder();
    byKind.forEach(
        (kind, options) ->
            out.append("<datalist id=\"ids-")
                .append(kind)
                .append("\">")
                .append(options)
                .append("</datalist>\n"));
    return out.toString();
  }

  /** The id of a field's element: {@code f.team.0.person}. */
  static String id(String pointer) {
    return "f" + pointer.replace('/', '.').replace('~', '_');
  }

  private void field(EditForm.Field f, String label) {
    switch (f.control()) {
      case LIST -> list(f, label);
      case GROUP -> group(f, label);
      default -> single(f, label);
    }
  }

  private void single(EditForm.Field f, String label) {
    String id = id(f.pointer());
    String error = errors.get(f.pointer());
    out.append("<div class=\"field")
        .append(error != null ? " field--error" : "")
        .append("\" data-field=\"")
        .append(Escape.html(f.pointer()))
        .append("\">\n<label class=\"field__label\" for=\"")
        .append(id)
        .append("\">")
        .append(Escape.html(label))
        .append(f.required() ? "" : " <span class=\"field__optional\">(optional)</span>")
        .append("</label>\n");
    String describedBy = id + "-error";
    if (!f.hint().isEmpty()) {
      out.append("<p class=\"field__hint\" id=\"")
          .append(id)
          .append("-hint\">")
          .append(Escape.html(hint(f)))
          .append("</p>\n");
      describedBy = id + "-hint " + describedBy;
    }
    out.append("<p class=\"field__error\" id=\"")
        .append(id)
        .append("-error\"")
        .append(error == null ? " hidden>" : ">")
        .append(error == null ? "" : "<span class=\"visually-hidden\">Error:</span> ")
        .append(error == null ? "" : Escape.html(error))
        .append("</p>\n");
    String common =
        " id=\""
            + id
            + "\" name=\""
            + Escape.html(f.pointer())
            + "\" aria-describedby=\""
            + describedBy
            + "\""
            + (f.required() ? " aria-required=\"true\"" : "")
            + (error != null ? " aria-invalid=\"true\"" : "");
    switch (f.control()) {
      case CHOICE -> {
        out.append("<select class=\"field__select\"").append(common).append(">\n");
        out.append("<option value=\"\">(not given)</option>\n");
        if (!f.value().isEmpty() && !f.choices().contains(f.value())) {
          // kept, not silently dropped: the check says it is not one of the choices
          out.append("<option value=\"")
              .append(Escape.html(f.value()))
              .append("\" selected>")
              .append(Escape.html(f.value()))
              .append(" (not one of the choices)</option>\n");
        }
        for (String choice : f.choices()) {
          out.append("<option value=\"")
              .append(Escape.html(choice))
              .append(choice.equals(f.value()) ? "\" selected" : "\"")
              .append(">")
              .append(Escape.html(choice))
              .append("</option>\n");
        }
        out.append("</select>\n");
      }
      case MARKDOWN ->
          out.append("<textarea class=\"field__textarea\" rows=\"3\"")
              .append(common)
              .append(">\n") // the browser drops a first newline: the value's own stays
              .append(Escape.html(f.value()))
              .append("</textarea>\n");
      case REFERENCE ->
          out.append("<input class=\"field__input\" type=\"text\" autocomplete=\"off\" list=\"ids-")
              .append(f.targets())
              .append("\"")
              .append(common)
              .append(" value=\"")
              .append(Escape.html(f.value()))
              .append("\">\n");
      case DATE ->
          out.append("<input class=\"field__input field__input--date\" type=\"text\"")
              .append(" inputmode=\"numeric\" autocomplete=\"off\" placeholder=\"YYYY-MM-DD\"")
              .append(common)
              .append(" value=\"")
              .append(Escape.html(f.value()))
              .append("\">\n");
      default ->
          out.append("<input class=\"field__input\" type=\"text\"")
              .append(common)
              .append(" value=\"")
              .append(Escape.html(f.value()))
              .append("\">\n");
    }
    out.append("</div>\n");
  }

  private static String hint(EditForm.Field f) {
    String hint = f.hint();
    if (f.control() == Control.REFERENCE) {
      hint += " Type to choose among the " + f.targets().replace('-', ' ') + " ids.";
    } else if (f.control() == Control.DATE && !hint.contains("YYYY")) {
      hint += " Written YYYY-MM-DD, or YYYY-MM where only the month is known.";
    }
    return hint.strip();
  }

  private void group(EditForm.Field f, String label) {
    String error = errors.get(f.pointer());
    out.append("<fieldset class=\"group\" id=\"")
        .append(id(f.pointer()))
        .append("\" tabindex=\"-1\">\n<legend class=\"group__legend\">")
        .append(Escape.html(label))
        .append("</legend>\n");
    if (error != null) {
      out.append("<p class=\"field__error\"><span class=\"visually-hidden\">Error:</span> ")
          .append(Escape.html(error))
          .append("</p>\n");
    }
    f.children().forEach(c -> field(c, c.label()));
    out.append("</fieldset>\n");
  }

  private void list(EditForm.Field f, String label) {
    String id = id(f.pointer());
    String error = errors.get(f.pointer());
    out.append("<fieldset class=\"list\" id=\"")
        .append(id)
        .append("\" tabindex=\"-1\" data-next=\"")
        .append(f.children().size() + 1)
        .append("\">\n<legend class=\"list__legend\">")
        .append(Escape.html(label))
        .append(f.required() ? "" : " <span class=\"field__optional\">(optional)</span>")
        .append("</legend>\n");
    if (!f.hint().isEmpty()) {
      out.append("<p class=\"field__hint\">").append(Escape.html(f.hint())).append("</p>\n");
    }
    if (error != null) {
      out.append("<p class=\"field__error\"><span class=\"visually-hidden\">Error:</span> ")
          .append(Escape.html(error))
          .append("</p>\n");
    }
    out.append("<div class=\"list__items\">\n");
    int n = 0;
    for (EditForm.Field item : f.children()) {
      item(item, f.label() + " " + (++n));
    }
    // One empty item to fill in, for a browser without scripts; left out when saved empty.
    item(renumber(f.blank(), n), f.label() + " " + (n + 1));
    out.append("</div>\n<template class=\"list__template\">\n");
    item(f.blank(), f.label() + " __n__");
    out.append("</template>\n<button type=\"button\" class=\"button button--secondary list__add\"")
        .append(" hidden>Add another item<span class=\"visually-hidden\"> to ")
        .append(Escape.html(f.label()))
        .append("</span></button>\n</fieldset>\n");
  }

  private void item(EditForm.Field item, String label) {
    out.append("<div class=\"list__item\">\n");
    field(item, label);
    out.append(
            "<button type=\"button\" class=\"button button--secondary list__remove\" hidden>Remove <span"
                + " class=\"visually-hidden\">")
        .append(Escape.html(label))
        .append("</span></button>\n</div>\n");
  }

  /** The blank item of a list as item number {@code index}. */
  private static EditForm.Field renumber(EditForm.Field blank, int index) {
    return new EditForm.Field(
        blank.pointer().replaceFirst("/__i__", "/" + index),
        blank.name(),
        blank.label(),
        blank.hint(),
        blank.control(),
        blank.required(),
        blank.choices(),
        blank.targets(),
        blank.value(),
        blank.children().stream().map(c -> renumber(c, index)).toList(),
        blank.blank() == null ? null : renumber(blank.blank(), index));
  }
}
