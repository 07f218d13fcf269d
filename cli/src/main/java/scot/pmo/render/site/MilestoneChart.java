package scot.pmo.render.site;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import scot.pmo.model.Entity;
import scot.pmo.model.Kind;
import scot.pmo.model.PartialDate;
import scot.pmo.model.Words;
import scot.pmo.render.Escape;
import scot.pmo.render.site.Pages.Link;

/**
 * The milestones as a chart over time, grouped by project: a bar from start to end, or a marker at
 * the due date; a slipped milestone shows its baseline too, joined to its due date; a line marks
 * the site's as-of date. A table gives the same facts, with how many days each slipped.
 */
final class MilestoneChart {

  /** One milestone in the table. */
  record Row(
      Link milestone,
      Link project,
      String baseline,
      String when,
      String status,
      boolean overdue,
      String slipped) {}

  /**
   * The chart and its table.
   *
   * @param hasMilestones whether there is any milestone; {@code hasChart} whether any has a date
   */
  record View(
      boolean hasMilestones, boolean hasChart, String svgHtml, String asOf, List<Row> rows) {}

  private static final int LABEL_W = 320;
  private static final int PLOT_W = 680;
  private static final int RIGHT = 110;
  private static final int ROW_H = 30;
  private static final int AXIS_H = 50;
  private static final int LEGEND_H = 44;
  private static final int LABEL_CHARS = 40;
  private static final String BLUE = "#1d70b8";
  private static final String INK = "#0b0c0c";
  private static final String GREY = "#505a5f";
  private static final String TODAY = "#d4351c";

  /** A milestone placed in time; {@code from} empty when it has no date. */
  private record Item(
      Entity entity,
      Optional<String> project,
      Optional<LocalDate> from,
      Optional<LocalDate> to,
      Optional<LocalDate> baseline,
      long slippedDays,
      boolean overdue) {}

  private final SiteModel model;

  MilestoneChart(SiteModel model) {
    this.model = model;
  }

  private static Optional<PartialDate> date(Entity e, String field) {
    return e.text(field).flatMap(PartialDate::parse);
  }

  private Item item(Entity e) {
    Optional<PartialDate> start = date(e, "start");
    Optional<PartialDate> end = date(e, "end");
    Optional<PartialDate> due = date(e, "due");
    Optional<LocalDate> from = start.map(PartialDate::start).or(() -> due.map(PartialDate::start));
    Optional<LocalDate> to =
        start.isPresent() ? end.map(PartialDate::end).or(() -> Optional.empty()) : Optional.empty();
    Optional<LocalDate> baseline = date(e, "baseline").map(PartialDate::start);
    Optional<LocalDate> agreed = due.map(PartialDate::start).or(() -> end.map(PartialDate::start));
    long slipped =
        baseline.isPresent() && agreed.isPresent()
            ? Math.max(0, ChronoUnit.DAYS.between(baseline.get(), agreed.get()))
            : 0;
    Optional<LocalDate> last = due.map(PartialDate::end).or(() -> end.map(PartialDate::end));
    boolean overdue =
        e.text("status").map("planned"::equals).orElse(false)
            && last.map(d -> d.isBefore(model.asOf)).orElse(false);
    return new Item(e, e.text("project"), from, to, baseline, slipped, overdue);
  }

