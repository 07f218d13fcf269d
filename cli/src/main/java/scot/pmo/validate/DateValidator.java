package scot.pmo.validate;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import scot.pmo.model.Catalogue;
import scot.pmo.model.Diagnostic;
import scot.pmo.model.Diagnostics;
import scot.pmo.model.Entity;
import scot.pmo.model.FieldPath;
import scot.pmo.model.Kind;
import scot.pmo.model.PartialDate;

/**
 * Checks that dates in the right form are real dates (no 30 February), and that pairs of dates come
 * in order.
 */
public final class DateValidator implements FileValidator {

  private static final Pattern FORM = Pattern.compile("[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?");

  @Override
  public void validate(Catalogue catalogue, List<Entity> entities, Diagnostics diagnostics) {
    for (Entity entity : entities) {
      for (FieldPath field : entity.kind().dateFields()) {
        field.forEachText(
            entity.data(),
            (pointer, text) -> {
              if (FORM.matcher(text).matches() && PartialDate.parse(text).isEmpty()) {
                diagnostics.add(
                    Diagnostic.error(
                        "invalid-date",
                        entity.positions().value(pointer),
                        "'"
                            + FieldPath.named(pointer)
                            + "' is '"
                            + text
                            + "', which is not a real date",
                        "check the month (01 to 12) and the day (the month's days)"));
              }
            });
      }
      if (entity.kind() == Kind.MILESTONE) {
        inOrder(entity, "start", "end", diagnostics);
      }
      if (entity.kind() == Kind.INTERDEPENDENCY) {
        inOrder(entity, "raised", "escalated", diagnostics);
        inOrder(entity, "raised", "resolved", diagnostics);
      }
    }
  }

  private static void inOrder(Entity entity, String before, String after, Diagnostics out) {
    // "2024-05" as an end means the whole of May: only a period that ends before the other
    // begins is out of order.
    Optional<LocalDate> first = entity.text(before).flatMap(DateValidator::parse);
    Optional<LocalDate> second = entity.text(after).flatMap(DateValidator::lastDay);
    if (first.isPresent() && second.isPresent() && second.get().isBefore(first.get())) {
      out.add(
          Diagnostic.error(
              "date-order",
              entity.positions().value("/" + after),
              "'"
                  + after
                  + "' ("
                  + entity.text(after).get()
                  + ") comes before '"
                  + before
                  + "' ("
                  + entity.text(before).get()
                  + ")",
              "check both dates: '" + after + "' cannot be earlier than '" + before + "'"));
    }
  }

  /** The first day a date in the form YYYY, YYYY-MM or YYYY-MM-DD can mean. */
  static Optional<LocalDate> parse(String text) {
    return PartialDate.parse(text).map(PartialDate::start);
  }

  /** The last day a date in the form YYYY, YYYY-MM or YYYY-MM-DD can mean. */
  static Optional<LocalDate> lastDay(String text) {
    return PartialDate.parse(text).map(PartialDate::end);
  }
}
