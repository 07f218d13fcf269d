package scot.pmo.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import scot.pmo.load.ContentLoader;
import scot.pmo.load.LoadLimits;
import scot.pmo.load.LoadResult;
import scot.pmo.model.Catalogue;
import scot.pmo.model.Diagnostic;
import scot.pmo.model.Diagnostics;
import scot.pmo.model.Entity;

/**
 * Validation kept up to date as files of content are edited in place, for the preview: validating a
 * large programme in full takes a second, nearly all of it reading and checking files that did not
 * change. After one file changes, the checks of each file on its own ({@link FileValidator}) run
 * for that file alone, against the whole catalogue, and a check across files runs again only if it
 * says the edit can change what it finds ({@link Validator#affectedBy}); the rest is kept.
 *
 * <p>What it cannot follow this way it leaves to a full validation, by giving empty: a file added,
 * removed or not read before, a file with problems of its own reading, and content that may have
 * grown past the limit of its total size. A test compares it with a full validation edit by edit.
 */
public final class IncrementalValidation {

  private final ContentLoader loader;
  private final LoadLimits limits;
  private final LoadResult loaded;
  private final Catalogue catalogue;
  private final List<Validator> checks;

  /** What the loader and the checks of single files found, by the path of the file. */
  private final Map<String, List<Diagnostic>> inFile;

  /** What each check across files found, in the order of {@link #checks}. */
  private final List<List<Diagnostic>> acrossFiles;

  /** At least the size of the content: the loader's count, plus each changed file's size. */
  private final long totalBytes;

  private final Validation validation;

  private IncrementalValidation(
      ContentLoader loader,
      LoadLimits limits,
      LoadResult loaded,
      Catalogue catalogue,
      List<Validator> checks,
      Map<String, List<Diagnostic>> inFile,
      List<List<Diagnostic>> acrossFiles,
      long totalBytes) {
    this.loader = loader;
    this.limits = limits;
    this.loaded = loaded;
    this.catalogue = catalogue;
    this.checks = checks;
    this.inFile = inFile;
    this.acrossFiles = acrossFiles;
    this.totalBytes = totalBytes;
    Diagnostics all = new Diagnostics();
    inFile.values().forEach(all::addAll);
    acrossFiles.forEach(all::addAll);
    this.validation = new Validation(catalogue, all, loaded.filesRead());
  }

  /**
   * The content as {@code loaded} (all of it), validated in full; how long each check took goes to
   * {@code trace}, as {@link ContentValidator} reports it.
   */
  public static IncrementalValidation of(
      ContentValidator validator,
      ContentLoader loader,
      LoadLimits limits,
      LoadResult loaded,
      Consumer<String> trace) {
    Catalogue catalogue = new Catalogue(loaded.entities());
    List<Validator> checks = validator.checks(loaded);
    Map<String, List<Diagnostic>> inFile = new HashMap<>();
    loaded.problems().forEach(d -> add(inFile, d));
    List<List<Diagnostic>> acrossFiles = new ArrayList<>();
    for (Validator check : checks) {
      Diagnostics found = new Diagnostics();
      long start = System.nanoTime();
      check.validate(catalogue, found);
      trace.accept(
          "  "
              + ContentValidator.checkName(check)
              + ": "
              + (System.nanoTime() - start) / 1_000_000
              + " ms");
      if (check instanceof FileValidator) {
        found.sorted().forEach(d -> add(inFile, d));
        acrossFiles.add(List.of());
      } else {
        acrossFiles.add(found.sorted());
      }
    }
    return new IncrementalValidation(
        loader, limits, loaded, catalogue, checks, inFile, acrossFiles, loaded.totalBytes());
  }

  private static void add(Map<String, List<Diagnostic>> inFile, Diagnostic d) {
    inFile.computeIfAbsent(d.at().path(), p -> new ArrayList<>()).add(d);
  }

  /** The content as read, whose files an edit replaces one by one. */
  public LoadResult loaded() {
    return loaded;
  }

  /** The validation of the content as it now stands. */
  public Validation validation() {
    return validation;
  }

  /**
   * The validation after the file {@code path} (relative to the repository) was edited in place, or
   * empty when only a full validation can tell.
   */
  public Optional<IncrementalValidation> afterEditOf(String path) {
    return afterEditOf(path, () -> loader.loadFile(Path.of(path)));
  }

  /**
   * The validation if the file {@code path} read as {@code file} gives (one file, loaded by {@link
   * ContentLoader#loadText} for an edit not yet saved), or empty when only a full validation can
   * tell.
   */
  public Optional<IncrementalValidation> afterEditOf(String path, LoadResult file) {
    return afterEditOf(path, () -> file);
  }

  private Optional<IncrementalValidation> afterEditOf(
      String path, java.util.function.Supplier<LoadResult> read) {
    Entity before = null;
    int at = -1;
    List<Entity> entities = loaded.entities();
    for (int i = 0; i < entities.size() && at < 0; i++) {
      if (entities.get(i).path().equals(path)) {
        before = entities.get(i);
        at = i;
      }
    }
    if (before == null
        || !loaded.problems().isEmpty()
            && loaded.problems().stream().anyMatch(d -> d.at().path().equals(path))) {
      return Optional.empty(); // new to the catalogue, or not read cleanly before
    }
    LoadResult file = read.get();
    long total = totalBytes + file.totalBytes();
    if (!file.problems().isEmpty()
        || file.entities().size() != 1
        || total > limits.maxTotalBytes()) {
      return Optional.empty();
    }
    Entity after = file.entities().get(0);
    List<Entity> now = new ArrayList<>(entities);
    now.set(at, after);
    LoadResult next =
        new LoadResult(
            List.copyOf(now), loaded.problems(), loaded.filesRead(), loaded.totalBytes());
    Catalogue nextCatalogue = new Catalogue(now, catalogue);

    Map<String, List<Diagnostic>> nextInFile = new HashMap<>(inFile);
    nextInFile.remove(path);
    List<List<Diagnostic>> nextAcross = new ArrayList<>(acrossFiles);
    for (int i = 0; i < checks.size(); i++) {
      Validator check = checks.get(i);
      Diagnostics found = new Diagnostics();
      if (check instanceof FileValidator single) {
        single.validate(nextCatalogue, List.of(after), found);
        List<Diagnostic> own = found.sorted();
        if (own.stream().anyMatch(d -> !d.at().path().equals(path))) {
          return Optional.empty(); // not a check of the file alone after all: keep to the rule
        }
        if (!own.isEmpty()) {
          nextInFile.merge(
              path,
              own,
              (earlier, more) -> {
                List<Diagnostic> both = new ArrayList<>(earlier);
                both.addAll(more);
                return both;
              });
        }
      } else if (check.affectedBy(before, after)) {
        check.validate(nextCatalogue, found);
        nextAcross.set(i, found.sorted());
      }
    }
    return Optional.of(
        new IncrementalValidation(
            loader, limits, next, nextCatalogue, checks, nextInFile, nextAcross, total));
  }
}
