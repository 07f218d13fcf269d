package scot.pmo.cli.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.pmo.run.Invocation;

/**
 * The client's part: which daemon it asks, where it keeps what it knows of daemons, and that a
 * daemon that will not start leaves the command to the client, now and later.
 */
class DaemonClientTest {

  private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

  @TempDir Path tmp;

  /**
   * The selector provider the client names, to spare Java a search of pmo.jar, is the one this Java
   * takes itself when none is named: here, on Linux, the platform's own.
   */
  @Test
  void theClientNamesTheSelectorProviderJavaWouldTakeItself() {
    String property = "java.nio.channels.spi.SelectorProvider";
    String before = System.getProperty(property);
    try {
      System.clearProperty(property);
      // Made once per JVM: here, if no test made it before, with none named.
      String javas = java.nio.channels.spi.SelectorProvider.provider().getClass().getName();
      DaemonClient.nameSelectorProvider();
      assertThat(System.getProperty("os.name")).startsWith("Linux");
      assertThat(System.getProperty(property))
          .isEqualTo("sun.nio.ch.EPollSelectorProvider")
          .isEqualTo(javas);

      // A provider named already is left as it is.
      System.setProperty(property, "a.Provider");
      DaemonClient.nameSelectorProvider();
      assertThat(System.getProperty(property)).isEqualTo("a.Provider");
    } finally {
      if (before == null) {
        System.clearProperty(property);
      } else {
        System.setProperty(property, before);
      }
    }
  }

  @Test
  void eachFolderJarAndJavaHasADaemonOfItsOwn() throws Exception {
    Path jar = Files.writeString(tmp.resolve("pmo.jar"), "a jar");
    Path here = Files.createDirectories(tmp.resolve("here"));
    Path there = Files.createDirectories(tmp.resolve("there"));
    List<String> options = List.of("-XX:TieredStopAtLevel=1");

    String key = DaemonFiles.key(JAVA, options, jar, here);
    assertThat(DaemonFiles.key(JAVA, options, jar, here)).isEqualTo(key).matches("[0-9a-f]+");
    assertThat(DaemonFiles.key(JAVA, options, jar, there)).isNotEqualTo(key);
    assertThat(DaemonFiles.key(JAVA, List.of(), jar, here)).isNotEqualTo(key);
    assertThat(DaemonFiles.key(tmp.resolve("other-java"), options, jar, here)).isNotEqualTo(key);
    // A rebuilt jar (here, only its time) is another daemon's.
    Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000_000_000_000L));
    assertThat(DaemonFiles.key(JAVA, options, jar, here)).isNotEqualTo(key);
  }

  @Test
  void theFolderOfDaemonsIsTheUsersAloneOrThereIsNone() throws Exception {
    Path runtime = Files.createDirectories(tmp.resolve("runtime"));
    assertThat(inRuntime(runtime, DaemonFiles::forUser))
        .hasValueSatisfying(
            files -> {
              assertThat(files.folder()).isEqualTo(runtime.resolve("pmo"));
              try {
                assertThat(Files.getPosixFilePermissions(files.folder()))
                    .isEqualTo(PosixFilePermissions.fromString("rwx------"));
              } catch (IOException e) {
                throw new AssertionError(e);
              }
            });

    Files.setPosixFilePermissions(
        runtime.resolve("pmo"), PosixFilePermissions.fromString("rwxr-x---"));
    assertThat(inRuntime(runtime, DaemonFiles::forUser)).isEmpty();
  }

  @Test
  void aDaemonThatWillNotStartLeavesTheCommandHereNowAndLater() throws Exception {
    Path runtime = Files.createDirectories(tmp.resolve("runtime"));
    DaemonClient.Launch launch =
        new DaemonClient.Launch(
            JAVA,
            List.of(),
            Path.of(System.getProperty("java.class.path").split(":")[0]),
            new String[] {"validate"});

    OptionalInt first = inRuntime(runtime, () -> DaemonClient.run(launch, "no.such.DaemonMain"));
    assertThat(first).isEmpty();
    Path folder = runtime.resolve("pmo");
    Path failed;
    try (var files = Files.list(folder)) {
      failed = files.filter(f -> f.toString().endsWith(".failed")).findFirst().orElseThrow();
    }
    Path log = folder.resolve(failed.getFileName().toString().replace(".failed", ".log"));
    assertThat(Files.readString(log)).contains("no.such.DaemonMain");
    assertThat(Files.readString(failed)).contains(log.toString());

    // The next command does not try again: no new daemon, no new log.
    Files.delete(log);
    assertThat(inRuntime(runtime, () -> DaemonClient.run(launch, "no.such.DaemonMain"))).isEmpty();
    assertThat(log).doesNotExist();
  }

  @Test
  void theCommandLineIsWhatFollowsTheLaunchersOwnArguments() {
    String[] argv = {"--java=/j/bin/java", "--jvm=-Xmx1g", "--jar=/p/pmo.jar", "--", "list", "--"};
    DaemonClient.Launch launch = DaemonClient.Launch.parse(argv).orElseThrow();
    assertThat(launch.java()).isEqualTo(Path.of("/j/bin/java"));
    assertThat(launch.jvm()).containsExactly("-Xmx1g");
    assertThat(launch.jar()).isEqualTo(Path.of("/p/pmo.jar"));
    assertThat(launch.args()).containsExactly("list", "--");
    assertThat(DaemonClient.arguments(argv)).containsExactly("list", "--");
    assertThat(DaemonClient.Launch.parse(new String[] {"--", "list"})).isEmpty();
  }

  @Test
  void theLauncherSendsTheDaemonExactlyTheCommandsItRuns() throws Exception {
    String launcher = Files.readString(Path.of("src/dist/bin/pmo-java.bash"));
    Matcher sent = Pattern.compile("(?m)^\\s+([a-z |]+)\\) return 0 ;;$").matcher(launcher);
    assertThat(sent.find()).as("daemon_serves lists the commands it sends").isTrue();
    assertThat(Set.of(sent.group(1).split(" \\| "))).isEqualTo(Daemon.RUNS);
    String help = Files.readString(Path.of("src/main/java/scot/pmo/cli/DaemonCommand.java"));
    assertThat(Daemon.RUNS).allSatisfy(command -> assertThat(help).contains(command));
  }

  /** {@code work} with XDG_RUNTIME_DIR set to {@code runtime}, as a client's environment would. */
  private static <T> T inRuntime(Path runtime, Supplier<T> work) {
    return Invocation.during(
        Invocation.fromClient(
            Map.of("XDG_RUNTIME_DIR", runtime.toString()), false, OptionalInt.empty()),
        work);
  }
}
