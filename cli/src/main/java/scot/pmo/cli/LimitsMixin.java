package scot.pmo.cli;

import picocli.CommandLine.Option;
import scot.pmo.load.LoadLimits;

/** Options that raise the loader's limits for unusually large content. */
public final class LimitsMixin {

  @Option(
      names = "--max-file-size",
      paramLabel = "BYTES",
      description = "Largest content file read, in bytes (default: ${DEFAULT-VALUE}).",
      defaultValue = "1048576")
  long maxFileBytes;

  @Option(
      names = "--max-total-size",
      paramLabel = "BYTES",
      description = "Most bytes read from all content files together (default: ${DEFAULT-VALUE}).",
      defaultValue = "134217728")
  long maxTotalBytes;

  @Option(
      names = "--max-files",
      paramLabel = "N",
      description = "Most content files read (default: ${DEFAULT-VALUE}).",
      defaultValue = "50000")
  int maxFiles;

  @Option(
      names = "--max-yaml-depth",
      paramLabel = "N",
      description = "Deepest nesting of YAML lists and mappings (default: ${DEFAULT-VALUE}).",
      defaultValue = "40")
  int maxYamlDepth;

  @Option(
      names = "--max-yaml-values",
      paramLabel = "N",
      description = "Most YAML values in one file (default: ${DEFAULT-VALUE}).",
      defaultValue = "20000")
  int maxYamlValues;

  public LoadLimits limits() {
    return new LoadLimits(maxFileBytes, maxFiles, maxYamlDepth, maxYamlValues, maxTotalBytes);
  }
}
