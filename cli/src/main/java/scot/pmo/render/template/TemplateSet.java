package scot.pmo.render.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import scot.pmo.model.Diagnostic;
import scot.pmo.model.SourceRef;
import scot.pmo.model.Suggestions;

/**
 * The templates of a run: those built into pmo, each of which a file at the same path under the
 * repository's {@code templates/} folder replaces, as a site's layouts replace a theme's in Hugo. A
 * programme changes its paper's house style by copying one file ({@code pmo templates copy}) and
 * editing it; everything it did not copy follows pmo's own.
 *
 * <p>Names are paths under {@code templates/} with '/', such as {@code
 * paper/briefing.html.mustache}. The built-in ones are read from pmo's jar (from {@code templates/}
 * at the top of the source tree, when run from the build's classes).
 */
public final class TemplateSet {

  /** The folder, under the repository root, that holds a programme's own templates. */
  public static final String FOLDER = "templates";

  /** Where the built-in templates are among pmo's resources. */
  private static final String RESOURCES = "templates/";

  /** Files of the templates folder that document it rather than render anything. */
  private static final String README = "README.md";

  private static volatile List<String> builtIn;

  private final Path root;

  /** The built-in templates, overridden by those under {@code repo/templates}. */
  public TemplateSet(Path repo) {
    this.root = repo.toAbsolutePath().normalize().resolve(FOLDER);
  }

  /** The repository's own templates folder (which need not exist). */
  public Path folder() {
    return root;
  }

  /** Where a template comes from in this repository. */
  public enum Origin {
    /** pmo's own, not overridden. */
    BUILT_IN("built in"),
    /** A file of the repository replaces pmo's own. */
    OVERRIDDEN("overridden"),
    /** The repository has a copy that is the same as pmo's own. */
    COPY_OF_BUILT_IN("copied, unchanged"),
    /** The repository's own, with no built-in of that name: a partial its templates include. */
    OWN("the repository's own");

    private final String words;

    Origin(String words) {
      this.words = words;
    }

    /** How the listing says it. */
    public String words() {
      return words;
    }
  }

  /** One template and where it comes from. */
  public record Entry(String name, Origin origin) {}

  /** Every template, built-in or the repository's, sorted by name. */
  public List<Entry> list() {
    TreeSet<String> names = new TreeSet<>(builtInNames());
    names.addAll(repositoryNames());
    List<Entry> entries = new ArrayList<>();
    for (String name : names) {
      entries.add(new Entry(name, origin(name)));
    }
    return entries;
  }

  /** Where {@code name} comes from. */
  public Origin origin(String name) {
    boolean builtIn = builtInNames().contains(name);
    Optional<Path> own = override(name);
    if (own.isEmpty()) {
      return Origin.BUILT_IN;
    }
    if (!builtIn) {
      return Origin.OWN;
    }
    try {
      return Arrays.equals(Files.readAllBytes(own.get()), builtInBytes(name))
          ? Origin.COPY_OF_BUILT_IN
          : Origin.OVERRIDDEN;
    } catch (IOException e) {
      return Origin.OVERRIDDEN;
    }
  }

  /** Whether {@code name} is a template, built-in or the repository's. */
  public boolean exists(String name) {
    return override(name).isPresent() || builtInNames().contains(name);
  }

  /** Whether pmo has a template called {@code name}. */
  public boolean isBuiltIn(String name) {
    return builtInNames().contains(name);
  }

  /** The template's bytes: the repository's file if there is one, else pmo's own. */
  public byte[] bytes(String name) {
    Optional<Path> own = override(name);
    try {
      if (own.isPresent()) {
        return Files.readAllBytes(own.get());
      }
      if (!builtInNames().contains(name)) {
        throw new TemplateException(
            FOLDER + "/" + name,
            0,
            "there is no template " + name,
            "run 'pmo templates list' for the templates there are");
      }
      return builtInBytes(name);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the template " + name, e);
    }
  }

