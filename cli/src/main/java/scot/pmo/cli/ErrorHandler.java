package scot.pmo.cli;

import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import scot.pmo.model.HintedException;

/**
 * Turns an exception escaping a command into one line on standard error and an exit code; the stack
 * trace is printed only with {@code --stacktrace}.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

  private static final String IO_HINT =
      "check that the folder exists, that you may write to it"
          + " and that the disk has space; files and folders a build replaces are swapped in only"
          + " when complete, so what was there before is unchanged";

  /** An I/O failure in words: which file, and why, rather than the exception's bare path. */
  static String describe(java.io.IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException denied) {
      return denied.getFile() + ": permission denied (the file or its folder is read-only)";
    }
    if (e instanceof java.nio.file.NoSuchFileException missing) {
      return missing.getFile() + ": no such file or folder";
    }
    if (e instanceof java.nio.file.FileAlreadyExistsException exists) {
      return exists.getFile() + ": already exists";
    }
    if (e instanceof java.nio.file.FileSystemException fs) {
      String reason = fs.getReason() == null ? "cannot be written" : fs.getReason();
      return (fs.getFile() == null ? "" : fs.getFile() + ": ")
          + reason.toLowerCase(java.util.Locale.ROOT);
    }
    return String.valueOf(e.getMessage());
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
    var err = cmd.getErr();
    int code;
    if (ex instanceof HintedException hinted) {
      err.println("pmo: " + hinted.getMessage());
      if (hinted.hint() != null) {
        err.println("  hint: " + hinted.hint());
      }
      code =
          switch (hinted.category()) {
            case USAGE -> ExitCodes.USAGE;
            case CONTENT -> ExitCodes.CONTENT;
            case ENVIRONMENT -> ExitCodes.ENVIRONMENT;
          };
    } else if (ex instanceof UncheckedIOException io) {
      err.println("pmo: " + io.getMessage() + ": " + describe(io.getCause()));
      err.println("  hint: " + IO_HINT);
      code = ExitCodes.ENVIRONMENT;
    } else if (ex instanceof java.io.IOException io) {
      err.println("pmo: " + describe(io));
      err.println("  hint: " + IO_HINT);
      code = ExitCodes.ENVIRONMENT;
    } else {
      err.println("pmo: internal error: " + ex);
      err.println("  this is a bug in pmo; run again with --stacktrace and report the output");
      code = ExitCodes.INTERNAL;
    }
    if (cmd.getCommandSpec().root().userObject() instanceof PmoCommand root && root.stacktrace) {
      ex.printStackTrace(err);
    }
    err.flush();
    return code;
  }
}
