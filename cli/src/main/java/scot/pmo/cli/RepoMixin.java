package scot.pmo.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import scot.pmo.load.ContentLoader;

/** The global {@code --repo DIR} option, and the search for the repository when it is absent. */
public final class RepoMixin {

  @Option(
      names = "--repo",
      paramLabel = "DIR",
      scope = ScopeType.INHERIT,
      description = "The repository (default: the nearest folder upward that holds content/).")
  Path repo;

  /** The repository root: {@code --repo}, or the nearest folder upward that holds content/. */
  public Path resolve() {
    if (repo != null) {
      Path dir = repo.toAbsolutePath().normalize();
      if (!Files.isDirectory(dir.resolve(ContentLoader.CONTENT))) {
        throw new EnvironmentException(
            "--repo " + repo + " has no content/ folder",
            "give the folder that holds content/, or create content/ there");
      }
      return dir;
    }
    Path start = Path.of("").toAbsolutePath();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve(ContentLoader.CONTENT))) {
        return dir;
      }
    }
    throw new EnvironmentException(
        "no content/ folder in " + start + " or any folder above it",
        "run pmo inside the programme's repository, or give --repo DIR");
  }
}
