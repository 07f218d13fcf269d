package scot.pmo;

import scot.pmo.cli.PmoCommand;
import scot.pmo.cli.QuickHelp;

/** Starts the {@code pmo} command line; the only place that exits the process. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    if (QuickHelp.answered(args, System.out)) {
      System.exit(0);
    }
    int code;
    try {
      code = PmoCommand.forArguments(args).execute(args);
    } catch (StackOverflowError | OutOfMemoryError e) {
      // Otherwise the JVM would exit with 1, which means "content errors" to a CI.
      System.err.println("pmo: internal error: " + e);
      System.err.println(
          "  this is a bug in pmo (content should end in a diagnostic first);"
              + " please report it with the content that caused it");
      if (java.util.Arrays.asList(args).contains("--stacktrace")) {
        e.printStackTrace();
      }
      code = 4;
    }
    System.exit(code);
  }
}