  /** The template as text, with Windows line ends made plain. */
  public String read(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8).replace("\r\n", "\n");
  }

  /** pmo's own version of a built-in template, whatever the repository holds. */
  public static byte[] builtInBytes(String name) throws IOException {
    try (InputStream in =
        TemplateSet.class.getClassLoader().getResourceAsStream(RESOURCES + name)) {
      if (in == null) {
        throw new IOException("pmo has no built-in template " + name);
      }
      return in.readAllBytes();
    }
  }

  /** Names under {@code prefix} (a folder, ending in '/'), built-in or the repository's, sorted. */
  public List<String> under(String prefix) {
    TreeSet<String> names = new TreeSet<>();
    builtInNames().stream().filter(n -> n.startsWith(prefix)).forEach(names::add);
    repositoryNames().stream().filter(n -> n.startsWith(prefix)).forEach(names::add);
    return List.copyOf(names);
  }

  /**
   * The repository's file for {@code name}, if it has one. A name that leads outside the templates
   * folder, or a symbolic link, is never read: templates arrive through pull requests too.
   */
  public Optional<Path> override(String name) {
    Path file = root.resolve(name).normalize();
    if (!file.startsWith(root) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    return Optional.of(file);
  }

  /**
   * Files under the repository's templates folder whose names are close to a built-in template's
   * but are none: a misspelt override, which would otherwise be silently ignored. A file that is
   * near no built-in name is the repository's own (a partial its templates include) and is fine.
   */
  public List<Diagnostic> problems() {
    List<String> known = builtInNames();
    List<Diagnostic> problems = new ArrayList<>();
    for (String name : repositoryNames()) {
      if (known.contains(name)) {
        continue;
      }
      Optional<String> closest = closestBuiltIn(name, known);
      closest.ifPresent(
          c ->
              problems.add(
                  Diagnostic.warning(
                      "unknown-template",
                      SourceRef.file(FOLDER + "/" + name),
                      "'"
                          + FOLDER
                          + "/"
                          + name
                          + "' replaces no built-in template, so pmo does not use it",
                      "did you mean '"
                          + FOLDER
                          + "/"
                          + c
                          + "'? Rename the file; 'pmo templates list' lists the"
                          + " templates there are")));
    }
    return problems;
  }

  /**
   * The built-in name that {@code name} was most likely meant to be: one that differs only in case,
   * or by at most two letters (a typing slip, not another template), or that has the same file name
   * in another folder.
   */
  public static Optional<String> closestBuiltIn(String name, List<String> known) {
    String lower = name.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = MAX_SLIP + 1;
    for (String k : known) {
      int d = Suggestions.levenshtein(lower, k.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    if (best != null) {
      return Optional.of(best);
    }
    String file = fileName(name);
    return known.stream().filter(k -> fileName(k).equals(file)).findFirst();
  }

  /** The most letters a misspelt name differs by from the one it means. */
  private static final int MAX_SLIP = 2;

  private static String fileName(String name) {
    return name.substring(name.lastIndexOf('/') + 1);
  }

  /** Every file under the repository's templates folder, but its READMEs, sorted. */
  public List<String> repositoryNames() {
    if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .filter(TemplateSet::isTemplate)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + FOLDER + "/", e);
    }
  }

  /** pmo's own templates, sorted. */
  public static List<String> builtInNames() {
    List<String> names = builtIn;
    if (names == null) {
      synchronized (TemplateSet.class) {
        if (builtIn == null) {
          builtIn = Collections.unmodifiableList(listBuiltIn());
        }
        names = builtIn;
      }
    }
    return names;
  }

  private static boolean isTemplate(String name) {
    return !fileName(name).equals(README) && !fileName(name).startsWith(".");
  }

  /** Lists the resources under templates/ in pmo's jar, or in its classes folder. */
  private static List<String> listBuiltIn() {
    Path source;
    try {
      source =
          Path.of(TemplateSet.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException | SecurityException | NullPointerException e) {
      throw new IllegalStateException("cannot find pmo's own templates", e);
    }
    TreeSet<String> names = new TreeSet<>();
    try {
      if (Files.isDirectory(source)) {
        Path folder = source.resolve(RESOURCES);
        if (Files.isDirectory(folder)) {
          try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(Files::isRegularFile)
                .map(p -> folder.relativize(p).toString().replace('\\', '/'))
                .forEach(names::add);
          }
        }
      } else {
        try (ZipFile jar = new ZipFile(source.toFile())) {
          jar.stream()
              .filter(e -> !e.isDirectory())
              .map(ZipEntry::getName)
              .filter(n -> n.startsWith(RESOURCES))
              .map(n -> n.substring(RESOURCES.length()))
              .forEach(names::add);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list pmo's own templates", e);
    }
    names.removeIf(n -> !isTemplate(n));
    if (names.isEmpty()) {
      throw new IllegalStateException("pmo was built without its templates (" + source + ")");
    }
    return new ArrayList<>(names);
  }
}
