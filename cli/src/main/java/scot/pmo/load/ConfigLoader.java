package scot.pmo.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import scot.pmo.model.Config;
import scot.pmo.model.DateStyle;
import scot.pmo.model.Diagnostic;
import scot.pmo.model.Rag;
import scot.pmo.model.RaidScale;
import scot.pmo.model.Rules;
import scot.pmo.model.Severity;

/**
 * Reads the repository's {@code pmo.yaml} as a content file is read (UTF-8, plain YAML data with
 * the position of every value, within the loader's limits) and gives the {@link Config} it says,
 * taking the default for anything it leaves out or gives in a form its schema does not allow:
 * validation reports those, with their line and column.
 */
public final class ConfigLoader {

  private final Path repo;
  private final LoadLimits limits;

  /**
   * @param limits the limits {@code pmo.yaml} itself is read within: the defaults, or the command
   *     line's (its own limits apply to content only)
   */
  public ConfigLoader(Path repo, LoadLimits limits) {
    this.repo = repo.toAbsolutePath().normalize();
    this.limits = limits;
  }

  /** Reads {@code pmo.yaml}; a repository without one gets every default. */
  public ConfigFile load() {
    Path file = repo.resolve(Config.FILE);
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      return ConfigFile.absent();
    }
    List<Diagnostic> problems = new ArrayList<>();
    Optional<String> text = new ContentLoader(repo, limits).readText(file, Config.FILE, problems);
    if (text.isEmpty()) {
      return unread(problems);
    }
    YamlReader.Result read = new YamlReader(limits).read(text.get(), Config.FILE, 1);
    if (read.problem() != null) {
      problems.add(read.problem());
      return unread(problems);
    }
    return new ConfigFile(
        true, Optional.of(read.data()), read.positions(), problems, config(read.data()));
  }

  private static ConfigFile unread(List<Diagnostic> problems) {
    ConfigFile absent = ConfigFile.absent();
    return new ConfigFile(true, Optional.empty(), absent.positions(), problems, Config.DEFAULT);
  }

  /** The configuration {@code data} gives, each value in the wrong form taken as absent. */
  static Config config(ObjectNode data) {
    Config d = Config.DEFAULT;
    JsonNode site = data.path("site");
    JsonNode colours = site.path("colours");
    JsonNode contact = site.path("accessibility_contact");
    JsonNode report = data.path("papers").path("escalation_report");
    JsonNode facet = data.path("library").path("organisation_facet");
    JsonNode limits = data.path("limits");

    // Values that become file names are taken only in the form the schema allows, so that even a
    // configuration with errors can name no file outside the repository or the output.
    Optional<Config.Logo> logo =
        text(site.path("logo"))
            .filter(path -> path.matches("[^/\\\\:]+(/[^/\\\\:]+)*\\.(?i:svg|png)"))
            .filter(path -> !path.matches("(.*/)?\\.\\.(/.*)?"))
            .map(path -> new Config.Logo(path, text(site.path("logo_alt")).orElse("")));
    List<Config.FooterLink> footer = new ArrayList<>();
    for (JsonNode link : site.path("footer_links")) {
      Optional<String> linkText = text(link.path("text"));
      Optional<String> url = text(link.path("url"));
      if (linkText.isPresent() && url.isPresent()) {
        footer.add(new Config.FooterLink(linkText.get(), url.get()));
      }
    }
    Optional<Config.Contact> accessibility =
        contact.isObject()
            ? Optional.of(
                new Config.Contact(
                    text(contact.path("organisation")),
                    text(contact.path("name")),
                    text(contact.path("email"))))
            : Optional.empty();
    Config.Site siteConfig =
        new Config.Site(
            text(site.path("title")),
            text(site.path("language")).orElse(d.site().language()),
            text(site.path("base_url")),
            logo,
            new Config.Colours(
                text(colours.path("header_background")),
                text(colours.path("header_text")),
                text(colours.path("link"))),
            footer,
            accessibility);

    JsonNode dates = data.path("dates");
    Config.Dates datesConfig =
        new Config.Dates(
            text(dates.path("format")).flatMap(DateStyle::named).orElse(d.dates().format()),
            text(dates.path("time_zone")).flatMap(ConfigLoader::zone).orElse(d.dates().timeZone()));

    JsonNode projects = data.path("papers").path("briefing").path("projects");
    Optional<List<String>> briefing =
        projects.isArray() ? Optional.of(texts(projects)) : Optional.empty();
    Config.Papers papers =
        new Config.Papers(
            briefing,
            new Config.EscalationReport(
                text(report.path("group")),
                id(report.path("name")).orElse(d.papers().escalationReport().name()),
                text(report.path("title"))),
            paperKinds(data.path("papers").path("kinds")));

    Config.OrganisationFacet organisations =
        new Config.OrganisationFacet(
            id(facet.path("name"))
                .filter(name -> !name.equals("theme") && !name.equals("anchor"))
                .orElse(Config.OrganisationFacet.DEFAULT.name()),
            text(facet.path("type")),
            text(facet.path("label")).orElse(Config.OrganisationFacet.DEFAULT.label()));

    return new Config(
        text(data.path("programme")),
        texts(data.path("published_by")),
        siteConfig,
        datesConfig,
        count(data.path("feed").path("entries")).orElse(d.feedEntries()),
        papers,
        new Config.Library(organisations),
        new Config.Limits(
            bytes(limits.path("max_file_size")),
            bytes(limits.path("max_total_size")),
            count(limits.path("max_files")),
            count(limits.path("max_yaml_depth")),
            count(limits.path("max_yaml_values"))),
        raid(data.path("raid"), d.raid()),
        rules(data.path("rules")));
  }

  /**
   * pmo's own kinds of paper with the settings {@code kinds} gives them, then the kinds it adds, in
   * its order. A kind it adds is written from the generic model of the entities it selects; its
   * templates default to its name.
   */
  static List<Config.PaperKind> paperKinds(JsonNode kinds) {
    List<Config.PaperKind> out = new ArrayList<>();
    for (Config.PaperKind builtIn : Config.PaperKind.DEFAULTS) {
      out.add(paperKind(builtIn.name(), kinds.path(builtIn.name()), builtIn));
    }
    kinds
        .fieldNames()
        .forEachRemaining(
            name -> {
              if (Config.PaperKind.DEFAULTS.stream().noneMatch(k -> k.name().equals(name))
                  && name.matches(PAPER_KIND_NAME)) {
                Config.PaperKind blank =
                    new Config.PaperKind(
                        name,
                        humanised(name),
                        name,
                        Config.PaperModel.ENTITY,
                        new Config.Selection(List.of(), java.util.Map.of(), List.of()),
                        false,
                        false,
                        true);
                out.add(paperKind(name, kinds.path(name), blank));
              }
            });
    return List.copyOf(out);
  }

  /** What a kind's name may be: an id, so that it can name templates and files. */
  static final String PAPER_KIND_NAME = "[a-z0-9]+(-[a-z0-9]+)*";

  private static Config.PaperKind paperKind(String name, JsonNode given, Config.PaperKind d) {
    JsonNode select = given.path("select");
    Config.Selection selection = d.select();
    // The briefing paper reads projects and the escalation report no entity: only the templates and
    // the page settings of pmo's built-in models change.
    if (d.model() == Config.PaperModel.ENTITY && select.isObject()) {
      JsonNode kinds = select.path("kind");
      java.util.Map<String, String> where = new java.util.LinkedHashMap<>();
      select
          .path("where")
          .properties()
          .forEach(f -> text(f.getValue()).ifPresent(v -> where.put(f.getKey(), v)));
      selection =
          new Config.Selection(
              kinds.isTextual()
                  ? List.of(kinds.textValue())
                  : kinds.isArray() ? texts(kinds) : d.select().kinds(),
              select.has("where") ? where : d.select().where(),
              select.has("has") ? texts(select.path("has")) : d.select().has());
    }
    return new Config.PaperKind(
        name,
        text(given.path("title")).orElse(d.title()),
        id(given.path("template")).orElse(d.template()),
        d.model(),
        selection,
        bool(given.path("cover")).orElse(d.cover()),
        bool(given.path("contents")).orElse(d.contents()),
        bool(given.path("page_numbers")).orElse(d.pageNumbers()));
  }

  private static Optional<Boolean> bool(JsonNode value) {
    return text(value)
        .filter(v -> v.equals("true") || v.equals("false"))
        .map(Boolean::parseBoolean);
  }

  /** "event-report" as a title: "Event report". */
  private static String humanised(String name) {
    String words = name.replace('-', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /** The fewest and most labels a rating scale may have. */
  public static final int FEWEST_LEVELS = 2;

  public static final int MOST_LEVELS = 10;

  /**
   * The rating scale {@code raid} gives: each scale of 2 to 10 labels, and bands each with a name,
   * a maximum and a colour; the default for each part left out or given in another form.
   */
  static RaidScale raid(JsonNode raid, RaidScale d) {
    List<String> likelihood = labels(raid.path("likelihood")).orElse(d.likelihood());
    List<String> impact = labels(raid.path("impact")).orElse(d.impact());
    List<RaidScale.Band> bands = new ArrayList<>();
    JsonNode given = raid.path("bands");
    for (JsonNode band : given) {
      Optional<String> name = text(band.path("name"));
      OptionalInt max = count(band.path("max"));
      Optional<String> rag = text(band.path("rag")).filter(r -> Rag.parse(r).isPresent());
      if (name.isEmpty() || max.isEmpty() || rag.isEmpty()) {
        bands.clear();
        break;
      }
      bands.add(new RaidScale.Band(name.get(), max.getAsInt(), rag.get()));
    }
    return new RaidScale(likelihood, impact, bands.isEmpty() ? d.bands() : bands);
  }

  private static Optional<List<String>> labels(JsonNode node) {
    if (!node.isArray()) {
      return Optional.empty();
    }
    List<String> labels = texts(node);
    return labels.size() == node.size()
            && labels.size() >= FEWEST_LEVELS
            && labels.size() <= MOST_LEVELS
        ? Optional.of(labels)
        : Optional.empty();
  }

  /** The severity {@code rules} gives each rule it names rightly: error, warning, or off. */
  static Rules rules(JsonNode rules) {
    Map<String, Optional<Severity>> levels = new LinkedHashMap<>();
    for (String code : Rules.CODES) {
      text(rules.path(code))
          .flatMap(ConfigLoader::severity)
          .ifPresent(level -> levels.put(code, level));
    }
    return levels.isEmpty() ? Rules.DEFAULT : new Rules(levels);
  }

  /** "error", "warning" or "off" (empty), if the text is one of them. */
  private static Optional<Optional<Severity>> severity(String text) {
    return switch (text) {
      case "error" -> Optional.of(Optional.of(Severity.ERROR));
      case "warning" -> Optional.of(Optional.of(Severity.WARNING));
      case "off" -> Optional.of(Optional.empty());
      default -> Optional.empty();
    };
  }

  private static Optional<String> text(JsonNode node) {
    return node.isTextual() && !node.textValue().isBlank()
        ? Optional.of(node.textValue())
        : Optional.empty();
  }

  /** An id: lower-case words joined by hyphens. */
  private static Optional<String> id(JsonNode node) {
    return text(node).filter(t -> t.length() <= 80 && t.matches("[a-z0-9]+(-[a-z0-9]+)*"));
  }

  private static List<String> texts(JsonNode node) {
    List<String> out = new ArrayList<>();
    node.forEach(item -> text(item).ifPresent(out::add));
    return out;
  }

  /** A whole number above 0 that fits an int. */
  private static OptionalInt count(JsonNode node) {
    OptionalLong value = bytes(node);
    return value.isPresent() && value.getAsLong() <= Integer.MAX_VALUE
        ? OptionalInt.of((int) value.getAsLong())
        : OptionalInt.empty();
  }

  /** A whole number above 0. */
  private static OptionalLong bytes(JsonNode node) {
    Optional<String> text = text(node).filter(t -> t.matches("[0-9]{1,18}"));
    if (text.isEmpty()) {
      return OptionalLong.empty();
    }
    long value = Long.parseLong(text.get());
    return value > 0 ? OptionalLong.of(value) : OptionalLong.empty();
  }

  /** The time zone named {@code name}, such as {@code Europe/London}. */
  static Optional<ZoneId> zone(String name) {
    try {
      return Optional.of(ZoneId.of(name));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
