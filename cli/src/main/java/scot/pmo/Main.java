package scot.pmo;

import scot.pmo.cli.PmoCommand;

/** Starts the {@code pmo} command line; the only place that exits the process. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(PmoCommand.forArguments(args).execute(args));
  }
}
