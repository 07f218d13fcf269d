package scot.pmo.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import scot.pmo.concurrent.Parallel;
import scot.pmo.markdown.MarkdownLimits;
import scot.pmo.model.Diagnostic;
import scot.pmo.model.Entity;
import scot.pmo.model.Kind;
import scot.pmo.model.Suggestions;
import scot.pmo.model.SourceRef;

/**
 * Walks {@code content/} and reads every entity file: Markdown with YAML front matter, or plain
 * YAML. Problems that stop a file from being read become diagnostics; the walk goes on.
 */
public final class ContentLoader {

  /** The folder, under the repository root, that holds the programme. */
  public static final String CONTENT = "content";

  private final Path repo;
  private final LoadLimits limits;
  private final YamlReader yaml;

  public ContentLoader(Path repo, LoadLimits limits) {
    this.repo = repo.toAbsolutePath().normalize();
    this.limits = limits;
    this.yaml = new YamlReader(limits);
  }

  /** Reads the whole of {@code content/}. */
  public LoadResult load() {
    Path content = repo.resolve(CONTENT);
    List<Diagnostic> problems = Collections.synchronizedList(new ArrayList<>());
    long[] totalBytes = new long[1];
    List<Path> files = listFiles(content, problems, totalBytes);
    if (files.size() > limits.maxFiles()) {
      problems.add(
          Diagnostic.error(
              "too-many-files",
              SourceRef.file(CONTENT),
              "content/ holds " + files.size() + " files, more than the limit of "
                  + limits.maxFiles(),
              "raise the limit with --max-files if the programme really is this large"));
      return new LoadResult(List.of(), List.copyOf(problems), 0, totalBytes[0]);
    }
    if (totalBytes[0] > limits.maxTotalBytes()) {
      problems.add(
          Diagnostic.error(
              "content-too-large",
              SourceRef.file(CONTENT),
              "content/ holds " + totalBytes[0] + " bytes in " + files.size()
                  + " files, more than the limit of " + limits.maxTotalBytes() + " bytes",
              "raise the limit with --max-total-size if the programme really is this large"));
      return new LoadResult(List.of(), List.copyOf(problems), 0, totalBytes[0]);
    }
    List<Entity> entities = Parallel.map(files, file -> read(file, problems)).stream()
        .flatMap(Optional::stream)
        .toList();
    List<Diagnostic> sorted = new ArrayList<>(problems);
    Collections.sort(sorted);
    return new LoadResult(entities, List.copyOf(sorted), files.size(), totalBytes[0]);
  }

  /**
   * Reads one file of {@code content/} as {@link #load} reads each, for a tool that watches
   * files and reads only the one that changed.
   */
  public LoadResult loadFile(Path file) {
    List<Diagnostic> problems = new ArrayList<>();
    Path absolute = repo.resolve(file).toAbsolutePath().normalize();
    Optional<Entity> entity = read(absolute, problems);
    long size;
    try {
      size = Files.size(absolute);
    } catch (IOException e) {
      size = 0; // gone since it was read: reported by the read, or by the next full load
    }
    return new LoadResult(entity.stream().toList(), List.copyOf(problems), 1, size);
  }

  private List<Path> listFiles(Path content, List<Diagnostic> problems, long[] totalBytes) {
    List<Path> files = new ArrayList<>();
    try {
      Files.walkFileTree(
          content,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              if (!dir.equals(content) && dir.getFileName().toString().startsWith(".")) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              String name = file.getFileName().toString();
              if (name.startsWith(".") || !attrs.isSymbolicLink() && !isEntityFile(name)) {
                return FileVisitResult.CONTINUE;
              }
              // Links are not followed: one could lead outside the repository.
              if (attrs.isSymbolicLink()) {
                problems.add(
                    Diagnostic.error(
                        "symbolic-link",
                        SourceRef.file(relative(file)),
                        "content files and folders may not be symbolic links, so this is not read",
                        "replace the link with the file or folder itself"));
                return FileVisitResult.CONTINUE;
              }
              // A pipe or device would block the reader or never end.
              if (!attrs.isRegularFile()) {
                problems.add(
                    Diagnostic.error(
                        "unreadable-file",
                        SourceRef.file(relative(file)),
                        "this is not a regular file (a pipe, socket or device), so it is not read",
                        "replace it with an ordinary file"));
                return FileVisitResult.CONTINUE;
              }
              totalBytes[0] += attrs.size();
              files.add(file);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + content, e);
    }
    Collections.sort(files);
    return files;
  }

