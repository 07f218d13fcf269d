package scot.pmo.validate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import scot.pmo.load.ConfigFile;
import scot.pmo.load.LoadResult;
import scot.pmo.model.Config;
import scot.pmo.model.Diagnostic;
import scot.pmo.model.Severity;

/**
 * Every check over loaded content, in a fixed order, and how long each took; {@link
 * IncrementalValidation#of} runs them.
 */
public final class ContentValidator {

  private final Path repo;
  private final Schemas schemas;
  private final Config config;
  private final Optional<ConfigFile> configFile;
  private final LocalDate today;
  private final boolean strict;

  /** The checks of content alone, with the default configuration, as of today. */
  public ContentValidator(Path repo, Schemas schemas) {
    this(repo, schemas, Config.DEFAULT, Optional.empty());
  }

  /**
   * The checks with {@code config}, as of today where {@code pmo.yaml} says the programme office
   * is.
   */
  public ContentValidator(
      Path repo, Schemas schemas, Config config, Optional<ConfigFile> configFile) {
    this(repo, schemas, config, configFile, LocalDate.now(config.dates().timeZone()));
  }

  /**
   * @param config the configuration the content is published with, which names some of the files
   *     the site writes
   * @param configFile the {@code pmo.yaml} to check with the content, if it is to be checked: that
   *     of the working tree, not when a past revision's content is checked for a diff
   * @param today the day the working rules check dates against (a review or action past its date)
   */
  public ContentValidator(
      Path repo, Schemas schemas, Config config, Optional<ConfigFile> configFile, LocalDate today) {
    this(repo, schemas, config, configFile, today, false);
  }

  /**
   * @param strict whether the check is {@code --strict}: an entity without a source is then
   *     reported ({@link SourceValidator})
   */
  public ContentValidator(
      Path repo,
      Schemas schemas,
      Config config,
      Optional<ConfigFile> configFile,
      LocalDate today,
      boolean strict) {
    this.repo = repo;
    this.schemas = schemas;
    this.config = config;
    this.configFile = configFile;
    this.today = today;
    this.strict = strict;
  }

  /** Every check, in the order they run, for content loaded as {@code loaded}. */
  List<Validator> checks(LoadResult loaded) {
    List<Validator> checks = new ArrayList<>();
    checks.add(new IdValidator());
    checks.add(new OutputNameValidator(config));
    checks.add(new SchemaValidator(schemas));
    checks.add(new ReferenceValidator(unreadableIds(loaded)));
    checks.add(new DateValidator());
    checks.add(new RoleValidator());
    checks.add(new LinkValidator(repo));
    checks.add(new AudienceValidator());
    checks.add(new InterdependencyValidator());
    checks.add(new WorkingRulesValidator(config.raid(), config.rules(), today));
    checks.add(new SourceValidator(config.rules(), strict));
    configFile.ifPresent(
        file -> checks.add(new ConfigValidator(repo, schemas, file, unreadableIds(loaded))));
    return List.copyOf(checks);
  }

  /** "OutputNameValidator" as "output names", "InterdependencyValidator" as "interdependencies". */
  static String checkName(Validator validator) {
    if (validator instanceof ConfigValidator) {
      return Config.FILE;
    }
    String name = validator.getClass().getSimpleName().replace("Validator", "");
    String words = name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    if (words.endsWith("s")) {
      return words;
    }
    return words.endsWith("y") ? words.substring(0, words.length() - 1) + "ies" : words + "s";
  }

  /** The ids of files that exist but could not be read; each has an error of its own. */
  private static Set<String> unreadableIds(LoadResult loaded) {
    Set<String> ids = new HashSet<>();
    for (Diagnostic problem : loaded.problems()) {
      String path = problem.at().path();
      String name = path.substring(path.lastIndexOf('/') + 1);
      if (problem.severity() == Severity.ERROR && name.lastIndexOf('.') > 0) {
        ids.add(name.substring(0, name.lastIndexOf('.')));
      }
    }
    return ids;
  }
}
