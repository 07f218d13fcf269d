package scot.pmo.render.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import scot.pmo.model.Entity;
import scot.pmo.model.Kind;
import scot.pmo.model.RaidScale;
import scot.pmo.model.Words;
import scot.pmo.render.site.Pages.RecordHistory;
import scot.pmo.render.site.Pages.RecordHistoryRow;

/**
 * How a RAID record's status and rating moved, from git: one row per commit that changed its
 * status, likelihood or impact, oldest first, with the score (likelihood × impact) and its band on
 * the scale {@code pmo.yaml} sets.
 */
final class RecordHistories {

  /** The heading of the section and the id of its anchor. */
  static final String HEADING = "History of this record";

  static final String ID = "record-history";

  private RecordHistories() {}

  /** The table of {@code e}'s history; empty for other kinds, or when git gives no history. */
  static Optional<RecordHistory> of(SiteModel model, Entity e) {
    if (e.kind() != Kind.INTERDEPENDENCY) {
      return Optional.empty();
    }
    List<PageHistory.Version> versions =
        model.options.history().page(e.path()).map(PageHistory::versions).orElse(List.of());
    RaidScale scale = model.options.config().raid();
    List<RecordHistoryRow> rows = new ArrayList<>();
    List<String> last = null;
    boolean rated = false;
    for (PageHistory.Version v : versions) {
      String status = v.fields().getOrDefault("status", "");
      String likelihood = v.fields().getOrDefault("likelihood", "");
      String impact = v.fields().getOrDefault("impact", "");
      List<String> now = List.of(status, likelihood, impact);
      if (now.equals(last)) {
        continue; // the commit changed other fields
      }
      last = now;
      Optional<Integer> l = level(likelihood);
      Optional<Integer> i = level(impact);
      String score = "";
      String band = "";
      if (l.isPresent() && i.isPresent()) {
        int s = scale.score(l.get(), i.get());
        score = Integer.toString(s);
        band = scale.band(s).name();
      }
      rated |= !likelihood.isEmpty() || !impact.isEmpty();
      rows.add(
          new RecordHistoryRow(
              SiteModel.isoDate(v.date()).map(model::date).orElse(v.date()),
              v.commit(),
              status.isEmpty() ? "" : Words.capitalise(Html.words(status)),
              rating(likelihood, l, scale.likelihood()),
              rating(impact, i, scale.impact()),
              score,
              band));
    }
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    String caption =
        rated
            ? "How the status and rating of this record changed, oldest first: one row per"
                + " change, from the history of its file"
            : "How the status of this record changed, oldest first: one row per change, from the"
                + " history of its file";
    return Optional.of(new RecordHistory(caption, rated, rows));
  }

  /** A level as written, with its label on the scale when it has one: "4 (Likely)". */
  private static String rating(String written, Optional<Integer> level, List<String> labels) {
    if (level.isPresent() && level.get() >= 1 && level.get() <= labels.size()) {
      return level.get() + " (" + labels.get(level.get() - 1) + ")";
    }
    return written;
  }

  private static Optional<Integer> level(String text) {
    if (!text.matches("[0-9]{1,3}")) {
      return Optional.empty();
    }
    return Optional.of(Integer.parseInt(text));
  }
}
