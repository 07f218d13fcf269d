package scot.pmo.publish.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import scot.pmo.load.ContentLoader;

/** Reads the lines of content files once each, to quote them under a diagnostic. */
final class SourceLines {

  private final Path repo;
  private final Map<String, List<String>> files = new HashMap<>();

  SourceLines(Path repo) {
    this.repo = repo;
  }

  /** The 1-based {@code line} of {@code path}, if it can be read. */
  Optional<String> line(String path, int line) {
    List<String> lines = files.computeIfAbsent(path, this::read);
    return line >= 1 && line <= lines.size() ? Optional.of(lines.get(line - 1)) : Optional.empty();
  }

  private List<String> read(String path) {
    try {
      Path file = repo.resolve(path);
      if (!quotable(file)) {
        return List.of();
      }
      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      if (!printable(text)) {
        return List.of();
      }
      return List.of(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }

  /**
   * Whether the file is one of the repository's own, of a size to quote: never a symbolic link, nor
   * a hard link, whose bytes may be those of a file outside the repository.
   */
  private static boolean quotable(Path file) throws IOException {
    BasicFileAttributes attributes =
        Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    if (!attributes.isRegularFile() || attributes.size() > 4L * 1024 * 1024) {
      return false;
    }
    return ContentLoader.linkCount(file) == 1;
  }

  /**
   * Whether the text may be quoted on a terminal: not when it is not UTF-8 (a file in another
   * encoding, or a binary one), nor when it holds control characters or bidirectional controls,
   * which could rewrite what the terminal shows.
   */
  private static boolean printable(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r'
          || c >= 0x7F && c <= 0x9F
          || c == '\uFFFD'
          || c == '\uFEFF'
          || c >= '\u202A' && c <= '\u202E'
          || c >= '\u2066' && c <= '\u2069') {
        return false;
      }
    }
    return true;
  }
}
