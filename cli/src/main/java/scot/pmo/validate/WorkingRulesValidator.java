package scot.pmo.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import scot.pmo.model.Catalogue;
import scot.pmo.model.Diagnostic;
import scot.pmo.model.Diagnostics;
import scot.pmo.model.Entity;
import scot.pmo.model.Kind;
import scot.pmo.model.PartialDate;
import scot.pmo.model.RaidScale;
import scot.pmo.model.Rules;

/**
 * The programme office's working rules over the RAID log, the meetings and the actions: a review or
 * an action past its date, a meeting past its date still planned, an escalated record nobody owns,
 * a closed or resolved record that does not say when, a rating off the scale, and a lifecycle step
 * skipped or dated out of order. Each rule's severity is its default (a warning; an error for a
 * rating off the scale) unless {@code pmo.yaml} sets another under {@code rules:}, or turns it off.
 *
 * <p>"Today" is given, not read from the clock, so that a check can be made as of another day
 * ({@code pmo validate --on}) and tests are fixed. Each file is checked on its own.
 */
public final class WorkingRulesValidator implements FileValidator {

  /** The steps of a record's lifecycle, in order, each with the field that dates it. */
  private static final List<String> STEPS = List.of("raised", "escalated", "resolved", "closed");

  private final RaidScale scale;
  private final Rules rules;
  private final LocalDate today;

  /**
   * @param scale the scales ratings are on
   * @param rules the severities {@code pmo.yaml} sets
   * @param today the day the dates are checked against
   */
  public WorkingRulesValidator(RaidScale scale, Rules rules, LocalDate today) {
    this.scale = scale;
    this.rules = rules;
    this.today = today;
  }

  @Override
  public void validate(Catalogue catalogue, List<Entity> entities, Diagnostics diagnostics) {
    for (Entity entity : entities) {
      List<Diagnostic> found = new ArrayList<>();
      if (entity.kind() == Kind.INTERDEPENDENCY) {
        record(entity, found);
        actions(entity, found);
      } else if (entity.kind() == Kind.MEETING) {
        stillPlanned(entity, found);
        actions(entity, found);
      }
      for (Diagnostic d : found) {
        rules.apply(d).ifPresent(diagnostics::add);
      }
    }
  }

  /** Only RAID records and meetings are read, each on its own. */
  @Override
  public boolean affectedBy(Entity before, Entity after) {
    return before.kind() == Kind.INTERDEPENDENCY || before.kind() == Kind.MEETING;
  }

  private void record(Entity record, List<Diagnostic> out) {
    String status = record.text("status").orElse("");
    boolean live = status.equals("open") || status.equals("escalated");
    reviewOverdue(record, live, out);
    escalatedWithoutOwner(record, status, out);
    closedWithoutDate(record, status, out);
    rating(record, out);
    lifecycle(record, status, out);
  }

  private void reviewOverdue(Entity record, boolean live, List<Diagnostic> out) {
    Optional<PartialDate> review = record.text("review").flatMap(PartialDate::parse);
    if (live && review.isPresent() && review.get().end().isBefore(today)) {
      out.add(
          Diagnostic.warning(
              "review-overdue",
              record.positions().value("/review"),
              "the record is "
                  + record.text("status").orElse("")
                  + " and its review was due on "
                  + review.get().text()
                  + ", before today ("
                  + today
                  + ")",
              "review it, then set 'review:' to the date of the next review; or resolve or close"
                  + " it if it no longer needs watching"));
    }
  }

  private void escalatedWithoutOwner(Entity record, String status, List<Diagnostic> out) {
    if (record.text("owner").isPresent()) {
      return;
    }
    Optional<String> to = record.text("escalated_to");
    Optional<String> level = record.text("level");
    String pointer;
    String why;
    if (status.equals("escalated")) {
      pointer = "/status";
      why = "the record is escalated" + to.map(t -> " to '" + t + "'").orElse("");
    } else if (to.isPresent()) {
      pointer = "/escalated_to";
      why = "the record was escalated to '" + to.get() + "'";
    } else if (level.isPresent()) {
      pointer = "/level";
      why = "the record was escalated to the " + level.get() + " level";
    } else {
      return;
    }
    out.add(
        Diagnostic.warning(
            "escalated-without-owner",
            record.positions().value(pointer),
            why + ", but has no owner to answer for it there",
            "add 'owner:' with the id of the person who owns it (a person in"
                + " content/people/)"));
  }

  private static void closedWithoutDate(Entity record, String status, List<Diagnostic> out) {
    String field;
    String step;
    if (status.equals("closed")) {
      field = "closed";
      step = "closed";
    } else if (status.equals("resolved")) {
      field = "resolved";
      step = record.text("type").orElse("").equals("decision") ? "decided" : "resolved";
    } else {
      return;
    }
    if (record.text(field).isEmpty()) {
      out.add(
          Diagnostic.warning(
              "closed-without-date",
              record.positions().value("/status"),
              "the record is " + status + " but does not say when: it has no '" + field + "' date",
              "add '" + field + ": \"YYYY-MM-DD\"', the day it was " + step));
    }
  }

  private void rating(Entity record, List<Diagnostic> out) {
    Optional<Integer> likelihood = level(record, "likelihood");
    Optional<Integer> impact = level(record, "impact");
    check(record, "likelihood", likelihood, scale.likelihood(), out);
    check(record, "impact", impact, scale.impact(), out);
    boolean hasLikelihood = record.text("likelihood").isPresent();
    boolean hasImpact = record.text("impact").isPresent();
    if (hasLikelihood != hasImpact) {
      String given = hasLikelihood ? "likelihood" : "impact";
      String missing = hasLikelihood ? "impact" : "likelihood";
      List<String> labels = hasLikelihood ? scale.impact() : scale.likelihood();
      out.add(
          Diagnostic.error(
              "rating-out-of-scale",
              record.positions().value("/" + given),
              "the record gives '" + given + "' but no '" + missing + "': a rating needs both",
              "add '"
                  + missing
                  + ": \"N\"', from 1 ("
                  + labels.get(0)
                  + ") to "
                  + labels.size()
                  + " ("
                  + labels.get(labels.size() - 1)
                  + "), or remove '"
                  + given
                  + "'"));
    }
  }

