package scot.pmo.publish.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
      if (Files.size(file) > 4L * 1024 * 1024) {
        return List.of();
      }
      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      return List.of(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }
}
