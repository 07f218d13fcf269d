package scot.pmo.load;

import scot.pmo.model.Config;

/**
 * Bounds on what the loader reads, so that hostile or mistaken content ends in a diagnostic, not in
 * exhausted memory.
 *
 * @param maxFileBytes the largest content file read
 * @param maxFiles the most content files read
 * @param maxYamlDepth the deepest nesting of YAML lists and mappings
 * @param maxYamlNodes the most YAML values in one file
 * @param maxTotalBytes the most bytes read from all content files together
 */
public record LoadLimits(
    long maxFileBytes, int maxFiles, int maxYamlDepth, int maxYamlNodes, long maxTotalBytes) {

  /** The default of {@link #maxTotalBytes}: many times the largest programme we know of. */
  public static final long DEFAULT_TOTAL_BYTES = 128L * 1024 * 1024;

  public static final LoadLimits DEFAULT =
      new LoadLimits(1024 * 1024, 50_000, 40, 20_000, DEFAULT_TOTAL_BYTES);

  /** Limits with the default total size. */
  public LoadLimits(long maxFileBytes, int maxFiles, int maxYamlDepth, int maxYamlNodes) {
    this(maxFileBytes, maxFiles, maxYamlDepth, maxYamlNodes, DEFAULT_TOTAL_BYTES);
  }

  public LoadLimits withMaxFileBytes(long bytes) {
    return new LoadLimits(bytes, maxFiles, maxYamlDepth, maxYamlNodes, maxTotalBytes);
  }

  public LoadLimits withMaxTotalBytes(long bytes) {
    return new LoadLimits(maxFileBytes, maxFiles, maxYamlDepth, maxYamlNodes, bytes);
  }

  /** These limits, every one of them, as limits set in one place (the command line, say). */
  public Config.Limits settings() {
    return new Config.Limits(
        java.util.OptionalLong.of(maxFileBytes),
        java.util.OptionalLong.of(maxTotalBytes),
        java.util.OptionalInt.of(maxFiles),
        java.util.OptionalInt.of(maxYamlDepth),
        java.util.OptionalInt.of(maxYamlNodes));
  }

  /** These limits with each one that {@code set} gives taken from it instead. */
  public LoadLimits with(Config.Limits set) {
    return new LoadLimits(
        set.maxFileSize().orElse(maxFileBytes),
        set.maxFiles().orElse(maxFiles),
        set.maxYamlDepth().orElse(maxYamlDepth),
        set.maxYamlValues().orElse(maxYamlNodes),
        set.maxTotalSize().orElse(maxTotalBytes));
  }
}
