package scot.pmo.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import scot.pmo.load.ConfigFile;
import scot.pmo.load.ConfigLoader;
import scot.pmo.model.Catalogue;
import scot.pmo.model.Config;
import scot.pmo.model.Diagnostic;
import scot.pmo.model.Diagnostics;
import scot.pmo.model.Entity;
import scot.pmo.model.FieldPath;
import scot.pmo.model.Kind;
import scot.pmo.model.LibraryFacets;
import scot.pmo.model.RaidScale;
import scot.pmo.model.Rules;
import scot.pmo.model.SourceMap;
import scot.pmo.model.SourceRef;
import scot.pmo.model.Suggestions;

/**
 * Checks the repository's {@code pmo.yaml} as a content file is checked, with its problems at its
 * lines and columns: what kept it from being read, its schema, every id it names against the
 * content, the logo file it names, and the contrast of the colours it sets.
 */
public final class ConfigValidator implements Validator {

  /** The fields that name entities, as JSON pointers ({@code *} for every item of a list). */
  private static final Map<String, Kind> REFERENCES =
      Map.of(
          "/programme", Kind.PROGRAMME,
          "/published_by/*", Kind.ORGANISATION,
          "/site/accessibility_contact/organisation", Kind.ORGANISATION,
          "/papers/briefing/projects/*", Kind.PROJECT,
          "/papers/escalation_report/group", Kind.ORGANISATION);

  private static final String COLOUR = "#[0-9A-Fa-f]{6}";

  private final Path repo;
  private final Schemas schemas;
  private final ConfigFile file;
  private final Set<String> unreadable;

  /**
   * @param unreadable ids of content files that could not be read: a reference to one is not
   *     reported, as the file's own error says what to fix
   */
  public ConfigValidator(Path repo, Schemas schemas, ConfigFile file, Set<String> unreadable) {
    this.repo = repo.toAbsolutePath().normalize();
    this.schemas = schemas;
    this.file = file;
    this.unreadable = Set.copyOf(unreadable);
  }

  @Override
  public void validate(Catalogue catalogue, Diagnostics diagnostics) {
    diagnostics.addAll(file.problems());
    if (file.data().isEmpty()) {
      return;
    }
    ObjectNode data = file.data().get();
    SourceMap at = file.positions();
    SchemaValidator.check(
            schemas,
            schemas.config(),
            data,
            new SchemaValidator.Subject(at, Schemas.CONFIG, Config.FILE, Config.FILE))
        .forEach(diagnostics::add);
    references(catalogue, data, at, diagnostics);
    logo(data, at, diagnostics);
    contrast(file.config().site().colours(), data, at, diagnostics);
    facetName(data, at, diagnostics);
    contact(data, at, diagnostics);
    timeZone(data, at, diagnostics);
    raidScale(data, at, diagnostics);
    rules(data, at, diagnostics);
  }

  /** Nothing an edit of a content file in place can change: it keeps its id and kind. */
  @Override
  public boolean affectedBy(Entity before, Entity after) {
    return false;
  }

