package scot.pmo.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import scot.pmo.link.GraphBuilder;
import scot.pmo.link.ProgrammeGraph;
import scot.pmo.load.LoadLimits;
import scot.pmo.render.paper.Provenance;
import scot.pmo.validate.Validation;
import scot.pmo.workflow.Snapshot;
import scot.pmo.workflow.WorkflowContext;

/** The repository the tests run in, temporary copies of it, and fixed values for papers. */
public final class TestRepos {

  /** The repository root: tests run in {@code cli/}. */
  public static final Path REPO = Path.of("..").toAbsolutePath().normalize();

  /** The seeds, beside the repository, when the workplace has them. */
  public static final Path SEEDS = Path.of("../../shared/seeds").toAbsolutePath().normalize();

  /** A fixed provenance, so that rendered papers can be compared byte for byte. */
  public static final Provenance PROVENANCE =
      new Provenance(
          "1 January 2026",
          "0123456789abcdef0123456789abcdef01234567",
          "0123456789ab",
          false,
          "2026-01-01T09:30:00Z");

  private TestRepos() {}

  /** The repository's content, validated (it must be valid), and its graph. */
  public record Loaded(Validation validation, ProgrammeGraph graph) {}

  public static Loaded load(Path repo) {
    Validation validation = validation(repo);
    if (validation.diagnostics().hasErrors()) {
      throw new IllegalStateException(
          "test content has errors: " + validation.diagnostics().sorted());
    }
    return new Loaded(validation, GraphBuilder.build(validation.catalogue()));
  }

  /** The content of {@code repo}, loaded and validated as {@code pmo validate} does. */
  public static Validation validation(Path repo) {
    return Snapshot.load(new WorkflowContext(repo, LoadLimits.DEFAULT)).validation();
  }

  /** Copies the repository's content/, templates/ and pmo.yaml into {@code target}. */
  public static Path copy(Path target) {
    for (String folder : List.of("content", "templates")) {
      copyTree(REPO.resolve(folder), target.resolve(folder));
    }
    try {
      Files.copy(REPO.resolve("pmo.yaml"), target.resolve("pmo.yaml"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return target;
  }

  /** Writes a file under {@code repo}, creating folders. */
  public static void write(Path repo, String path, String text) {
    try {
      Path file = repo.resolve(path);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A digest of every file under {@code folder}: names and bytes. */
  public static String hash(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        digest.update(folder.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
        digest.update(Files.readAllBytes(file));
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void copyTree(Path from, Path to) {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.sorted().toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
