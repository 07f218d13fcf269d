package scot.pmo.author;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import scot.pmo.model.HintedException;
import scot.pmo.model.HintedException.Category;
import scot.pmo.model.Kind;
import scot.pmo.render.markdown.MarkdownRenderer;
import scot.pmo.validate.Ids;

/**
 * Writes a new programme repository ({@code pmo init}): {@code pmo.yaml}, one example entity of
 * every kind that says it is one, the JSON Schemas and an editor's mapping of them, {@code
 * .gitignore}, {@code .editorconfig}, the CI workflow and a README for the people who edit it. The
 * files come from {@code scot/pmo/init/} among pmo's resources; a {@code .mustache} one is filled
 * in with the programme's name and organisation, already quoted for YAML.
 *
 * <p>Nothing is ever overwritten: a folder that holds anything is refused unless {@code force}, and
 * then only the files it lacks are written.
 */
public final class Starter {

  private static final String RESOURCES = "scot/pmo/init/";

  /** What is written, as resource name and path in the new repository. */
  private static final Map<String, String> FILES = new LinkedHashMap<>();

  static {
    FILES.put("pmo.yaml.mustache", "pmo.yaml");
    FILES.put("README.md.mustache", "README.md");
    FILES.put("gitignore", ".gitignore");
    FILES.put("editorconfig", ".editorconfig");
    FILES.put("github-workflow.yml.mustache", ".github/workflows/pmo.yml");
  }

  /** The example entities, by resource; the programme's and organisation's take their ids. */
  private static final List<String> EXAMPLES =
      List.of(
          "content/programmes/programme.md.mustache",
          "content/organisations/organisation.yaml.mustache",
          "content/organisations/example-board.yaml",
          "content/anchors/example-anchor.md.mustache",
          "content/workstreams/example-workstream.yaml.mustache",
          "content/projects/example-project.md.mustache",
          "content/roles/example-role.yaml",
          "content/people/example-person.yaml.mustache",
          "content/meetings/example-meeting.yaml.mustache",
          "content/case-studies/example-case-study.md.mustache",
          "content/references/example-reference.yaml.mustache",
          "content/interdependencies/example-risk.md.mustache",
          "content/milestones/example-milestone.yaml.mustache",
          "content/texts/example-text.md");

  /**
   * What a new repository is about.
   *
   * @param name the programme's title
   * @param organisation the organisation that publishes it
   * @param today the day it starts, from which the example meeting and milestone are dated
   */
  public record Programme(String name, String organisation, LocalDate today) {

    /** The programme's id: its name as an id, "programme" if none can be made. */
    public String id() {
      return unique(Ids.slug(name), "programme");
    }

    /** The organisation's id, kept apart from the programme's and the examples'. */
    public String organisationId() {
      String id = unique(Ids.slug(organisation), "organisation");
      return id.equals(id()) ? id + "-organisation" : id;
    }

    private static String unique(String slug, String kind) {
      if (slug.equals("new-id") || slug.startsWith("example-") || !Ids.isValid(slug)) {
        return kind;
      }
      return Ids.isWindowsReserved(slug) ? slug + "-" + kind : slug;
    }
  }

  /** What {@link #start} wrote, and the files it left as they were. */
  public record Started(List<Path> written, List<Path> kept) {}

  private Starter() {}

  /**
   * Writes the new repository into {@code folder}, which must not exist or be empty unless {@code
   * force}.
   */
  public static Started start(Path folder, Programme programme, boolean force) {
    refuseIfNotEmpty(folder, force);
    Map<String, String> data = data(programme);
    List<Path> written = new ArrayList<>();
    List<Path> kept = new ArrayList<>();
    Map<String, byte[]> files = new LinkedHashMap<>();
    DefaultMustacheFactory mustache = new DefaultMustacheFactory(RESOURCES);
    FILES.forEach((resource, path) -> files.put(path, fill(mustache, resource, data)));
    for (String resource : EXAMPLES) {
      files.put(examplePath(resource, programme), fill(mustache, resource, data));
    }
    files.put(".vscode/settings.json", editorSettings().getBytes(StandardCharsets.UTF_8));
    for (String schema : schemas()) {
      files.put("schemas/" + schema, resource("schemas/" + schema));
    }
    files.forEach(
        (path, bytes) -> {
          Path file = folder.resolve(path);
          if (write(file, bytes)) {
            written.add(file);
          } else {
            kept.add(file);
          }
        });
    return new Started(written, kept);
  }

