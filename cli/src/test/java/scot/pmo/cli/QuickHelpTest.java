package scot.pmo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;
import scot.pmo.MainProcess;

/** {@code pmo --help} printed from the text kept in the jar is what picocli itself prints. */
class QuickHelpTest {

  @TempDir Path dir;

  @Test
  void aRunAskingForTheUsagePrintsWhatPicocliWouldHave() throws Exception {
    for (String[] args : new String[][] {{}, {"-h"}, {"--help"}, {"help"}}) {
      MainProcess.Finished quick = MainProcess.run(dir, Map.of(), args);
      String asked = "pmo " + String.join(" ", args);
      assertThat(quick.exitCode()).as(asked).isZero();
      assertThat(quick.err()).as(asked).isEmpty();
      assertThat(quick.out().replace(System.lineSeparator(), "\n"))
          .as(asked)
          .isEqualTo(picocli(args))
          .startsWith("Usage: pmo ")
          .contains("validate", "build", "Exit codes:");
    }
  }

  @Test
  void theTextsInTheJarAreThoseOfThisBuild() throws Exception {
    assertThat(kept("pmo.txt")).isEqualTo(QuickHelp.rendered(Ansi.OFF));
    assertThat(kept("pmo.ansi.txt"))
        .isEqualTo(QuickHelp.rendered(Ansi.ON))
        .contains("\u001B[1mpmo\u001B[21m");
  }

  @Test
  void anythingElseIsLeftToPicocli() {
    for (String[] args :
        new String[][] {
          {"validate", "--help"}, {"--help", "--quiet"}, {"help", "build"}, {"--version"}, {"-hv"}
        }) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      assertThat(QuickHelp.answered(args, new PrintStream(out, true, StandardCharsets.UTF_8)))
          .as(Arrays.toString(args))
          .isFalse();
      assertThat(out.size()).isZero();
    }
  }

  /** What picocli prints for {@code args}, with the whole command line built. */
  private static String picocli(String... args) {
    StringWriter out = new StringWriter();
    CommandLine cmd = PmoCommand.forArguments(args);
    cmd.setOut(new PrintWriter(out, true));
    assertThat(cmd.execute(args)).isZero();
    return out.toString().replace(System.lineSeparator(), "\n");
  }

  private static String kept(String name) throws Exception {
    try (InputStream in =
        QuickHelp.class.getClassLoader().getResourceAsStream(QuickHelp.FOLDER + name)) {
      assertThat(in).as("the build step that writes " + name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
