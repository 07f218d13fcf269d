package scot.pmo.cli;

import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import scot.pmo.git.GitException;
import scot.pmo.publish.OutputRefusedException;
import scot.pmo.render.template.TemplateException;

/**
 * Turns an exception escaping a command into one line on standard error and an exit code; the
 * stack trace is printed only with {@code --stacktrace}.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
    var err = cmd.getErr();
    int code;
    if (ex instanceof scot.pmo.author.Scaffold.Refused refused) {
      err.println("pmo: " + refused.getMessage());
      code = ExitCodes.USAGE;
    } else if (ex instanceof TemplateException template) {
      err.println("pmo: " + template.getMessage());
      err.println("  hint: " + template.hint());
      code = ExitCodes.CONTENT;
    } else if (ex instanceof GitException git) {
      err.println("pmo: " + git.getMessage());
      err.println("  hint: " + git.hint());
      code = git.reason() == GitException.Reason.UNKNOWN_REVISION
          ? ExitCodes.USAGE : ExitCodes.ENVIRONMENT;
    } else if (ex instanceof OutputRefusedException refused) {
      err.println("pmo: " + refused.getMessage());
      err.println("  hint: " + refused.hint());
      code = ExitCodes.ENVIRONMENT;
    } else if (ex instanceof EnvironmentException env) {
      err.println("pmo: " + env.getMessage());
      err.println("  hint: " + env.hint());
      code = ExitCodes.ENVIRONMENT;
    } else if (ex instanceof UncheckedIOException io) {
      err.println("pmo: " + io.getMessage() + ": " + io.getCause().getMessage());
      code = ExitCodes.ENVIRONMENT;
    } else if (ex instanceof java.io.IOException io) {
      err.println("pmo: " + io.getMessage());
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