  private static void refuseIfNotEmpty(Path folder, boolean force) {
    if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(folder)) {
      throw new HintedException(
          Category.USAGE, folder + " is a file, not a folder", "give a new or empty folder");
    }
    if (force || !Files.isDirectory(folder)) {
      return;
    }
    try (Stream<Path> entries = Files.list(folder)) {
      List<String> there = entries.map(p -> p.getFileName().toString()).sorted().toList();
      if (!there.isEmpty()) {
        throw new HintedException(
            Category.USAGE,
            folder
                + " is not empty (it holds "
                + String.join(", ", there.subList(0, Math.min(5, there.size())))
                + (there.size() > 5 ? ", …" : "")
                + ")",
            "give a new or empty folder, or add --force to write only the files it lacks");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
  }

  private static Map<String, String> data(Programme programme) {
    Map<String, String> data = new LinkedHashMap<>();
    data.put("programmeId", programme.id());
    data.put("programmeTitle", Scaffold.quote(programme.name().trim()));
    data.put("programmeTitleMarkdown", MarkdownRenderer.escapeText(programme.name().trim()));
    data.put("orgId", programme.organisationId());
    data.put("orgName", Scaffold.quote(programme.organisation().trim()));
    data.put("today", quoteDate(programme.today()));
    // In the future, so that the examples read as what is coming rather than what was missed.
    data.put("meetingDate", quoteDate(programme.today().plusMonths(1)));
    data.put("milestoneDate", quoteDate(programme.today().plusMonths(2)));
    // The release the new repository's CI installs: the one that wrote it.
    String version = Starter.class.getPackage().getImplementationVersion();
    data.put("version", version == null ? "0.1.0" : version.replace("-SNAPSHOT", ""));
    return data;
  }

  private static String quoteDate(LocalDate date) {
    return "\"" + date + "\"";
  }

  private static String examplePath(String resource, Programme programme) {
    String path = resource.replaceFirst("\\.mustache$", "");
    return path.replace("programmes/programme.md", "programmes/" + programme.id() + ".md")
        .replace(
            "organisations/organisation.yaml",
            "organisations/" + programme.organisationId() + ".yaml");
  }

  private static byte[] fill(
      DefaultMustacheFactory factory, String resource, Map<String, String> data) {
    if (!resource.endsWith(".mustache")) {
      return resource(RESOURCES + resource);
    }
    Mustache mustache = factory.compile(resource);
    StringWriter out = new StringWriter();
    mustache.execute(out, data);
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] resource(String name) {
    try (InputStream in = Starter.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("pmo was built without " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name + " from pmo itself", e);
    }
  }

  /** The schema files pmo carries: one per kind, the shared definitions, and pmo.yaml's. */
  private static List<String> schemas() {
    List<String> names = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      names.add(kind.label() + ".schema.json");
    }
    names.add("common.schema.json");
    if (Starter.class.getClassLoader().getResource("schemas/pmo.schema.json") != null) {
      names.add("pmo.schema.json");
    }
    return names;
  }

  /** VS Code's YAML extension: each kind's folder checked against its schema. */
  static String editorSettings() {
    StringBuilder json = new StringBuilder("{\n  \"yaml.schemas\": {\n");
    List<String> entries = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      entries.add(
          "    \"./schemas/"
              + kind.label()
              + ".schema.json\": [\n      \"content/"
              + kind.folder()
              + "/*.yaml\",\n      \"content/"
              + kind.folder()
              + "/*.yml\"\n    ]");
    }
    if (Starter.class.getClassLoader().getResource("schemas/pmo.schema.json") != null) {
      entries.add("    \"./schemas/pmo.schema.json\": [\n      \"pmo.yaml\"\n    ]");
    }
    json.append(String.join(",\n", entries)).append("\n  }\n}\n");
    return json.toString();
  }

  /** Writes a file that does not exist yet; false, and nothing written, when it does. */
  private static boolean write(Path file, byte[] bytes) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, bytes, StandardOpenOption.CREATE_NEW);
      return true;
    } catch (FileAlreadyExistsException e) {
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
