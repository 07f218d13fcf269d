package scot.pmo.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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
import scot.pmo.model.Severity;
import scot.pmo.model.SourceRef;
import scot.pmo.model.Suggestions;

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
    int[] reported = new int[1]; // files listed but not read: hidden, links, not content
    List<Path> files = listFiles(content, problems, totalBytes, reported);
    if (files.size() + reported[0] > limits.maxFiles()) {
      problems.add(
          Diagnostic.error(
              "too-many-files",
              SourceRef.file(CONTENT),
              "content/ holds "
                  + (files.size() + reported[0])
                  + " files, more than the limit of "
                  + limits.maxFiles(),
              "raise the limit with --max-files if the programme really is this large"));
      return new LoadResult(List.of(), List.copyOf(problems), 0, totalBytes[0]);
    }
    if (totalBytes[0] > limits.maxTotalBytes()) {
      problems.add(
          Diagnostic.error(
              "content-too-large",
              SourceRef.file(CONTENT),
              "content/ holds "
                  + totalBytes[0]
                  + " bytes in "
                  + files.size()
                  + " files, more than the limit of "
                  + limits.maxTotalBytes()
                  + " bytes",
              "raise the limit with --max-total-size if the programme really is this large"));
      return new LoadResult(List.of(), List.copyOf(problems), 0, totalBytes[0]);
    }
    List<Entity> entities =
        Parallel.map(files, file -> read(file, problems)).stream()
            .flatMap(Optional::stream)
            .toList();
    List<Diagnostic> sorted = new ArrayList<>(problems);
    Collections.sort(sorted);
    return new LoadResult(entities, List.copyOf(sorted), files.size() + reported[0], totalBytes[0]);
  }

  /**
   * Reads one file of {@code content/} as {@link #load} reads each, for a tool that watches files
   * and reads only the one that changed.
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

  private List<Path> listFiles(
      Path content, List<Diagnostic> problems, long[] totalBytes, int[] reported) {
    List<Path> files = new ArrayList<>();
    int[] others = new int[1];
    try {
      Files.walkFileTree(
          content,
          new SimpleFileVisitor<>() {
            /** Reports a file that is not read; past the limit, the count alone is reported. */
            private void report(Diagnostic problem) {
              if (++others[0] + files.size() <= limits.maxFiles()) {
                problems.add(problem);
              }
            }

            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              if (!dir.equals(content) && dir.getFileName().toString().startsWith(".")) {
                report(hidden(dir, "folder"));
                return FileVisitResult.SKIP_SUBTREE;
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              String name = file.getFileName().toString();
              // Every file is read or reported: one silently passed over could hold content
              // that a reviewer believes is published, or checked.
              if (name.startsWith(".")) {
                report(hidden(file, "file"));
                return FileVisitResult.CONTINUE;
              }
              if (!attrs.isSymbolicLink() && !isEntityFile(name)) {
                report(notContent(file, name));
                return FileVisitResult.CONTINUE;
              }
              // Links are not followed: one could lead outside the repository.
              if (attrs.isSymbolicLink()) {
                report(
                    Diagnostic.error(
                        "symbolic-link",
                        SourceRef.file(relative(file)),
                        "content files and folders may not be symbolic links, so this is not read",
                        "replace the link with the file or folder itself"));
                return FileVisitResult.CONTINUE;
              }
              // A pipe or device would block the reader or never end.
              if (!attrs.isRegularFile()) {
                report(
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
    reported[0] = others[0];
    return files;
  }

  /**
   * A file that is not an entity: an error when its name looks like one but has a dot or a blank
   * after the extension ('x.md.', 'x.md ', which Windows also drops), a warning when it has no
   * extension, and a note for any other file (an image or a document that Markdown may link to).
   */
  private Diagnostic notContent(Path file, String name) {
    SourceRef at = SourceRef.file(relative(file));
    if (name.replaceAll("[. ]+$", "").matches("(?i).*\\.(md|ya?ml)")) {
      return Diagnostic.error(
          "unknown-file",
          at,
          "the file name has a dot or a blank after its extension, so this file is not read",
          "remove the dots and blanks after .md or .yaml from its name");
    }
    if (name.indexOf('.') < 0) {
      return Diagnostic.warning(
          "unknown-file",
          at,
          "the file name has no extension, so this file is not read",
          "add the extension of its kind (.md for text with front matter, .yaml for data), or"
              + " move it out of content/");
    }
    return new Diagnostic(
        Severity.NOTE,
        "not-content",
        at,
        "this file is not .md or .yaml, so it is not read as content (Markdown may link to it)",
        "nothing to do if it is an image or a document that content links to");
  }

  private Diagnostic hidden(Path path, String what) {
    return Diagnostic.warning(
        "hidden-file",
        SourceRef.file(relative(path)),
        "this " + what + " is hidden (its name starts with '.'), so it is not read",
        "remove the dot from its name if it is content, or delete it");
  }

  /**
   * The number of names the file has (above 1 for a hard link, whose other name may be outside the
   * repository), or 1 where the file system keeps no link counts and so has no hard links.
   */
  public static int linkCount(Path file) {
    try {
      return ((Number) Files.getAttribute(file, "unix:nlink", LinkOption.NOFOLLOW_LINKS))
          .intValue();
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return 1;
    }
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
                  + "the folders are: "
                  + Kind.folders()));
      return Optional.empty();
    }
    Optional<String> text = readText(file, path, problems);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    return parse(path, kind.get(), file.getFileName().toString(), text.get(), problems);
  }

  /**
   * Reads {@code text} as the file {@code path} (relative to the repository, under a kind's folder)
   * would be read, without the file: for a tool that checks what it is about to write.
   */
  public LoadResult loadText(String path, String text) {
    List<Diagnostic> problems = new ArrayList<>();
    String[] parts = path.split("/");
    Optional<Kind> kind =
        parts.length == 3 && parts[0].equals(CONTENT) ? Kind.byFolder(parts[1]) : Optional.empty();
    if (kind.isEmpty() || !isEntityFile(parts[2])) {
      throw new IllegalArgumentException("not a content file's path: " + path);
    }
    Optional<Diagnostic> hidden = ControlCharacters.problem(text, path);
    hidden.ifPresent(problems::add);
    Optional<Entity> entity =
        hidden.isPresent()
            ? Optional.empty()
            : parse(path, kind.get(), parts[parts.length - 1], text, problems);
    return new LoadResult(
        entity.stream().toList(),
        List.copyOf(problems),
        1,
        text.getBytes(StandardCharsets.UTF_8).length);
  }

  /** The entity in {@code text}, the file {@code name} of the folder of {@code kind}. */
  private Optional<Entity> parse(
      String path, Kind kind, String name, String text, List<Diagnostic> problems) {
    String id = name.substring(0, name.lastIndexOf('.'));
    boolean markdown = name.toLowerCase(Locale.ROOT).endsWith(".md");
    String yamlText;
    int yamlLine;
    String body = "";
    int bodyLine = 1;
    if (markdown) {
      FrontMatter split = FrontMatter.split(text);
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
      Optional<FrontMatter.EarlyClose> early = split.earlyClose();
      if (early.isPresent()) {
        problems.add(earlyClose(path, split.yaml(), early.get()));
        return Optional.empty();
      }
      yamlText = split.yaml();
      yamlLine = split.yamlLine();
      body = split.body();
      bodyLine = split.bodyLine();
    } else {
      yamlText = text;
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
      problems.add(
          markdownLimit(
              new SourceRef(path, bodyLine + problem.line(), problem.column()),
              "the text",
              problem));
      body = "";
    }
    Entity entity = new Entity(kind, id, path, result.data(), result.positions(), body, bodyLine);
    for (var field : kind.markdownFields()) {
      field.forEachText(
          entity.data(),
          (pointer, value) ->
              MarkdownLimits.find(value)
                  .ifPresent(
                      problem ->
                          problems.add(
                              markdownLimit(
                                  entity.positions().value(pointer), "'" + field + "'", problem))));
    }
    return Optional.of(entity);
  }

  private static Diagnostic earlyClose(String path, String yaml, FrontMatter.EarlyClose early) {
    return Diagnostic.error(
        "yaml-syntax",
        new SourceRef(path, early.closedAt(), 1),
        yaml.isBlank()
            ? "this '---' closes the front matter as soon as the one above opens it, so the"
                + " fields below it are read as text"
            : "this '---' ends the front matter, but more fields follow it, and are read as text",
        "delete this line, so that the front matter runs on to the '---' on line "
            + early.meantAt());
  }

  private static Diagnostic markdownLimit(
      SourceRef at, String what, MarkdownLimits.Problem problem) {
    return Diagnostic.error(
        "markdown-limit",
        at,
        what + " is too complex to render safely: " + problem.why(),
        problem.fix() != null
            ? problem.fix()
            : "simplify the Markdown; real documents stay far within these limits");
  }

  /**
   * The text of {@code file} (at {@code path} in the repository), read as a content file is: within
   * the size limit, UTF-8 without control characters, not a link; or empty with the problem added
   * to {@code problems}.
   */
  Optional<String> readText(Path file, String path, List<Diagnostic> problems) {
    try {
      // A hard link shares its bytes with a file elsewhere, perhaps outside the repository
      // (ln /etc/passwd content/texts/x.md), and a symbolic link (met here when one file is
      // read on its own) may lead anywhere: neither is read.
      if (Files.isSymbolicLink(file) || linkCount(file) > 1) {
        boolean symbolic = Files.isSymbolicLink(file);
        problems.add(
            Diagnostic.error(
                symbolic ? "symbolic-link" : "hard-link",
                SourceRef.file(path),
                symbolic
                    ? "content files and folders may not be symbolic links, so this is not read"
                    : "this file is a hard link, sharing its bytes with another file that may lie"
                        + " outside the repository, so it is not read",
                symbolic
                    ? "replace the link with the file or folder itself"
                    : "replace it with a file of its own: copy it, delete the link, and put the"
                        + " copy in its place"));
        return Optional.empty();
      }
      long size = Files.size(file);
      if (size > limits.maxFileBytes()) {
        problems.add(
            Diagnostic.error(
                "file-too-large",
                SourceRef.file(path),
                "the file is "
                    + size
                    + " bytes, more than the limit of "
                    + limits.maxFileBytes()
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
                "the file grew past the limit of "
                    + limits.maxFileBytes()
                    + " bytes for one content file while it was read",
                "split it into smaller entities, or raise the limit with --max-file-size"));
        return Optional.empty();
      }
      Optional<Diagnostic> utf16 = utf16(bytes, path);
      if (utf16.isPresent()) {
        problems.add(utf16.get());
        return Optional.empty();
      }
      // Decoding replaces each malformed sequence by U+FFFD, quickly; only text holding one
      // (malformed, or a real U+FFFD) is decoded again by the decoder that reports errors.
      String text = new String(bytes, StandardCharsets.UTF_8);
      if (text.indexOf('\uFFFD') >= 0) {
        Optional<Diagnostic> malformed = malformed(bytes, path);
        if (malformed.isPresent()) {
          problems.add(malformed.get());
          return Optional.empty();
        }
      }
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      Optional<Diagnostic> hidden = ControlCharacters.problem(text, path);
      if (hidden.isPresent()) {
        problems.add(hidden.get());
        return Optional.empty();
      }
      return Optional.of(
          text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n'));
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

  /**
   * The first byte that is not UTF-8, with its line and column, if any. The line and column are
   * counted in the text before it, which is valid; only the byte itself is named, never more.
   */
  private static Optional<Diagnostic> malformed(byte[] bytes, String path) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      return Optional.empty();
    }
    int line = 1;
    int lineStart = 0;
    out.flip();
    for (int i = 0; i < out.limit(); i++) {
      if (out.get(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int column = out.limit() - lineStart + 1;
    return Optional.of(
        Diagnostic.error(
            "encoding",
            new SourceRef(path, line, column),
            String.format(
                "the file is not valid UTF-8 text: the byte 0x%02X here is not UTF-8"
                    + " (text in Latin-1 or Windows-1252 holds such bytes for letters such as"
                    + " \u00e9)",
                bytes[in.position()] & 0xFF),
            "save it as UTF-8 (in most editors: Save As, Encoding: UTF-8)"));
  }

  /**
   * Text saved as UTF-16, which a NUL in every other byte of its ASCII gives away, with or without
   * a byte-order mark: said as such, rather than as the NUL or the bytes it is not.
   */
  private static Optional<Diagnostic> utf16(byte[] bytes, String path) {
    boolean bigEndianMark =
        bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF;
    boolean littleEndianMark =
        bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE;
    String order;
    if (bigEndianMark || littleEndianMark) {
      order = (littleEndianMark ? "little" : "big") + "-endian, with a byte-order mark";
    } else if (bytes.length >= 4
        && bytes[0] != 0
        && bytes[1] == 0
        && bytes[2] != 0
        && bytes[3] == 0) {
      order = "little-endian, without a byte-order mark";
    } else if (bytes.length >= 4
        && bytes[0] == 0
        && bytes[1] != 0
        && bytes[2] == 0
        && bytes[3] != 0) {
      order = "big-endian, without a byte-order mark";
    } else {
      return Optional.empty();
    }
    return Optional.of(
        Diagnostic.error(
            "encoding",
            new SourceRef(path, 1, 1),
            "the file is UTF-16 text (" + order + "), not UTF-8",
            "save it as UTF-8 (in most editors: Save As, Encoding: UTF-8)"));
  }

  private String relative(Path file) {
    return repo.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
  }
}
