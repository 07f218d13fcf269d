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
      names = "--max-files",
      paramLabel = "N",
      description = "Most content files read (default: ${DEFAULT-VALUE}).",
      defaultValue = "50000")
  int maxFiles;

  public LoadLimits limits() {
    LoadLimits d = LoadLimits.DEFAULT;
    return new LoadLimits(maxFileBytes, maxFiles, d.maxYamlDepth(), d.maxYamlNodes());
  }
}