  private static void check(
      Entity record,
      String field,
      Optional<Integer> value,
      List<String> labels,
      List<Diagnostic> out) {
    if (value.isPresent() && value.get() > labels.size()) {
      out.add(
          Diagnostic.error(
              "rating-out-of-scale",
              record.positions().value("/" + field),
              "'"
                  + field
                  + "' is "
                  + value.get()
                  + ", above the top of the "
                  + field
                  + " scale ("
                  + labels.size()
                  + ", "
                  + labels.get(labels.size() - 1)
                  + ")",
              "rate it from 1 ("
                  + labels.get(0)
                  + ") to "
                  + labels.size()
                  + " ("
                  + labels.get(labels.size() - 1)
                  + "), or widen the scale under 'raid: "
                  + field
                  + ":' in pmo.yaml"));
    }
  }

  /** A rating's whole number, when it is in the form the schema allows. */
  private static Optional<Integer> level(Entity record, String field) {
    return record.text(field).filter(t -> t.matches("[1-9][0-9]?")).map(Integer::valueOf);
  }

  private static void lifecycle(Entity record, String status, List<Diagnostic> out) {
    if (status.equals("closed") && record.text("resolved").isEmpty()) {
      boolean decision = record.text("type").orElse("").equals("decision");
      out.add(
          Diagnostic.warning(
              "lifecycle-skip",
              record.positions().value("/status"),
              "the record is closed but was never "
                  + (decision ? "decided" : "resolved")
                  + ": it has no 'resolved' date",
              "a record is resolved before it is closed: add 'resolved: \"YYYY-MM-DD\"', the day"
                  + " it was "
                  + (decision ? "decided" : "resolved")));
    }
    if (status.equals("escalated") && record.text("escalated").isEmpty()) {
      out.add(
          Diagnostic.warning(
              "lifecycle-skip",
              record.positions().value("/status"),
              "the record is escalated but has no 'escalated' date",
              "add 'escalated: \"YYYY-MM-DD\"', the day it was escalated"));
    }
    // Each step's date against the latest step before it that has one. Raised against escalated
    // and resolved is an error of its own (date-order), not repeated here.
    String before = null;
    for (String step : STEPS) {
      Optional<PartialDate> date = record.text(step).flatMap(PartialDate::parse);
      if (date.isEmpty()) {
        continue;
      }
      if (before != null && !(before.equals("raised") && !step.equals("closed"))) {
        PartialDate earlier = record.text(before).flatMap(PartialDate::parse).orElseThrow();
        if (date.get().end().isBefore(earlier.start())) {
          out.add(
              Diagnostic.warning(
                  "lifecycle-skip",
                  record.positions().value("/" + step),
                  "'"
                      + step
                      + "' ("
                      + date.get().text()
                      + ") comes before '"
                      + before
                      + "' ("
                      + earlier.text()
                      + "), but the steps go raised, escalated, resolved, closed",
                  "check both dates: a record is " + step + " no earlier than it is " + before));
        }
      }
      before = step;
    }
  }

  /**
   * A meeting still "planned" when its date is past: whether it was held is not recorded. A partial
   * date ("2023-10") is past once its last day is.
   */
  private void stillPlanned(Entity meeting, List<Diagnostic> out) {
    if (!meeting.text("status").orElse("").equals("planned")) {
      return;
    }
    Optional<PartialDate> date = meeting.text("date").flatMap(PartialDate::parse);
    if (date.isEmpty() || !date.get().end().isBefore(today)) {
      return;
    }
    out.add(
        Diagnostic.warning(
            "meeting-still-planned",
            meeting.positions().value("/status"),
            "the meeting is still 'planned', but the day it was to be held has passed",
            "it was dated "
                + date.get().text()
                + ", before today ("
                + today
                + "): set 'status: held' or 'status: cancelled'; if it was moved, set 'date:' to its"
                + " new date; if nobody knows, remove 'status:'"));
  }

  private void actions(Entity entity, List<Diagnostic> out) {
    JsonNode list = entity.data().get("actions");
    if (list == null || !list.isArray()) {
      return;
    }
    for (int i = 0; i < list.size(); i++) {
      JsonNode action = list.get(i);
      if (!action.isObject() || !"open".equals(action.path("status").asText(null))) {
        continue;
      }
      JsonNode dueText = action.path("due");
      Optional<PartialDate> due =
          dueText.isTextual() ? PartialDate.parse(dueText.textValue()) : Optional.empty();
      if (due.isEmpty() || !due.get().end().isBefore(today)) {
        continue;
      }
      String title = action.path("title").asText("").strip().replaceAll("\\s+", " ");
      String owner = action.path("owner").asText("");
      out.add(
          Diagnostic.warning(
              "action-overdue",
              entity.positions().value("/actions/" + i + "/due"),
              "the action '"
                  + (title.length() > 60 ? title.substring(0, 59) + "…" : title)
                  + "'"
                  + (owner.isEmpty() ? "" : " (" + owner + ")")
                  + " was due on "
                  + due.get().text()
                  + " and is still open (today is "
                  + today
                  + ")",
              "if it is done, set 'status: done' and 'done: \"YYYY-MM-DD\"'; if not, agree a new"
                  + " 'due' date, or set 'status: cancelled'"));
    }
  }
}