  /** The milestones by project: the programme's own first, then each project's by its title. */
  private Map<String, List<Item>> groups() {
    List<Item> items = new ArrayList<>();
    for (Entity e : model.sorted(Kind.MILESTONE)) {
      items.add(item(e));
    }
    items.sort(
        Comparator.comparing((Item i) -> i.from().orElse(LocalDate.MAX))
            .thenComparing(i -> i.entity().title(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(i -> i.entity().id()));
    Map<String, List<Item>> groups = new LinkedHashMap<>();
    groups.put("", new ArrayList<>());
    List<String> projects =
        items.stream()
            .map(Item::project)
            .flatMap(Optional::stream)
            .distinct()
            .sorted(
                Comparator.comparing((String p) -> projectTitle(p), String.CASE_INSENSITIVE_ORDER)
                    .thenComparing(Comparator.naturalOrder()))
            .toList();
    projects.forEach(p -> groups.put(p, new ArrayList<>()));
    items.forEach(i -> groups.get(i.project().orElse("")).add(i));
    groups.values().removeIf(List::isEmpty);
    return groups;
  }

  private String projectTitle(String id) {
    return id.isEmpty() ? "Whole programme" : model.entity(id).map(Entity::title).orElse(id);
  }

  View view(String page) {
    String root = SitePaths.root(page);
    Map<String, List<Item>> groups = groups();
    List<Row> rows = new ArrayList<>();
    groups.forEach(
        (project, items) -> {
          for (Item i : items) {
            Entity e = i.entity();
            rows.add(
                new Row(
                    new Link(e.title(), root + model.page(e)),
                    project.isEmpty()
                        ? new Link("Whole programme", "")
                        : model
                            .entity(project)
                            .map(p -> new Link(p.title(), root + model.page(p)))
                            .orElse(new Link(project, "")),
                    date(e, "baseline").map(model::date).orElse("–"),
                    model
                        .timelineItem(e)
                        .filter(t -> t.when().isPresent())
                        .map(t -> t.display(model.dates()))
                        .orElse("Date not known"),
                    e.text("status").map(s -> Words.capitalise(Html.words(s))).orElse("Not given"),
                    i.overdue(),
                    i.slippedDays() > 0 ? days(i.slippedDays()) : "–"));
          }
        });
    boolean dated =
        groups.values().stream().flatMap(List::stream).anyMatch(i -> i.from().isPresent());
    return new View(!rows.isEmpty(), dated, dated ? svg(groups) : "", model.date(model.asOf), rows);
  }

  private static String days(long n) {
    return n + (n == 1 ? " day" : " days");
  }

  private String svg(Map<String, List<Item>> groups) {
    LocalDate first = model.asOf;
    LocalDate last = model.asOf;
    for (List<Item> items : groups.values()) {
      for (Item i : items) {
        for (Optional<LocalDate> d : List.of(i.from(), i.to(), i.baseline())) {
          if (d.isPresent()) {
            first = d.get().isBefore(first) ? d.get() : first;
            last = d.get().isAfter(last) ? d.get() : last;
          }
        }
      }
    }
    LocalDate from = first.minusDays(14).withDayOfMonth(1);
    LocalDate to = last.plusDays(14).withDayOfMonth(1).plusMonths(1);
    long months = ChronoUnit.MONTHS.between(from, to);
    int step = months <= 8 ? 1 : months <= 24 ? 3 : months <= 48 ? 6 : 12;
    Scale x = new Scale(from, to);

    List<Item> dated = new ArrayList<>();
    int lines = 0;
    for (List<Item> items : groups.values()) {
      lines += 1 + items.size();
      items.stream().filter(i -> i.from().isPresent()).forEach(dated::add);
    }
    int width = LABEL_W + PLOT_W + RIGHT;
    int plotBottom = AXIS_H + lines * ROW_H;
    int height = plotBottom + LEGEND_H;
    StringBuilder body = new StringBuilder();

    // The grid and its dates.
    LocalDate tick = from;
    if (step == 12) {
      tick = from.withDayOfYear(1).isBefore(from) ? from.withDayOfYear(1).plusYears(1) : from;
    } else if (step > 1) {
      while ((tick.getMonthValue() - 1) % step != 0) {
        tick = tick.plusMonths(1);
      }
    }
    for (; !tick.isAfter(to); tick = tick.plusMonths(step)) {
      double tx = x.at(tick);
      body.append("<line class=\"milestone-chart__tick\" data-date=\"")
          .append(tick)
          .append("\" x1=\"")
          .append(num(tx))
          .append("\" y1=\"")
          .append(AXIS_H - 6)
          .append("\" x2=\"")
          .append(num(tx))
          .append("\" y2=\"")
          .append(plotBottom)
          .append("\" stroke=\"#b1b4b6\" stroke-width=\"1\"/>\n");
      String label =
          step == 12
              ? String.valueOf(tick.getYear())
              : tick.getMonth()
                      .getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.UK)
                  + " "
                  + tick.getYear();
      body.append("<text x=\"")
          .append(num(tx + 3))
          .append("\" y=\"")
          .append(AXIS_H - 12)
          .append("\" font-size=\"13\" fill=\"")
          .append(GREY)
          .append("\">")
          .append(Escape.html(label))
          .append("</text>\n");
    }

    // The rows: a heading per project, then its milestones.
    int y = AXIS_H;
    StringBuilder desc = new StringBuilder();
    desc.append(dated.size())
        .append(dated.size() == 1 ? " milestone" : " milestones")
        .append(" from ")
        .append(model.date(from))
        .append(" to ")
        .append(model.date(to.minusDays(1)))
        .append(", grouped by project; a line marks today, ")
        .append(model.date(model.asOf))
        .append('.');
    int shade = 0;
    for (Map.Entry<String, List<Item>> group : groups.entrySet()) {
      body.append("<rect x=\"0\" y=\"")
          .append(y)
          .append("\" width=\"")
          .append(width)
          .append("\" height=\"")
          .append(ROW_H)
          .append("\" fill=\"#f3f2f1\"/>\n<text x=\"8\" y=\"")
          .append(y + 20)
          .append("\" font-size=\"14\" font-weight=\"700\" fill=\"")
          .append(INK)
          .append("\">")
          .append(Escape.html(shorten(projectTitle(group.getKey()), LABEL_CHARS + 20)))
          .append("</text>\n");
      y += ROW_H;
      for (Item i : group.getValue()) {
        if (shade++ % 2 == 1) {
          body.append("<rect x=\"0\" y=\"")
              .append(y)
              .append("\" width=\"")
              .append(width)
              .append("\" height=\"")
              .append(ROW_H)
              .append("\" fill=\"#fafafa\"/>\n");
        }
        body.append("<g class=\"milestone-chart__row\" data-id=\"")
            .append(Escape.html(i.entity().id()))
            .append("\">")
            .append("<text x=\"20\" y=\"")
            .append(y + 20)
            .append("\" font-size=\"14\" fill=\"")
            .append(INK)
            .append("\">")
            .append(Escape.html(shorten(i.entity().title(), LABEL_CHARS)))
            .append("</text>");
        int mid = y + ROW_H / 2;
        double end = LABEL_W;
        if (i.from().isEmpty()) {
          body.append("<text x=\"")
              .append(LABEL_W + 4)
              .append("\" y=\"")
              .append(y + 20)
              .append("\" font-size=\"13\" fill=\"")
              .append(GREY)
              .append("\">Date not known</text>");
        } else if (i.to().isPresent()) {
          double x1 = x.at(i.from().get());
          double x2 = Math.max(x1 + 4, x.at(i.to().get().plusDays(1)));
          body.append("<rect class=\"milestone-chart__bar\" x=\"")
              .append(num(x1))
              .append("\" y=\"")
              .append(mid - 7)
              .append("\" width=\"")
              .append(num(x2 - x1))
              .append("\" height=\"14\" fill=\"")
              .append(BLUE)
              .append("\"/>");
          end = x2;
        } else {
          double dx = x.at(i.from().get());
          if (i.baseline().isPresent() && i.slippedDays() > 0) {
            double bx = x.at(i.baseline().get());
            body.append("<line x1=\"")
                .append(num(bx))
                .append("\" y1=\"")
                .append(mid)
                .append("\" x2=\"")
                .append(num(dx))
                .append("\" y2=\"")
                .append(mid)
                .append("\" stroke=\"")
                .append(GREY)
                .append("\" stroke-width=\"2\" stroke-dasharray=\"4 3\"/>")
                .append(
                    diamond(
                        bx, mid, "#ffffff", GREY, "milestone-chart__baseline", i.baseline().get()));
          }
          body.append(diamond(dx, mid, BLUE, BLUE, "milestone-chart__due", i.from().get()));
          end = dx + 8;
        }
        List<String> notes = new ArrayList<>();
        if (i.slippedDays() > 0) {
          notes.add("slipped " + days(i.slippedDays()));
        }
        if (i.overdue()) {
          notes.add("overdue");
        }
        if (i.entity().text("status").map("done"::equals).orElse(false)) {
          notes.add("done");
        }
        if (!notes.isEmpty()) {
          body.append("<text class=\"milestone-chart__note\" x=\"")
              .append(num(end + 6))
              .append("\" y=\"")
              .append(y + 20)
              .append("\" font-size=\"13\" fill=\"")
              .append(INK)
              .append("\">")
              .append(Escape.html(String.join(", ", notes)))
              .append("</text>");
          desc.append(' ')
              .append(i.entity().title())
              .append(": ")
              .append(String.join(", ", notes))
              .append('.');
        }
        body.append("</g>\n");
        y += ROW_H;
      }
    }

    // Today, over the rows.
    double tx = x.at(model.asOf);
    String todayLabel = "Today, " + model.date(model.asOf);
    boolean nearEnd = tx > LABEL_W + PLOT_W - 60;
    body.append("<line class=\"milestone-chart__today\" data-date=\"")
        .append(model.asOf)
        .append("\" x1=\"")
        .append(num(tx))
        .append("\" y1=\"18\" x2=\"")
        .append(num(tx))
        .append("\" y2=\"")
        .append(plotBottom)
        .append("\" stroke=\"")
        .append(TODAY)
        .append("\" stroke-width=\"2\" stroke-dasharray=\"6 3\"/>\n<text x=\"")
        .append(num(nearEnd ? tx - 4 : tx + 4))
        .append("\" y=\"14\" font-size=\"13\" font-weight=\"700\" fill=\"")
        .append(INK)
        .append("\"")
        .append(nearEnd ? " text-anchor=\"end\"" : "")
        .append(">")
        .append(Escape.html(todayLabel))
        .append("</text>\n");

    // The key.
    int ly = plotBottom + 26;
    body.append(diamond(20, ly - 4, BLUE, BLUE, "", null))
        .append(text(32, ly, "Due date"))
        .append(diamond(120, ly - 4, "#ffffff", GREY, "", null))
        .append(text(132, ly, "Baseline (first agreed)"))
        .append("<rect x=\"300\" y=\"")
        .append(ly - 11)
        .append("\" width=\"24\" height=\"14\" fill=\"")
        .append(BLUE)
        .append("\"/>")
        .append(text(330, ly, "Period"))
        .append("<line x1=\"410\" y1=\"")
        .append(ly - 12)
        .append("\" x2=\"410\" y2=\"")
        .append(ly + 2)
        .append("\" stroke=\"")
        .append(TODAY)
        .append("\" stroke-width=\"2\" stroke-dasharray=\"6 3\"/>")
        .append(text(418, ly, "Today (the site's as-of date)"))
        .append('\n');

    return SvgFigure.open(
            "milestone-chart__svg",
            width,
            height,
            "milestone-chart",
            " data-from=\"" + from + "\" data-to=\"" + to + "\"",
            "Milestone chart",
            desc.toString())
        + body
        + "</svg>";
  }

  private static String text(int x, int y, String text) {
    return "<text x=\""
        + x
        + "\" y=\""
        + y
        + "\" font-size=\"13\" fill=\""
        + INK
        + "\">"
        + Escape.html(text)
        + "</text>";
  }

  private static String diamond(
      double cx, int cy, String fill, String stroke, String cls, LocalDate date) {
    int r = 7;
    return "<polygon"
        + (cls.isEmpty() ? "" : " class=\"" + cls + "\"")
        + (date == null ? "" : " data-date=\"" + date + "\"")
        + " points=\""
        + num(cx)
        + ","
        + (cy - r)
        + " "
        + num(cx + r)
        + ","
        + cy
        + " "
        + num(cx)
        + ","
        + (cy + r)
        + " "
        + num(cx - r)
        + ","
        + cy
        + "\" fill=\""
        + fill
        + "\" stroke=\""
        + stroke
        + "\" stroke-width=\"2\"/>";
  }

  private static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1).strip() + "…";
  }

  /** A coordinate with one decimal place, the same on every machine. */
  static String num(double v) {
    long tenths = Math.round(v * 10);
    return tenths % 10 == 0
        ? String.valueOf(tenths / 10)
        : (tenths / 10) + "." + Math.abs(tenths % 10);
  }

  /** Days to the plot's x coordinates. */
  private record Scale(LocalDate from, LocalDate to) {
    double at(LocalDate d) {
      double span = ChronoUnit.DAYS.between(from, to);
      return LABEL_W + ChronoUnit.DAYS.between(from, d) / span * PLOT_W;
    }
  }
}
