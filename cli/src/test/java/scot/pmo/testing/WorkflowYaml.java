package scot.pmo.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** A GitHub Actions workflow read as plain maps and lists, for tests of what its steps run. */
public final class WorkflowYaml {

  private WorkflowYaml() {}

  /** The workflow in {@code text}, read safely (no types, no aliases into objects). */
  public static Map<String, Object> parse(String text) {
    return map(new Yaml(new SafeConstructor(new LoaderOptions())).load(text));
  }

  /** The steps of {@code job}. */
  @SuppressWarnings("unchecked")
  public static List<Map<String, Object>> steps(Map<String, Object> job) {
    return (List<Map<String, Object>>) job.get("steps");
  }

  /** The step called {@code name}. */
  public static Map<String, Object> step(List<Map<String, Object>> steps, String name) {
    return steps.stream()
        .filter(s -> name.equals(s.get("name")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no step " + name));
  }

  /** The shell commands of the steps that run one, stripped, in order. */
  public static List<String> runs(List<Map<String, Object>> steps) {
    List<String> out = new ArrayList<>();
    steps.forEach(
        s -> {
          if (s.get("run") instanceof String run) {
            out.add(run.strip());
          }
        });
    return out;
  }

  /** A value known to be a mapping. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }
}