  private static boolean isEntityFile(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".md") || lower.endsWith(".yaml") || lower.endsWith(".yml");
  }

  private Optional<Entity> read(Path file, List<Diagnostic> problems) {
    String path = relative(file);
    Path inContent = repo.resolve(CONTENT).relativize(file);
    if (inContent.getNameCount() < 2) {
      problems.add(
          Diagnostic.warning(
              "unknown-folder",
              SourceRef.file(path),
              "this file is not in a kind's folder, so it is not read",
              "move it into one of content/{" + Kind.folders() + "}"));
      return Optional.empty();
    }
    String folder = inContent.getName(0).toString();
    Optional<Kind> kind = Kind.byFolder(folder);
    if (kind.isEmpty()) {
      problems.add(
          Diagnostic.warning(
              "unknown-folder",
              SourceRef.file(path),
              "the folder content/" + folder + " is not a kind's folder, so this file is not read",
              Suggestions.didYouMean(folder, List.of(Kind.folders().split(", ")))
                  + "the folders are: " + Kind.folders()));
      return Optional.empty();
    }
    Optional<String> text = readText(file, path, problems);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String name = file.getFileName().toString();
    String id = name.substring(0, name.lastIndexOf('.'));
    boolean markdown = name.toLowerCase(Locale.ROOT).endsWith(".md");
    String yamlText;
    int yamlLine;
    String body = "";
    int bodyLine = 1;
    if (markdown) {
      FrontMatter split = FrontMatter.split(text.get());
      if (split.yaml() == null) {
        problems.add(
            Diagnostic.error(
                split.unclosed() ? "unclosed-front-matter" : "missing-front-matter",
                new SourceRef(path, 1, 1),
                split.unclosed()
                    ? "the front matter opened by '---' on line 1 is never closed"
                    : "a Markdown entity must start with YAML front matter",
                split.unclosed()
                    ? "add a line '---' after the last field"
                    : "start the file with a line '---', the fields (title: ...), and a line"
                        + " '---' before the text"));
        return Optional.empty();
      }
      yamlText = split.yaml();
      yamlLine = split.yamlLine();
      body = split.body();
      bodyLine = split.bodyLine();
    } else {
      yamlText = text.get();
      yamlLine = 1;
    }
    YamlReader.Result result = yaml.read(yamlText, path, yamlLine);
    if (result.problem() != null) {
      problems.add(result.problem());
      return Optional.empty();
    }
    Optional<MarkdownLimits.Problem> tooComplex = MarkdownLimits.find(body);
    if (tooComplex.isPresent()) {
      MarkdownLimits.Problem problem = tooComplex.get();
      problems.add(markdownLimit(new SourceRef(path, bodyLine + problem.line(), problem.column()),
          "the text", problem));
      body = "";
    }
    Entity entity =
        new Entity(kind.get(), id, path, result.data(), result.positions(), body, bodyLine);
    for (var field : kind.get().markdownFields()) {
      field.forEachText(entity.data(), (pointer, value) -> MarkdownLimits.find(value)
          .ifPresent(problem -> problems.add(markdownLimit(entity.positions().value(pointer),
              "'" + field + "'", problem))));
    }
    return Optional.of(entity);
  }

  private static Diagnostic markdownLimit(SourceRef at, String what,
      MarkdownLimits.Problem problem) {
    return Diagnostic.error(
        "markdown-limit",
        at,
        what + " is too complex to render safely: " + problem.why(),
        problem.fix() != null ? problem.fix()
            : "simplify the Markdown; real documents stay far within these limits");
  }

  private Optional<String> readText(Path file, String path, List<Diagnostic> problems) {
    try {
      long size = Files.size(file);
      if (size > limits.maxFileBytes()) {
        problems.add(
            Diagnostic.error(
                "file-too-large",
                SourceRef.file(path),
                "the file is " + size + " bytes, more than the limit of " + limits.maxFileBytes()
                    + " bytes for one content file",
                "split it into smaller entities, or raise the limit with --max-file-size"));
        return Optional.empty();
      }
      byte[] bytes;
      try (var in = Files.newInputStream(file)) {
        // Never more than the limit, even if the file grows after it was measured.
        bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
      }
      if (bytes.length > limits.maxFileBytes()) {
        problems.add(
            Diagnostic.error(
                "file-too-large",
                SourceRef.file(path),
                "the file grew past the limit of " + limits.maxFileBytes()
                    + " bytes for one content file while it was read",
                "split it into smaller entities, or raise the limit with --max-file-size"));
        return Optional.empty();
      }
      // Decoding replaces each malformed sequence by U+FFFD, quickly; only text holding one
      // (malformed, or a real U+FFFD) is decoded again by the decoder that reports errors.
      String text = new String(bytes, StandardCharsets.UTF_8);
      if (text.indexOf('\uFFFD') >= 0) {
        text = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes))
            .toString();
      }
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      Optional<Diagnostic> hidden = ControlCharacters.problem(text, path);
      if (hidden.isPresent()) {
        problems.add(hidden.get());
        return Optional.empty();
      }
      return Optional.of(text.indexOf('\r') < 0 ? text
          : text.replace("\r\n", "\n").replace('\r', '\n'));
    } catch (CharacterCodingException e) {
      problems.add(
          Diagnostic.error(
              "encoding",
              SourceRef.file(path),
              "the file is not valid UTF-8 text",
              "save it as UTF-8 (in most editors: Save As, Encoding: UTF-8)"));
    } catch (IOException e) {
      problems.add(
          Diagnostic.error(
              "unreadable-file",
              SourceRef.file(path),
              "the file cannot be read: " + e.getMessage(),
              "check that the file exists and that you may read it"));
    }
    return Optional.empty();
  }

  private String relative(Path file) {
    return repo.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
  }

}
