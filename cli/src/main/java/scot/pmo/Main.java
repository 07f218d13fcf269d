package scot.pmo;

import java.util.Optional;
import scot.pmo.cli.Execution;
import scot.pmo.cli.QuickHelp;

/** Starts the {@code pmo} command line in a process of its own, and exits with its code. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    if (QuickHelp.answered(args, System.out)) {
      System.exit(0);
    }
    System.exit(Execution.execute(args, Optional.empty(), Optional.empty()));
  }
}
