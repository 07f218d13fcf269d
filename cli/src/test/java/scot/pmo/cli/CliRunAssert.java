package scot.pmo.cli;

import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;

/**
 * Assertions on a {@link CliRun}: {@code assertThat(run).exitsWith(1).outContains("...")}. Every
 * failure shows the whole output, so that a failing test says what the user would have seen.
 */
public final class CliRunAssert extends AbstractAssert<CliRunAssert, CliRun> {

  CliRunAssert(CliRun actual) {
    super(actual, CliRunAssert.class);
  }

  public CliRunAssert exitsWith(int code) {
    isNotNull();
    if (actual.exitCode() != code) {
      failWithMessage("expected exit code %d but was %d%s", code, actual.exitCode(), shown());
    }
    return this;
  }

  public CliRunAssert succeeds() {
    return exitsWith(ExitCodes.OK);
  }

  public CliRunAssert outContains(String... parts) {
    isNotNull();
    Assertions.assertThat(actual.out()).as("standard output%s", shown()).contains(parts);
    return this;
  }

  public CliRunAssert outDoesNotContain(String... parts) {
    isNotNull();
    Assertions.assertThat(actual.out()).as("standard output%s", shown()).doesNotContain(parts);
    return this;
  }

  public CliRunAssert outIsEmpty() {
    isNotNull();
    Assertions.assertThat(actual.out()).as("standard output%s", shown()).isEmpty();
    return this;
  }

  public CliRunAssert errContains(String... parts) {
    isNotNull();
    Assertions.assertThat(actual.err()).as("standard error%s", shown()).contains(parts);
    return this;
  }

  public CliRunAssert errIsEmpty() {
    isNotNull();
    Assertions.assertThat(actual.err()).as("standard error%s", shown()).isEmpty();
    return this;
  }

  private String shown() {
    return "\n--- out ---\n" + actual.out() + "\n--- err ---\n" + actual.err();
  }
}
