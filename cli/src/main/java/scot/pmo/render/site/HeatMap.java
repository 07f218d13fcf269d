package scot.pmo.render.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import scot.pmo.link.RaidItem;
import scot.pmo.model.RaidScale;
import scot.pmo.render.Escape;
import scot.pmo.render.site.Pages.Link;

/**
 * The open and escalated risks on the programme's likelihood × impact grid: an inline SVG picture
 * (likelihood rising upwards, impact to the right; each cell with its count and its band in words,
 * so that colour is never the only cue) and a table holding the same counts, each linking to the
 * list of the cell's records.
 */
final class HeatMap {

  /** One cell of the table: its count, and the list of its records when it has any. */
  record Cell(int count, boolean hasRecords, String href, String band, String bandClass) {}

  /** One likelihood: its label and a cell per impact, from the lowest impact. */
  record Row(String label, List<Cell> cells) {}

  /** The records of one cell, listed under the table. */
  record CellList(String id, String heading, String band, String bandClass, List<Link> records) {}

  /**
   * What the RAID log's page shows of the heat map.
   *
   * @param hasRisks whether any open or escalated risk is rated; {@code none} says so when not
   */
  record View(
      boolean hasRisks,
      String none,
      String count,
      String svgHtml,
      String caption,
      List<String> columns,
      List<Row> rows,
      List<CellList> lists) {

    static final View NONE = new View(false, "", "", "", "", List.of(), List.of(), List.of());
  }

  private static final int LABELS = 150;
  private static final int CELL_W = 96;
  private static final int CELL_H = 64;
  private static final int TOP = 12;
  private static final int BOTTOM = 64;

  private final SiteModel model;
  private final RaidScale scale;
  private final String root;

  HeatMap(SiteModel model, String root) {
    this.model = model;
    this.scale = model.options.config().raid();
    this.root = root;
  }

  /** The live risks rated on the scale, highest score first. */
  List<RaidItem> risks() {
    List<RaidItem> out = new ArrayList<>();
    for (RaidItem i : model.raid.items()) {
      if (i.type().equals("risk")
          && i.isLive()
          && i.rating().filter(r -> r.fits(scale)).isPresent()) {
        out.add(i);
      }
    }
    out.sort(RaidLog.order(scale));
    return out;
  }

  /** The risks of the cell at {@code likelihood} and {@code impact}. */
  private List<RaidItem> at(List<RaidItem> risks, int likelihood, int impact) {
    return risks.stream()
        .filter(i -> i.rating().get().likelihood() == likelihood)
        .filter(i -> i.rating().get().impact() == impact)
        .toList();
  }

  static String cellId(int likelihood, int impact) {
    return "risks-" + likelihood + "-" + impact;
  }

  View view() {
    List<RaidItem> risks = risks();
    if (risks.isEmpty()) {
      return new View(
          false,
          "No risks are rated yet: a risk shows here once it is open or escalated and has a"
              + " likelihood and an impact.",
          "",
          "",
          "",
          List.of(),
          List.of(),
          List.of());
    }
    int ls = scale.likelihoodLevels();
    int is = scale.impactLevels();
    List<String> columns = new ArrayList<>();
    for (int i = 1; i <= is; i++) {
      columns.add(i + " " + scale.impactLabel(i).orElse(""));
    }
    List<Row> rows = new ArrayList<>();
    List<CellList> lists = new ArrayList<>();
    for (int l = ls; l >= 1; l--) {
      List<Cell> cells = new ArrayList<>();
      for (int i = 1; i <= is; i++) {
        List<RaidItem> here = at(risks, l, i);
        RaidScale.Band band = scale.band(scale.score(l, i));
        cells.add(
            new Cell(
                here.size(),
                !here.isEmpty(),
                "#" + cellId(l, i),
                band.name(),
                "band band--" + band.rag()));
        if (!here.isEmpty()) {
          lists.add(
              new CellList(
                  cellId(l, i),
                  "Likelihood "
                      + l
                      + " ("
                      + scale.likelihoodLabel(l).orElse("")
                      + ") × impact "
                      + i
                      + " ("
                      + scale.impactLabel(i).orElse("")
                      + "): score "
                      + scale.score(l, i),
                  band.name(),
                  "band band--" + band.rag(),
                  here.stream()
                      .map(
                          r ->
                              new Link(
                                  r.title(),
                                  model.entity(r.id()).map(e -> root + model.page(e)).orElse("")))
                      .toList()));
        }
      }
      rows.add(new Row(l + " " + scale.likelihoodLabel(l).orElse(""), cells));
    }
    String count =
        risks.size()
            + (risks.size() == 1 ? " open or escalated risk is" : " open or escalated risks are")
            + " rated.";
    return new View(true, "", count, svg(risks), caption(), List.copyOf(columns), rows, lists);
  }

  private String caption() {
    return "Open and escalated risks by likelihood (rows) and impact (columns)";
  }

