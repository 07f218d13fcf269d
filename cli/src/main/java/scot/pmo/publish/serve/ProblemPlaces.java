package scot.pmo.publish.serve;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import scot.pmo.load.ContentLoader;
import scot.pmo.load.LoadLimits;
import scot.pmo.load.LoadResult;
import scot.pmo.model.Diagnostic;
import scot.pmo.model.Entity;
import scot.pmo.model.SourceMap;

/**
 * Which field of a form each problem of a would-be file is about: the file is read as the loader
 * reads it, and a problem's line is the line of a field's name or value (the deepest field on it,
 * so a problem of one person in a team is beside that person), or a line inside a value that runs
 * over several; below the front matter, the body.
 */
final class ProblemPlaces {

  /** The field named for a problem in the text below the front matter. */
  static final String BODY = "body";

  private final TreeMap<Integer, String> byLine = new TreeMap<>();
  private final int bodyLine;

  private ProblemPlaces(Entity entity, boolean markdown) {
    if (entity != null) {
      walk(entity.data(), "", entity.positions());
    }
    this.bodyLine = entity != null && markdown ? entity.bodyLine() : Integer.MAX_VALUE;
  }

  /** The places of the file {@code path} of {@code repo} if it held {@code text}. */
  static ProblemPlaces of(Path repo, String path, String text) {
    LoadResult read = new ContentLoader(repo, LoadLimits.DEFAULT).loadText(path, text);
    return new ProblemPlaces(
        read.entities().size() == 1 ? read.entities().get(0) : null, path.endsWith(".md"));
  }

  /** The JSON pointer of the field {@code problem} is about, {@link #BODY}, or "" for the file. */
  String fieldOf(Diagnostic problem) {
    int line = problem.at().line();
    if (line <= 0) {
      return "";
    }
    if (line >= bodyLine) {
      return BODY;
    }
    Map.Entry<Integer, String> at = byLine.floorEntry(line);
    return at == null ? "" : at.getValue();
  }

  private void walk(JsonNode node, String pointer, SourceMap positions) {
    if (!pointer.isEmpty()) {
      // deeper fields come later and win: the field a line is most precisely about
      byLine.put(positions.key(pointer).line(), pointer);
      byLine.put(positions.value(pointer).line(), pointer);
    }
    if (node.isObject()) {
      node.properties()
          .forEach(
              p -> walk(p.getValue(), pointer + "/" + SourceMap.escape(p.getKey()), positions));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), pointer + "/" + i, positions);
      }
    }
  }
}
