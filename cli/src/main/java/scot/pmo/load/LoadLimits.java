package scot.pmo.load;

/**
 * Bounds on what the loader reads, so that hostile or mistaken content ends in a diagnostic, not
 * in exhausted memory.
 *
 * @param maxFileBytes the largest content file read
 * @param maxFiles the most content files read
 * @param maxYamlDepth the deepest nesting of YAML lists and mappings
 * @param maxYamlNodes the most YAML values in one file
 */
public record LoadLimits(long maxFileBytes, int maxFiles, int maxYamlDepth, int maxYamlNodes) {

  public static final LoadLimits DEFAULT = new LoadLimits(1024 * 1024, 50_000, 40, 20_000);

  public LoadLimits withMaxFileBytes(long bytes) {
    return new LoadLimits(bytes, maxFiles, maxYamlDepth, maxYamlNodes);
  }
}
