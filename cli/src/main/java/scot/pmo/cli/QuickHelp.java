package scot.pmo.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;

/**
 * {@code pmo --help} (and {@code pmo -h}, {@code pmo help}, or {@code pmo} alone) printed without
 * building the command line. Picocli reads the root command's annotations by reflection, and loads
 * some two hundred classes of its own, before it prints a word: most of the quarter of a second
 * that the help took. The words never change between runs of one jar, so picocli renders them once,
 * when pmo is built ({@link #main}, run by Maven after compiling), into the jar, plain and
 * coloured; a run then prints the text picocli would have printed, coloured on the same terms
 * ({@link Terminal#colour}). {@code QuickHelpTest} runs pmo both ways and compares.
 */
public final class QuickHelp {

  /** The folder in the jar that holds the texts. */
  static final String FOLDER = "scot/pmo/cli/usage/";

  private static final String PLAIN = "pmo.txt";
  private static final String COLOURED = "pmo.ansi.txt";

  /** The arguments the root's usage answers, alone. */
  private static final List<List<String>> ASKING =
      List.of(List.of(), List.of("-h"), List.of("--help"), List.of("help"));

  private QuickHelp() {}

  /**
   * Prints the root's usage on {@code out} when {@code args} ask for it alone and the jar holds its
   * text; false, having printed nothing, otherwise.
   */
  public static boolean answered(String[] args, PrintStream out) {
    // A width asked for through picocli's own setting is left to picocli.
    if (!ASKING.contains(List.of(args)) || System.getProperty("picocli.usage.width") != null) {
      return false;
    }
    String name = Terminal.colour() ? COLOURED : PLAIN;
    try (InputStream in = QuickHelp.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        return false; // run from classes that were compiled without Maven's step
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      out.print(text.replace("\n", System.lineSeparator()));
      out.flush();
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** The root's usage as picocli prints it for {@code pmo --help}, lines ending in \n. */
  static String rendered(Ansi ansi) {
    CommandLine cmd = PmoCommand.forArguments("--help");
    cmd.setColorScheme(CommandLine.Help.defaultColorScheme(ansi));
    StringWriter text = new StringWriter();
    cmd.setOut(new PrintWriter(text));
    int code = cmd.execute("--help");
    if (code != 0) {
      throw new IllegalStateException("pmo --help exited " + code);
    }
    return text.toString().replace(System.lineSeparator(), "\n");
  }

  /** Writes the texts under the classes folder {@code args[0]}: a step of pmo's build. */
  public static void main(String[] args) {
    Path folder = Path.of(args[0]).resolve(FOLDER);
    try {
      Files.createDirectories(folder);
      Files.writeString(folder.resolve(PLAIN), rendered(Ansi.OFF), StandardCharsets.UTF_8);
      Files.writeString(folder.resolve(COLOURED), rendered(Ansi.ON), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the usage texts into " + folder, e);
    }
  }
}
