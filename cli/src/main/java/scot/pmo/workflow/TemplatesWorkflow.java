package scot.pmo.workflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import scot.pmo.model.Diagnostic;
import scot.pmo.model.HintedException;
import scot.pmo.model.HintedException.Category;
import scot.pmo.render.template.TemplateSet;

/**
 * The workflow of {@code pmo templates}: which templates there are and where each comes from, and
 * copies of built-in ones into the repository's {@code templates/} to change them there.
 */
public final class TemplatesWorkflow {

  private final TemplateSet templates;

  public TemplatesWorkflow(Path repo) {
    this.templates = new TemplateSet(repo);
  }

  /** Every template, and whether the repository overrides it. */
  public List<TemplateSet.Entry> list() {
    return templates.list();
  }

  /** Overrides whose names match no built-in template, and which are therefore unused. */
  public List<Diagnostic> problems() {
    return templates.problems();
  }

  /**
   * Copies each built-in template that {@code names} names (a template, or a folder such as {@code
   * paper/} for all of its templates) into the repository's templates folder, and gives the paths
   * written. A file the repository already has is never overwritten: naming one on its own is an
   * error, and a folder's are left out.
   */
  public Copied copy(List<String> names) {
    List<String> chosen = new ArrayList<>();
    List<String> kept = new ArrayList<>();
    for (String raw : names) {
      String name = raw.replace('\\', '/');
      if (name.startsWith(TemplateSet.FOLDER + "/")) {
        name = name.substring(TemplateSet.FOLDER.length() + 1);
      }
      if (templates.isBuiltIn(name)) {
        if (templates.override(name).isPresent()) {
          throw new HintedException(
              Category.USAGE,
              TemplateSet.FOLDER + "/" + name + " is already in the repository",
              "edit it there; to start again from pmo's own, delete it first");
        }
        chosen.add(name);
        continue;
      }
      String folder = name.endsWith("/") ? name : name + "/";
      List<String> inside =
          TemplateSet.builtInNames().stream().filter(n -> n.startsWith(folder)).toList();
      if (inside.isEmpty()) {
        Optional<String> close = closest(name);
        throw new HintedException(
            Category.USAGE,
            "pmo has no template or folder of templates called '" + raw + "'",
            close.map(c -> "did you mean '" + c + "'? ").orElse("")
                + "'pmo templates list' lists them");
      }
      for (String n : inside) {
        (templates.override(n).isPresent() ? kept : chosen).add(n);
      }
    }
    List<Path> written = new ArrayList<>();
    for (String name : chosen) {
      Path target = templates.folder().resolve(name);
      try {
        Files.createDirectories(target.getParent());
        // CREATE_NEW: a file that appeared since the check is still not overwritten.
        Files.write(target, TemplateSet.builtInBytes(name), StandardOpenOption.CREATE_NEW);
      } catch (FileAlreadyExistsException e) {
        kept.add(name);
        continue;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + target, e);
      }
      written.add(target);
    }
    return new Copied(written, kept);
  }

  /** What a copy wrote, and the templates it left because the repository has them already. */
  public record Copied(List<Path> written, List<String> kept) {}

  /** The template, or else the folder of templates, that {@code name} was likely meant to be. */
  private static Optional<String> closest(String name) {
    List<String> known = TemplateSet.builtInNames();
    List<String> folders =
        known.stream()
            .map(n -> n.substring(0, n.lastIndexOf('/') + 1))
            .filter(f -> !f.isEmpty())
            .distinct()
            .toList();
    return TemplateSet.closestBuiltIn(name, known)
        .or(() -> TemplateSet.closestBuiltIn(name.endsWith("/") ? name : name + "/", folders));
  }
}