  private void references(
      Catalogue catalogue, ObjectNode data, SourceMap at, Diagnostics diagnostics) {
    Map<String, List<Entity>> byId = ReferenceValidator.byId(catalogue);
    REFERENCES.forEach(
        (pattern, kind) -> {
          boolean list = pattern.endsWith("/*");
          String pointer = list ? pattern.substring(0, pattern.length() - 2) : pattern;
          JsonNode node = data.at(pointer);
          if (list && node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
              reference(catalogue, byId, pointer + "/" + i, node.get(i), kind, at, diagnostics);
            }
          } else if (!list) {
            reference(catalogue, byId, pointer, node, kind, at, diagnostics);
          }
        });
  }

  private void reference(
      Catalogue catalogue,
      Map<String, List<Entity>> byId,
      String pointer,
      JsonNode value,
      Kind kind,
      SourceMap at,
      Diagnostics diagnostics) {
    if (value.isTextual()) {
      ReferenceValidator.problem(
              catalogue,
              byId,
              unreadable,
              FieldPath.named(pointer),
              value.textValue(),
              Set.of(kind),
              at.value(pointer))
          .ifPresent(diagnostics::add);
    }
  }

  /** The logo must be a file of the repository, and have a text to stand for it. */
  private void logo(ObjectNode data, SourceMap at, Diagnostics diagnostics) {
    JsonNode logo = data.at("/site/logo");
    if (!logo.isTextual() || !logo.textValue().matches("[^/\\\\].*\\.(?i:svg|png)")) {
      return; // absent, or the schema reports its form
    }
    if (!data.at("/site/logo_alt").isTextual()) {
      diagnostics.add(
          Diagnostic.error(
              "missing-field",
              at.value("/site"),
              "'site' needs the field 'logo_alt' with a logo, which is missing",
              "add a line 'logo_alt: ...' under 'site:' saying what the logo shows, such as the"
                  + " organisation's name, for people who cannot see it"));
    }
    String path = logo.textValue();
    SourceRef where = at.value("/site/logo");
    Path target = repo.resolve(path).normalize();
    if (!target.startsWith(repo)) {
      diagnostics.add(outside(path, where));
      return;
    }
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      diagnostics.add(
          Diagnostic.error(
              "missing-file",
              where,
              "'site.logo' names " + path + ", which does not exist",
              "write the path from the repository root (the folder of pmo.yaml), or add the"
                  + " file there"));
      return;
    }
    try {
      if (!target.toRealPath().startsWith(repo.toRealPath())) {
        diagnostics.add(outside(path, where));
        return;
      }
    } catch (IOException e) {
      // reported below as not a file that can be read
    }
    if (!Files.isRegularFile(target) || !Files.isReadable(target)) {
      diagnostics.add(
          Diagnostic.error(
              "missing-file",
              where,
              "'site.logo' names " + path + ", which is not a file that can be read",
              "name an .svg or .png file"));
    }
  }

  private static Diagnostic outside(String path, SourceRef where) {
    return Diagnostic.error(
        "link-outside-repository",
        where,
        "'site.logo' names " + path + ", which is outside the repository",
        "put the logo in the repository, for instance in assets/, and name it from the"
            + " repository root");
  }

  /** Header text on the header, and links on the page, must reach WCAG 2.2 AA's contrast. */
  private static void contrast(
      Config.Colours colours, ObjectNode data, SourceMap at, Diagnostics diagnostics) {
    boolean header = colours.headerBackground().isPresent() || colours.headerText().isPresent();
    String text = colours.effectiveHeaderText();
    String background = colours.effectiveHeaderBackground();
    if (header && text.matches(COLOUR) && background.matches(COLOUR)) {
      double ratio = Contrast.ratio(text, background);
      if (ratio < Contrast.AA) {
        String better = Contrast.passing(text, background, Contrast.AA);
        String pointer =
            colours.headerText().isPresent()
                ? "/site/colours/header_text"
                : "/site/colours/header_background";
        diagnostics.add(
            Diagnostic.error(
                "colour-contrast",
                at.value(pointer),
                "the header text ("
                    + text
                    + ") on the header background ("
                    + background
                    + ") has a contrast ratio of "
                    + Contrast.describe(ratio)
                    + ", below the 4.5:1 that WCAG 2.2 AA asks of text",
                "a header_text of "
                    + better
                    + " would pass ("
                    + Contrast.describe(Contrast.ratio(better, background))
                    + ")"));
      }
    }
    Optional<String> link = colours.link().filter(c -> c.matches(COLOUR));
    if (link.isPresent()) {
      double ratio = Contrast.ratio(link.get(), Config.Colours.PAGE_BACKGROUND);
      if (ratio < Contrast.AA) {
        String better = Contrast.passing(link.get(), Config.Colours.PAGE_BACKGROUND, Contrast.AA);
        diagnostics.add(
            Diagnostic.error(
                "colour-contrast",
                at.value("/site/colours/link"),
                "links ("
                    + link.get()
                    + ") on the white page have a contrast ratio of "
                    + Contrast.describe(ratio)
                    + ", below the 4.5:1 that WCAG 2.2 AA asks of text",
                "a link colour of "
                    + better
                    + " would pass ("
                    + Contrast.describe(Contrast.ratio(better, Config.Colours.PAGE_BACKGROUND))
                    + ")"));
      }
    }
  }

  /** The organisation facet's pages must not be those of another facet. */
  private static void facetName(ObjectNode data, SourceMap at, Diagnostics diagnostics) {
    JsonNode name = data.at("/library/organisation_facet/name");
    if (name.isTextual()
        && (name.textValue().equals(LibraryFacets.THEME)
            || name.textValue().equals(LibraryFacets.ANCHOR))) {
      diagnostics.add(
          Diagnostic.error(
              "invalid-value",
              at.value("/library/organisation_facet/name"),
              "'library.organisation_facet.name' is '"
                  + name.textValue()
                  + "', the name of another of the library's filters",
              "choose another name, such as organisation"));
    }
  }

  /** An organisation, or a name and an email address: one or the other. */
  private static void contact(ObjectNode data, SourceMap at, Diagnostics diagnostics) {
    JsonNode contact = data.at("/site/accessibility_contact");
    if (!contact.isObject()) {
      return;
    }
    String pointer = "/site/accessibility_contact";
    boolean organisation = contact.has("organisation");
    boolean person = contact.has("name") || contact.has("email");
    if (organisation && person) {
      diagnostics.add(
          Diagnostic.error(
              "conflicting-fields",
              at.value(pointer),
              "'site.accessibility_contact' names both an organisation and a name or email"
                  + " address",
              "keep 'organisation', or 'name' and 'email', not both"));
    } else if (!organisation) {
      for (String field : List.of("name", "email")) {
        if (!contact.has(field)) {
          diagnostics.add(
              Diagnostic.error(
                  "missing-field",
                  at.value(pointer),
                  "'site.accessibility_contact' needs the field '" + field + "', which is missing",
                  "give 'name' and 'email' of whoever answers, or 'organisation' with the id of"
                      + " an organisation"));
        }
      }
    }
  }

  /** A time zone of the right form that Java does not know. */
  private static void timeZone(ObjectNode data, SourceMap at, Diagnostics diagnostics) {
    JsonNode zone = data.at("/dates/time_zone");
    if (!zone.isTextual()
        || !zone.textValue().matches("[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*")) {
      return;
    }
    try {
      ZoneId.of(zone.textValue());
    } catch (DateTimeException e) {
      diagnostics.add(
          Diagnostic.error(
              "invalid-value",
              at.value("/dates/time_zone"),
              "'dates.time_zone' is '" + zone.textValue() + "', which is not a time zone",
              Suggestions.didYouMean(zone.textValue(), ZoneId.getAvailableZoneIds())
                  + "write a name from the IANA time zone database, such as Europe/London"));
    }
  }

  /**
   * The rating scale must hold together: each scale 2 to 10 labels, the bands in rising order of
   * their maximum, and the last band reaching the top score.
   */
  private void raidScale(ObjectNode data, SourceMap at, Diagnostics diagnostics) {
    JsonNode raid = data.path("raid");
    if (!raid.isObject()) {
      return;
    }
    for (String scale : List.of("likelihood", "impact")) {
      JsonNode labels = raid.path(scale);
      if (labels.isArray()
          && (labels.size() < ConfigLoader.FEWEST_LEVELS
              || labels.size() > ConfigLoader.MOST_LEVELS)) {
        diagnostics.add(
            Diagnostic.error(
                "raid-scale",
                at.value("/raid/" + scale),
                "'raid."
                    + scale
                    + "' has "
                    + labels.size()
                    + (labels.size() == 1 ? " label" : " labels")
                    + ", and a scale needs from "
                    + ConfigLoader.FEWEST_LEVELS
                    + " to "
                    + ConfigLoader.MOST_LEVELS,
                "give one label for each level, lowest first, such as "
                    + String.join(", ", RaidScale.DEFAULT.likelihood())
                    + "; until then the default scale of 5 is used"));
      }
    }
    RaidScale scale = file.config().raid();
    JsonNode bands = raid.path("bands");
    int previous = 0;
    for (int i = 0; i < bands.size(); i++) {
      JsonNode max = bands.get(i).path("max");
      if (!max.isTextual() || !max.textValue().matches("[1-9][0-9]{0,8}")) {
        return; // the schema reports it
      }
      int value = Integer.parseInt(max.textValue());
      if (value <= previous) {
        diagnostics.add(
            Diagnostic.error(
                "raid-scale",
                at.value("/raid/bands/" + i + "/max"),
                "band "
                    + (i + 1)
                    + " of 'raid.bands' has max "
                    + value
                    + ", which is not above the max of the band before it ("
                    + previous
                    + ")",
                "list the bands from the lowest scores to the highest, each max above the one"
                    + " before"));
        return;
      }
      previous = value;
    }
    int top = scale.likelihoodLevels() * scale.impactLevels();
    RaidScale.Band last = scale.bands().get(scale.bands().size() - 1);
    if (last.max() < top) {
      boolean given = bands.isArray() && !bands.isEmpty();
      diagnostics.add(
          Diagnostic.error(
              "raid-scale",
              given ? at.value("/raid/bands/" + (bands.size() - 1) + "/max") : at.key("/raid"),
              (given ? "the last band of 'raid.bands'" : "the last of the default bands")
                  + " ("
                  + last.name()
                  + ") reaches "
                  + last.max()
                  + ", short of the top score of "
                  + top
                  + " ("
                  + scale.likelihoodLevels()
                  + " likelihood levels × "
                  + scale.impactLevels()
                  + " impact levels)",
              given
                  ? "raise the last band's max to " + top + ", or add a band up to " + top
                  : "add 'bands:' under 'raid:', the last with 'max: \"" + top + "\"'"));
    }
  }

  /** Each rule named must be one of the working rules. */
  private static void rules(ObjectNode data, SourceMap at, Diagnostics diagnostics) {
    JsonNode rules = data.path("rules");
    if (!rules.isObject()) {
      return;
    }
    for (String name : (Iterable<String>) rules::fieldNames) {
      if (!Rules.CODES.contains(name)) {
        diagnostics.add(
            Diagnostic.error(
                "unknown-field",
                at.key("/rules/" + SourceMap.escape(name)),
                "'" + name + "' is not a rule that 'rules' can set",
                Suggestions.didYouMean(name, Rules.CODES)
                    + "the rules are: "
                    + String.join(", ", Rules.CODES)));
      }
    }
  }
}
