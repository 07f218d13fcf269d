package scot.pmo.model;

import java.util.Comparator;

/**
 * A place in the repository: a repository-relative path with a 1-based line and column (0 when
 * unknown).
 */
public record SourceRef(String path, int line, int column) implements Comparable<SourceRef> {

  private static final Comparator<SourceRef> ORDER =
      Comparator.comparing(SourceRef::path)
          .thenComparingInt(SourceRef::line)
          .thenComparingInt(SourceRef::column);

  public SourceRef {
    path = path.replace('\\', '/');
  }

  /** The whole file, no particular line. */
  public static SourceRef file(String path) {
    return new SourceRef(path, 0, 0);
  }

  @Override
  public int compareTo(SourceRef other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    if (line <= 0) {
      return path;
    }
    return column <= 0 ? path + ":" + line : path + ":" + line + ":" + column;
  }
}
