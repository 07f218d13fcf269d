package scot.pmo.load;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import scot.pmo.model.Config;
import scot.pmo.model.Diagnostic;
import scot.pmo.model.SourceMap;

/**
 * The repository's {@code pmo.yaml} as read: its data and where each value stands, for validation
 * to check against its schema and the content; the problems that kept it from being read; and the
 * {@link Config} it gives, with defaults for whatever it leaves out or gives in the wrong form
 * (validation reports those).
 *
 * @param present whether the repository has a {@code pmo.yaml}
 * @param data its data, every scalar a string; empty when it is absent or could not be read
 * @param positions where each value of {@code data} stands
 * @param problems what kept it from being read
 * @param config the configuration it gives
 */
public record ConfigFile(
    boolean present,
    Optional<ObjectNode> data,
    SourceMap positions,
    List<Diagnostic> problems,
    Config config) {

  public ConfigFile {
    problems = List.copyOf(problems);
  }

  /** A repository without {@code pmo.yaml}: every default. */
  public static ConfigFile absent() {
    return new ConfigFile(
        false, Optional.empty(), new SourceMap(Config.FILE), List.of(), Config.DEFAULT);
  }
}
