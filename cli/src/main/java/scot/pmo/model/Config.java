package scot.pmo.model;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * What the repository's {@code pmo.yaml} says about the programme office that publishes it: which
 * programme the site and papers are about, who publishes them, the site's title, language and look,
 * how dates are written, which papers to write, and the loader's limits. Every value has a default
 * ({@link #DEFAULT}, which is also what a repository without {@code pmo.yaml} gets); ids are
 * checked against the content by validation, not here.
 *
 * @param programme the id of the programme the site and papers are about; empty to take the one
 *     most of the content belongs to
 * @param publishedBy ids of the organisations that publish the site and papers, in order
 * @param site the website's title, language, address and look
 * @param dates how dates are written out, and in which time zone "today" is
 * @param feedEntries how many changes the Atom feed and the changes page keep
 * @param papers which papers to write
 * @param library the case-study library's filters
 * @param limits the loader's limits that {@code pmo.yaml} sets; command-line options win
 * @param raid the scales risks are rated on, and the bands of their scores
 * @param rules the severity of each working rule that {@code pmo.yaml} changes
 */
public record Config(
    Optional<String> programme,
    List<String> publishedBy,
    Site site,
    Dates dates,
    int feedEntries,
    Papers papers,
    Library library,
    Limits limits,
    RaidScale raid,
    Rules rules) {

  /** The file, at the repository root. */
  public static final String FILE = "pmo.yaml";

  /** The language of pages and papers when {@code pmo.yaml} names none. */
  public static final String DEFAULT_LANGUAGE = "en-GB";

  /** How many changes the feed keeps when {@code pmo.yaml} does not say. */
  public static final int DEFAULT_FEED_ENTRIES = 100;

  /** The time zone of "today" when {@code pmo.yaml} does not say. */
  public static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("Europe/London");

  /** The paper name of the escalation report when {@code pmo.yaml} does not say. */
  public static final String DEFAULT_ESCALATION_REPORT = "escalation-report";

  /** The paper name of a meeting's pack: {@code <meeting-id>-pack}. */
  public static String meetingPackName(String meetingId) {
    return meetingId + "-pack";
  }

  /** Everything at its default: what a repository without {@code pmo.yaml} gets. */
  public static final Config DEFAULT =
      new Config(
          Optional.empty(),
          List.of(),
          new Site(
              Optional.empty(),
              DEFAULT_LANGUAGE,
              Optional.empty(),
              Optional.empty(),
              Colours.NONE,
              List.of(),
              Optional.empty()),
          new Dates(DateStyle.DAY_MONTH_YEAR, DEFAULT_TIME_ZONE),
          DEFAULT_FEED_ENTRIES,
          new Papers(
              Optional.empty(),
              new EscalationReport(Optional.empty(), DEFAULT_ESCALATION_REPORT, Optional.empty()),
              PaperKind.DEFAULTS),
          new Library(OrganisationFacet.DEFAULT),
          Limits.NONE,
          RaidScale.DEFAULT,
          Rules.DEFAULT);

  public Config {
    publishedBy = List.copyOf(publishedBy);
  }

  /**
   * The website.
   *
   * @param title the site's title; empty for the programme's short title, else its title
   * @param language the BCP 47 tag of the pages' language, such as {@code en-GB}
   * @param baseUrl where the site is published; {@code --base-url} wins
   * @param logo a picture shown in the header, copied into the site
   * @param colours the colours that {@code assets/theme.css} sets
   * @param footerLinks links added to every page's footer
   * @param accessibilityContact who the accessibility statement asks people to contact
   */
  public record Site(
      Optional<String> title,
      String language,
      Optional<String> baseUrl,
      Optional<Logo> logo,
      Colours colours,
      List<FooterLink> footerLinks,
      Optional<Contact> accessibilityContact) {

    public Site {
      footerLinks = List.copyOf(footerLinks);
    }
  }

  /**
   * The header's picture.
   *
   * @param path the file, relative to the repository root, with forward slashes
   * @param alt the text that stands for it
   */
  public record Logo(String path, String alt) {

    /** The file's extension, {@code svg} or {@code png}, in lower case. */
    public String extension() {
      return path.substring(path.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * Colours as {@code #rrggbb}; each one empty keeps the stylesheet's own.
   *
   * @param headerBackground the header's background
   * @param headerText the site's title and the navigation in the header
   * @param link links on the page's white background (and white text on that colour)
   */
  public record Colours(
      Optional<String> headerBackground, Optional<String> headerText, Optional<String> link) {

    public static final Colours NONE =
        new Colours(Optional.empty(), Optional.empty(), Optional.empty());

    /** The header's background in the site's stylesheet. */
    public static final String HEADER_BACKGROUND = "#ffffff";

    /** The header's text in the site's stylesheet. */
    public static final String HEADER_TEXT = "#333333";

    /** Links in the site's stylesheet. */
    public static final String LINK = "#0065bd";

    /** The page's background, which links stand on. */
    public static final String PAGE_BACKGROUND = "#ffffff";

    /** The header's background: the one set, or the stylesheet's. */
    public String effectiveHeaderBackground() {
      return headerBackground.orElse(HEADER_BACKGROUND);
    }

    /** The header's text: the one set, or the stylesheet's. */
    public String effectiveHeaderText() {
      return headerText.orElse(HEADER_TEXT);
    }

    /** Whether any colour is set, so that the site needs {@code assets/theme.css}. */
    public boolean any() {
      return headerBackground.isPresent() || headerText.isPresent() || link.isPresent();
    }
  }

  /** A link in every page's footer. */
  public record FooterLink(String text, String url) {}

  /**
   * Who to contact about the site's accessibility: an organisation of the content, or a name and an
   * email address.
   */
  public record Contact(
      Optional<String> organisation, Optional<String> name, Optional<String> email) {}

  /**
   * @param format how dates are written out
   * @param timeZone where "today" is, for the date a paper states when the content is not committed
   */
  public record Dates(DateStyle format, ZoneId timeZone) {}

  /**
   * @param briefingProjects the projects that get a briefing paper; empty for every project
   * @param escalationReport the report for the programme's governance group
   * @param kinds the kinds of paper, pmo's own (with the settings {@code papers.kinds} gives them)
   *     then those {@code pmo.yaml} adds, in its order
   */
  public record Papers(
      Optional<List<String>> briefingProjects,
      EscalationReport escalationReport,
      List<PaperKind> kinds) {

    public Papers {
      kinds = List.copyOf(kinds);
    }

    /** The papers with pmo's own kinds, as they are by default. */
    public Papers(Optional<List<String>> briefingProjects, EscalationReport escalationReport) {
      this(briefingProjects, escalationReport, PaperKind.DEFAULTS);
    }

    /** The kind named {@code name}, if there is one. */
    public Optional<PaperKind> kind(String name) {
      return kinds.stream().filter(k -> k.name().equals(name)).findFirst();
    }

    /** Every kind's name, in order. */
    public List<String> kindNames() {
      return kinds.stream().map(PaperKind::name).toList();
    }
  }

  /**
   * A kind of paper: a set of templates, and the entities it is written from.
   *
   * @param name the kind's name, as {@code pmo brief --paper} takes it: {@code letter}
   * @param title what one paper of the kind is called: "Letter"
   * @param template the templates' name: {@code templates/paper/<template>.html.mustache} and
   *     {@code .md.mustache}
   * @param model how its model is made: pmo's briefing paper or escalation report, or the generic
   *     model of one selected entity that any template can read
   * @param select which entities get a paper of the kind
   * @param cover whether the paper starts with a cover page
   * @param contents whether it lists its sections, with their pages in the PDF
   * @param pageNumbers whether its pages are numbered in the PDF
   */
  public record PaperKind(
      String name,
      String title,
      String template,
      PaperModel model,
      Selection select,
      boolean cover,
      boolean contents,
      boolean pageNumbers) {

    /** The kind of the projects' briefing papers. */
    public static final String BRIEFING = "briefing";

    /** The kind of the escalation report. */
    public static final String ESCALATION_REPORT = "escalation-report";

    /** pmo's own kinds, as a repository without {@code papers.kinds} gets them. */
    public static final List<PaperKind> DEFAULTS =
        List.of(
            new PaperKind(
                BRIEFING,
                "Briefing paper",
                "briefing",
                PaperModel.BRIEFING,
                new Selection(List.of("project"), java.util.Map.of(), List.of()),
                false,
                false,
                true),
            new PaperKind(
                ESCALATION_REPORT,
                "Escalation report",
                "escalation-report",
                PaperModel.ESCALATION_REPORT,
                new Selection(List.of(), java.util.Map.of(), List.of()),
                false,
                false,
                true),
            new PaperKind(
                "programme-proposal",
                "Programme proposal",
                "programme-proposal",
                PaperModel.ENTITY,
                new Selection(List.of("programme"), java.util.Map.of(), List.of("proposal")),
                true,
                true,
                true),
            new PaperKind(
                "event-report",
                "Event report",
                "event-report",
                PaperModel.ENTITY,
                new Selection(List.of("case-study"), java.util.Map.of(), List.of("event")),
                false,
                false,
                true),
            new PaperKind(
                "letter",
                "Letter",
                "letter",
                PaperModel.ENTITY,
                new Selection(
                    List.of("reference"), java.util.Map.of("type", "letter"), List.of("letter")),
                false,
                false,
                false));

    /** The name of this kind's paper of {@code id}: {@code <id>-<kind>}. */
    public String paperName(String id) {
      return id + "-" + name;
    }
  }

  /** How a kind's model is made. */
  public enum PaperModel {
    /** A project's briefing paper, section by section. */
    BRIEFING,
    /** The escalation report for the programme's governance group: one paper, of no entity. */
    ESCALATION_REPORT,
    /** One entity, its fields, body, relations and sources, for templates to arrange. */
    ENTITY
  }

  /**
   * Which entities get a paper of a kind: those of one of {@code kinds} whose fields equal {@code
   * where}'s values and that have every field {@code has} names.
   *
   * @param kinds entity kinds ({@code case-study}); empty for none
   * @param where top-level text fields and the values they must have
   * @param has top-level fields that must be present
   */
  public record Selection(
      List<String> kinds, java.util.Map<String, String> where, List<String> has) {

    public Selection {
      kinds = List.copyOf(kinds);
      where = java.util.Map.copyOf(where);
      has = List.copyOf(has);
    }

    /** Whether {@code entity} is selected. */
    public boolean selects(Entity entity) {
      return kinds.contains(entity.kind().label())
          && where.entrySet().stream()
              .allMatch(w -> entity.text(w.getKey()).filter(w.getValue()::equals).isPresent())
          && has.stream().allMatch(f -> entity.data().hasNonNull(f));
    }
  }

  /**
   * @param group the organisation (a group) the report is for; empty for the programme's governance
   *     group
   * @param name the paper's file name, without extension
   * @param title the report's title; empty for "&lt;group&gt; escalation report"
   */
  public record EscalationReport(Optional<String> group, String name, Optional<String> title) {}

  /** The case-study library's filters. */
  public record Library(OrganisationFacet organisationFacet) {}

  /**
   * The library's filter by organisation: pages {@code case-studies/<name>/<id>.html}.
   *
   * @param name the filter's name in addresses, such as {@code partner}
   * @param type the organisation type it lists (such as {@code partnership}); empty for every
   *     organisation
   * @param label the filter's heading, such as "Partner"
   */
  public record OrganisationFacet(String name, Optional<String> type, String label) {

    public static final OrganisationFacet DEFAULT =
        new OrganisationFacet("organisation", Optional.empty(), "Organisation");
  }

  /**
   * Limits on what the loader reads; each one empty leaves the default (or what a command-line
   * option says).
   */
  public record Limits(
      OptionalLong maxFileSize,
      OptionalLong maxTotalSize,
      OptionalInt maxFiles,
      OptionalInt maxYamlDepth,
      OptionalInt maxYamlValues) {

    public static final Limits NONE =
        new Limits(
            OptionalLong.empty(),
            OptionalLong.empty(),
            OptionalInt.empty(),
            OptionalInt.empty(),
            OptionalInt.empty());
  }
}