  /** The picture: a cell per likelihood and impact, its count and band written in it. */
  String svg(List<RaidItem> risks) {
    int ls = scale.likelihoodLevels();
    int is = scale.impactLevels();
    int width = LABELS + is * CELL_W + 8;
    int height = TOP + ls * CELL_H + BOTTOM;
    StringBuilder desc = new StringBuilder();
    desc.append(risks.size())
        .append(risks.size() == 1 ? " risk" : " risks")
        .append(" on a ")
        .append(ls)
        .append(" by ")
        .append(is)
        .append(" grid: likelihood rises upwards from ")
        .append(scale.likelihoodLabel(1).orElse(""))
        .append(" to ")
        .append(scale.likelihoodLabel(ls).orElse(""))
        .append(", impact to the right from ")
        .append(scale.impactLabel(1).orElse(""))
        .append(" to ")
        .append(scale.impactLabel(is).orElse(""))
        .append(".");
    StringBuilder cells = new StringBuilder();
    for (int l = ls; l >= 1; l--) {
      for (int i = 1; i <= is; i++) {
        int n = at(risks, l, i).size();
        RaidScale.Band band = scale.band(scale.score(l, i));
        int x = LABELS + (i - 1) * CELL_W;
        int y = TOP + (ls - l) * CELL_H;
        if (n > 0) {
          desc.append(' ')
              .append(scale.likelihoodLabel(l).orElse(""))
              .append(" and ")
              .append(scale.impactLabel(i).orElse("").toLowerCase(Locale.ROOT))
              .append(": ")
              .append(n)
              .append(n == 1 ? " risk, " : " risks, ")
              .append(band.name())
              .append('.');
        }
        cells
            .append("<g class=\"heat-map__cell\" data-likelihood=\"")
            .append(l)
            .append("\" data-impact=\"")
            .append(i)
            .append("\" data-count=\"")
            .append(n)
            .append("\" data-band=\"")
            .append(Escape.html(band.name()))
            .append("\">")
            .append("<rect x=\"")
            .append(x)
            .append("\" y=\"")
            .append(y)
            .append("\" width=\"")
            .append(CELL_W)
            .append("\" height=\"")
            .append(CELL_H)
            .append("\" fill=\"")
            .append(fill(band.rag()))
            .append("\" stroke=\"#ffffff\" stroke-width=\"2\"/>");
        if (band.rag().equals("red")) {
          // A pattern of its own, so that the highest band differs by more than its colour.
          cells
              .append("<rect x=\"")
              .append(x + 1)
              .append("\" y=\"")
              .append(y + 1)
              .append("\" width=\"")
              .append(CELL_W - 2)
              .append("\" height=\"")
              .append(CELL_H - 2)
              .append("\" fill=\"url(#heat-map-hatch)\"/>");
        }
        cells
            .append("<text x=\"")
            .append(x + CELL_W / 2)
            .append("\" y=\"")
            .append(y + 30)
            .append("\" text-anchor=\"middle\" font-size=\"22\" font-weight=\"700\" fill=\"")
            .append(n > 0 ? "#0b0c0c" : "#505a5f")
            .append("\">")
            .append(n)
            .append("</text>")
            .append("<text x=\"")
            .append(x + CELL_W / 2)
            .append("\" y=\"")
            .append(y + 52)
            .append("\" text-anchor=\"middle\" font-size=\"13\" fill=\"#0b0c0c\">")
            .append(Escape.html(band.name()))
            .append("</text></g>\n");
      }
    }
    StringBuilder axes = new StringBuilder();
    for (int l = 1; l <= ls; l++) {
      int y = TOP + (ls - l) * CELL_H + CELL_H / 2 + 5;
      axes.append("<text x=\"")
          .append(LABELS - 8)
          .append("\" y=\"")
          .append(y)
          .append("\" text-anchor=\"end\" font-size=\"14\" fill=\"#0b0c0c\">")
          .append(Escape.html(l + " " + scale.likelihoodLabel(l).orElse("")))
          .append("</text>\n");
    }
    for (int i = 1; i <= is; i++) {
      int x = LABELS + (i - 1) * CELL_W + CELL_W / 2;
      axes.append("<text x=\"")
          .append(x)
          .append("\" y=\"")
          .append(TOP + ls * CELL_H + 20)
          .append("\" text-anchor=\"middle\" font-size=\"14\" fill=\"#0b0c0c\">")
          .append(Escape.html(i + " " + scale.impactLabel(i).orElse("")))
          .append("</text>\n");
    }
    int midY = TOP + ls * CELL_H / 2;
    axes.append("<text x=\"18\" y=\"")
        .append(midY)
        .append("\" transform=\"rotate(-90 18 ")
        .append(midY)
        .append(")\" text-anchor=\"middle\" font-size=\"15\" font-weight=\"700\" fill=\"#0b0c0c\">")
        .append("Likelihood →</text>\n");
    axes.append("<text x=\"")
        .append(LABELS + is * CELL_W / 2)
        .append("\" y=\"")
        .append(TOP + ls * CELL_H + 50)
        .append("\" text-anchor=\"middle\" font-size=\"15\" font-weight=\"700\" fill=\"#0b0c0c\">")
        .append("Impact →</text>\n");
    return SvgFigure.open(
            "heat-map__svg",
            width,
            height,
            "heat-map",
            "",
            "Heat map of open and escalated risks",
            desc.toString())
        + "<defs><pattern id=\"heat-map-hatch\" width=\"8\" height=\"8\""
        + " patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
        + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"#ffffff\" stroke-width=\"2\""
        + " stroke-opacity=\"0.6\"/></pattern></defs>\n"
        + cells
        + axes
        + "</svg>";
  }

  /** A light tint of the band's colour, on which dark text keeps its contrast. */
  static String fill(String rag) {
    return switch (rag) {
      case "red" -> "#f4b8ae";
      case "amber" -> "#ffdd86";
      default -> "#b8dcc8";
    };
  }
}
