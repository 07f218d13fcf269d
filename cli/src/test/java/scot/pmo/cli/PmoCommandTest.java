package scot.pmo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line built for given arguments parses and prints as the full one does. */
class PmoCommandTest {

  private static String usage(CommandLine cmd) {
    StringWriter out = new StringWriter();
    cmd.usage(new PrintWriter(out));
    return out.toString();
  }

  @Test
  void aNamedSubcommandIsTheOnlyOneAdded() {
    assertThat(PmoCommand.forArguments("--repo", "x", "validate", "--strict").getSubcommands())
        .containsOnlyKeys("validate");
    assertThat(PmoCommand.forArguments("build", "--no-papers").getSubcommands())
        .containsOnlyKeys("build");
  }

  @Test
  void helpCompletionAndUnknownWordsGetEverySubcommand() {
    String full = usage(PmoCommand.create());
    for (String[] args :
        new String[][] {{}, {"--help"}, {"help", "build"}, {"completion"}, {"validat"}}) {
      CommandLine cmd = PmoCommand.forArguments(args);
      assertThat(cmd.getSubcommands().keySet())
          .containsExactlyElementsOf(PmoCommand.create().getSubcommands().keySet());
      assertThat(usage(cmd)).isEqualTo(full);
    }
    assertThat(full).contains("validate", "build", "brief", "diff", "help");
  }

  @Test
  void aMistypedCommandGetsTheSameSuggestionsEitherWay() {
    assertThat(errorOf(PmoCommand.forArguments("validat"), "validat"))
        .isEqualTo(errorOf(PmoCommand.create(), "validat"))
        .contains("validate");
  }

  private static String errorOf(CommandLine cmd, String... args) {
    StringWriter err = new StringWriter();
    cmd.setErr(new PrintWriter(err));
    assertThat(cmd.execute(args)).isEqualTo(2);
    return err.toString();
  }

  @Test
  void aSubcommandsHelpIsTheSameEitherWay() {
    String lazy = usage(PmoCommand.forArguments("build").getSubcommands().get("build"));
    String full = usage(PmoCommand.create().getSubcommands().get("build"));
    assertThat(lazy).isEqualTo(full).contains("--no-papers");
  }
}
