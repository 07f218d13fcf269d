package scot.pmo.cli;

import java.util.OptionalInt;
import java.util.OptionalLong;
import picocli.CommandLine.Option;
import scot.pmo.model.Config;

/**
 * Options that raise the loader's limits for unusually large content; each one given wins over the
 * limit {@code pmo.yaml} sets, which wins over the default.
 */
public final class LimitsMixin {

  @Option(
      names = "--max-file-size",
      paramLabel = "BYTES",
      description = "Largest content file read, in bytes (default: 1048576, or pmo.yaml's).")
  Long maxFileBytes;

  @Option(
      names = "--max-total-size",
      paramLabel = "BYTES",
      description =
          "Most bytes read from all content files together (default: 134217728, or pmo.yaml's).")
  Long maxTotalBytes;

  @Option(
      names = "--max-files",
      paramLabel = "N",
      description = "Most content files read (default: 50000, or pmo.yaml's).")
  Integer maxFiles;

  @Option(
      names = "--max-yaml-depth",
      paramLabel = "N",
      description = "Deepest nesting of YAML lists and mappings (default: 40, or pmo.yaml's).")
  Integer maxYamlDepth;

  @Option(
      names = "--max-yaml-values",
      paramLabel = "N",
      description = "Most YAML values in one file (default: 20000, or pmo.yaml's).")
  Integer maxYamlValues;

  /** The limits given on the command line; those not given are left to pmo.yaml and defaults. */
  public Config.Limits limits() {
    return new Config.Limits(
        maxFileBytes == null ? OptionalLong.empty() : OptionalLong.of(maxFileBytes),
        maxTotalBytes == null ? OptionalLong.empty() : OptionalLong.of(maxTotalBytes),
        maxFiles == null ? OptionalInt.empty() : OptionalInt.of(maxFiles),
        maxYamlDepth == null ? OptionalInt.empty() : OptionalInt.of(maxYamlDepth),
        maxYamlValues == null ? OptionalInt.empty() : OptionalInt.of(maxYamlValues));
  }
}
