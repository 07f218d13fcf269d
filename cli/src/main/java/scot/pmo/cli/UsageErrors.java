package scot.pmo.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A wrong command line, in as few words as say what to do. The usage is printed only when the shape
 * of the command line is wrong (an unknown option or command, a missing argument); a value that
 * names nothing ("no entity has the id …", "'x' is not a kind") says so, with its suggestions, and
 * points to {@code --help} instead of burying the message under the options.
 */
final class UsageErrors implements IParameterExceptionHandler {

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println(ex.getMessage());
    if (!UnmatchedArgumentException.printSuggestions(ex, err)) {
      if (shapeIsWrong(ex)) {
        cmd.usage(err, cmd.getColorScheme());
      } else {
        err.println("Run '" + cmd.getCommandSpec().qualifiedName() + " --help' for the options.");
      }
    }
    err.flush();
    return cmd.getCommandSpec().exitCodeOnInvalidInput();
  }

  /**
   * Whether the arguments themselves are wrong (an unknown option, a missing or repeated one:
   * picocli's subclasses), rather than a value they give (a plain ParameterException, which is what
   * a value that does not convert and a command's own check throw).
   */
  private static boolean shapeIsWrong(ParameterException ex) {
    return ex.getClass() != ParameterException.class;
  }
}
