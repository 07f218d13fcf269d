package scot.pmo.cli;

import java.time.LocalDate;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The check {@code --as-of} gets in every command that takes it: the content has no future. */
final class AsOfDates {

  private AsOfDates() {}

  /**
   * {@code asOf}, when it is not after {@code today} (where {@code pmo.yaml} says the programme
   * office is); otherwise a usage error that says so.
   */
  static LocalDate check(CommandSpec spec, LocalDate asOf, LocalDate today) {
    if (asOf.isAfter(today)) {
      throw new ParameterException(
          spec.commandLine(),
          "--as-of "
              + asOf
              + " is after today ("
              + today
              + "): the content can be read as it was on a past day or today, not as it will be;"
              + " give "
              + today
              + " or an earlier date");
    }
    return asOf;
  }
}
