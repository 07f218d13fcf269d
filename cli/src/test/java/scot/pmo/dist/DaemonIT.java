package scot.pmo.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The daemon as a user meets it, through the installed launcher: a command answered by the daemon
 * prints what it would have printed in a process of its own and exits with the same code, with its
 * own environment; the daemon stops when its client is interrupted, when its folder goes, and when
 * asked; and nobody but the user can reach it.
 */
class DaemonIT {

  private static final Path SOURCES = Path.of(Installed.property("dist.repository"));
  private static final Path BASH = Installed.BASH;
  private static final Pattern PID = Pattern.compile("pmo daemon (\\d+) in (\\S+)");

  @TempDir static Path tmp;

  private static Path home;
  private static Path repo;
  private static Path user;

  @BeforeAll
  static void unpackAndMakeARepository() throws IOException {
    Installed.Setup setup = Installed.Setup.in(tmp);
    home = setup.home();
    repo = setup.repo();
    user = setup.user();
  }

  @AfterEach
  void stopTheTestsDaemons() {
    stopEveryDaemon();
  }

  @AfterAll
  static void stopEveryDaemon() {
    pmo(repo, withDaemon(), "daemon", "stop");
  }

  @Test
  void answersEachCommandAsAProcessOfItsOwnWould() throws IOException {
    Path broken = tmp.resolve("broken");
    Installed.copyTree(SOURCES.resolve("content"), broken.resolve("content"));
    Path project = broken.resolve("content/projects/procurement.md");
    Files.writeString(
        project, Files.readString(project).replaceFirst("(?m)^status: .*$", "status: sideways"));

    List<List<String>> commands =
        List.of(
            List.of("validate"),
            List.of("validate", "--format", "json"),
            List.of("list", "project"),
            List.of("show", "procurement"),
            List.of("actions", "--format", "csv"),
            List.of("validate", "--no-such-option"),
            List.of("show", "no-such-entity"),
            List.of("build", "--no-papers", "--out", tmp.resolve("site-" + "x").toString()));
    for (List<String> command : commands) {
      Installed.Finished alone = pmo(repo, withoutDaemon(), command);
      Installed.Finished served = pmo(repo, withDaemon(), command);
      assertThat(served).as("pmo %s", command).isEqualTo(alone);
    }
    Installed.Finished alone = pmo(broken, withoutDaemon(), List.of("validate"));
    Installed.Finished served = pmo(broken, withDaemon(), List.of("validate"));
    assertThat(alone.exitCode()).isEqualTo(1);
    assertThat(alone.out()).contains("content/projects/procurement.md:", "sideways");
    assertThat(served).isEqualTo(alone);

    // One daemon for each folder, each having run the commands given there.
    String status = pmo(repo, withDaemon(), "daemon", "status").out();
    assertThat(status)
        .contains("in " + repo.toRealPath() + ": ", commands.size() + " commands run")
        .contains("in " + broken.toRealPath() + ": ", "1 command run");
  }

  @Test
  void fromEditToEditItFindsWhatAProcessOfItsOwnFinds() throws IOException {
    // The daemon starts each command from the content as the command before it read it, and reads
    // and checks again only what changed: after each step, its report and a fresh process's agree.
    Path dir = tmp.resolve("edited");
    Installed.copyTree(SOURCES.resolve("content"), dir.resolve("content"));
    Path project = dir.resolve("content/projects/procurement.md");
    Path notes = dir.resolve("docs/notes.md");
    String original = Files.readString(project);
    Map<String, Edit> steps = new java.util.LinkedHashMap<>();
    steps.put("nothing changed", () -> {});
    steps.put(
        "a summary edited",
        () ->
            Files.writeString(
                project, original.replace("Named as one of", "Named, by hand, as one of")));
    steps.put(
        "a status no schema allows",
        () -> Files.writeString(project, original.replace("status: named", "status: sideways")));
    steps.put("the status put right", () -> Files.writeString(project, original));
    steps.put(
        "a link to a file outside content/",
        () -> {
          Files.createDirectories(notes.getParent());
          Files.writeString(notes, "# Notes\n");
          Files.writeString(project, original + "\nSee [the notes](../../docs/notes.md).\n");
        });
    steps.put("the linked file removed", () -> Files.delete(notes));
    steps.put(
        "a project added",
        () ->
            Files.writeString(
                project.resolveSibling("procurement-two.md"),
                original.replace("title: \"Procurement\"", "title: \"Procurement, again\"")));
    steps.put("it removed", () -> Files.delete(project.resolveSibling("procurement-two.md")));
    steps.put(
        "a pmo.yaml", () -> Files.writeString(dir.resolve("pmo.yaml"), "dates:\n  format: iso\n"));
    steps.put("an entity unreadable", () -> Files.writeString(project, "---\ntitle: [\n---\n"));

    for (Map.Entry<String, Edit> step : steps.entrySet()) {
      step.getValue().apply();
      Installed.Finished served = pmo(dir, withDaemon(), "validate", "--format", "json");
      Installed.Finished alone = pmo(dir, withoutDaemon(), "validate", "--format", "json");
      assertThat(served).as(step.getKey()).isEqualTo(alone);
    }
    assertThat(pmo(dir, withoutDaemon(), "validate").out())
        .as("the last step's own problem")
        .contains("procurement.md");

    // One file edited: the daemon reads and checks that one alone.
    Files.writeString(project, original);
    pmo(dir, withDaemon(), "validate");
    Files.writeString(project, original.replace("Named as one of", "Named again as one of"));
    Installed.Finished verbose = pmo(dir, withDaemon(), "--verbose", "validate");
    assertThat(verbose.exitCode()).as(verbose.err()).isZero();
    assertThat(verbose.err())
        .contains("content: as the last command read it, 1 file read and checked again")
        .contains("load and check content/projects/procurement.md");
  }

  @Test
  void fromEditToEditItBuildsTheSiteAProcessOfItsOwnBuilds() throws IOException {
    // The daemon keeps the entities of unchanged files, and their bodies' HTML, from one build to
    // the next: after each step, its site and a fresh process's are the same bytes.
    Path dir = tmp.resolve("rebuilt");
    Installed.copyTree(SOURCES.resolve("content"), dir.resolve("content"));
    Path project = dir.resolve("content/projects/procurement.md");
    Path added = project.resolveSibling("procurement-two.md");
    Path bodied = project.resolveSibling("crerar-implementation.md");
    String original = Files.readString(project);
    Map<String, Edit> steps = new java.util.LinkedHashMap<>();
    steps.put("nothing changed", () -> {});
    steps.put(
        "a body edited",
        () ->
            Files.writeString(
                bodied, Files.readString(bodied).replace("## Discovery work", "## Discovery")));
    steps.put(
        "a project added, whose body links to the first",
        () ->
            Files.writeString(
                added,
                original.replace("title: \"Procurement\"", "title: \"Procurement, again\"")
                    + "\nSee [the first](procurement.md).\n"));
    steps.put(
        "the first's title changed",
        () -> Files.writeString(project, original.replace("Procurement", "Buying")));
    steps.put("the second removed", () -> Files.delete(added));
    for (Map.Entry<String, Edit> step : steps.entrySet()) {
      step.getValue().apply();
      Path servedSite = tmp.resolve("rebuilt-served");
      Path aloneSite = tmp.resolve("rebuilt-alone");
      Installed.Finished served =
          pmo(dir, withDaemon(), "build", "--no-papers", "--out", servedSite.toString());
      Installed.Finished alone =
          pmo(dir, withoutDaemon(), "build", "--no-papers", "--out", aloneSite.toString());
      assertThat(served.exitCode()).as(step.getKey() + ": " + served.err()).isZero();
      assertThat(served.err()).as(step.getKey()).isEqualTo(alone.err());
      assertThat(digests(servedSite)).as(step.getKey()).isEqualTo(digests(aloneSite));
    }
  }

  /** Each file of a folder, by its path, as the SHA-256 of its bytes. */
  private static Map<String, String> digests(Path root) throws IOException {
    Map<String, String> out = new java.util.TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        try {
          out.put(
              root.relativize(p).toString(),
              java.util.HexFormat.of()
                  .formatHex(
                      java.security.MessageDigest.getInstance("SHA-256")
                          .digest(Files.readAllBytes(p))));
        } catch (java.security.NoSuchAlgorithmException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return out;
  }

  /** A change to the files of a repository, made between two commands. */
  @FunctionalInterface
  private interface Edit {
    void apply() throws IOException;
  }

  @Test
  void eachCommandHasTheEnvironmentItWasGiven() throws IOException {
    // Without git, a paper is dated by SOURCE_DATE_EPOCH when it is set.
    Path plain = tmp.resolve("no-git");
    Installed.copyTree(SOURCES.resolve("content"), plain.resolve("content"));
    Map<String, String> env = withDaemon();
    List<String> dates = new ArrayList<>();
    for (String epoch : List.of("1000000000", "1300000000")) {
      env.put("SOURCE_DATE_EPOCH", epoch);
      Path out = tmp.resolve("papers-" + epoch);
      Installed.Finished brief =
          pmo(
              plain,
              env,
              List.of(
                  "brief",
                  "active-communities",
                  "--format",
                  "md",
                  "--no-cache",
                  "-o",
                  out.toString()));
      assertThat(brief.exitCode()).as(brief.err()).isZero();
      dates.add(
          Files.readAllLines(out.resolve("active-communities.md")).stream()
              .filter(l -> l.startsWith("*Generated on"))
              .findFirst()
              .orElseThrow());
    }
    assertThat(dates)
        .containsExactly("*Generated on 9 September 2001.*", "*Generated on 13 March 2011.*");
    assertThat(daemonIn(plain)).isPresent();
  }

  @Test
  void aCommandItDoesNotServeRunsInTheClientsOwnProcess() throws IOException {
    // The launcher sends only commands that read content and end; the daemon checks again.
    Installed.Finished completion = client(repo, "completion");
    assertThat(completion.exitCode()).as(completion.err()).isZero();
    assertThat(completion.out())
        .contains("complete")
        .isEqualTo(pmo(repo, withoutDaemon(), "completion").out());
    assertThat(pmo(repo, withDaemon(), "daemon", "status").out()).contains("0 commands run");
  }

  @Test
  void anInterruptedCommandStopsTheDaemonAndTheNextStartsAnother() throws Exception {
    long first = startDaemon(repo);
    Path out = tmp.resolve("interrupted-site");
    Process build = background(repo, "build", "--out", out.toString());
    // Interrupted once the daemon is writing the site, in a folder beside the output.
    assertThat(waitFor(() -> staging(out).isPresent())).as("the build began").isTrue();
    build.destroy(); // as Ctrl-C would
    build.waitFor();

    assertThat(waitUntilGone(first)).as("the daemon stops with its client").isTrue();
    assertThat(out.resolve("index.html")).doesNotExist();
    Installed.Finished again =
        pmo(repo, withDaemon(), "build", "--no-papers", "--out", out.toString());
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(out.resolve("index.html")).isRegularFile();
    assertThat(staging(out)).as("what the interrupted build left is cleared").isEmpty();
    assertThat(daemonIn(repo)).isPresent().get().isNotEqualTo(first);
  }

  /** pmo, with the daemon, in a process the test goes on beside. */
  private static Process background(Path dir, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(BASH.toString(), home + "/bin/pmo"));
    Collections.addAll(command, args);
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    builder.environment().clear();
    builder.environment().putAll(withDaemon());
    return builder.start();
  }

  /** A folder the build of {@code out} writes into before it takes the place of {@code out}. */
  private static Optional<Path> staging(Path out) {
    try (Stream<Path> siblings = Files.list(out.getParent())) {
      return siblings
          .filter(p -> p.getFileName().toString().startsWith(out.getFileName() + ".tmp-"))
          .findFirst();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  @Test
  void aDaemonStopsWhenItsFolderGoesAndWhenAsked() throws Exception {
    Path doomed = tmp.resolve("doomed");
    Installed.copyTree(SOURCES.resolve("content"), doomed.resolve("content"));
    long pid = startDaemon(doomed);
    Installed.deleteTree(doomed);
    assertThat(waitUntilGone(pid)).as("the daemon of a folder that went").isTrue();

    long asked = startDaemon(repo);
    Installed.Finished stop = pmo(repo, withDaemon(), "daemon", "stop");
    assertThat(stop.out()).startsWith("Stopped pmo daemon " + asked + " in ");
    assertThat(waitUntilGone(asked)).isTrue();
    assertThat(pmo(repo, withDaemon(), "daemon", "status").out())
        .isEqualTo("No pmo daemon is running.\n");
    try (Stream<Path> left = Files.list(daemons())) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .as("no socket, log or lock of a stopped daemon")
          .isEmpty();
    }
  }

  @Test
  void noDaemonWhereOthersCouldReachIt() throws IOException {
    assertThat(startDaemon(repo)).isPositive();
    assertThat(Files.getPosixFilePermissions(daemons()))
        .isEqualTo(PosixFilePermissions.fromString("rwx------"));
    pmo(repo, withDaemon(), "daemon", "stop");

    // A folder that others may enter: the command runs, in its own process.
    Files.setPosixFilePermissions(daemons(), PosixFilePermissions.fromString("rwxr-xr-x"));
    try {
      Installed.Finished validate = pmo(repo, withDaemon(), "validate");
      assertThat(validate.exitCode()).as(validate.err()).isZero();
      assertThat(validate.out()).startsWith("No problems in ");
      try (Stream<Path> left = Files.list(daemons())) {
        assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".sock"));
      }
    } finally {
      Files.setPosixFilePermissions(daemons(), PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void aReaderThatStopsEarlyEndsTheOutputNotTheDaemon() {
    long pid = startDaemon(repo);
    Installed.Finished head =
        Installed.run(
            repo,
            withDaemon(),
            BASH.toString(),
            "-c",
            "set -o pipefail; '" + home + "/bin/pmo' list | head -n 1");
    assertThat(head.exitCode()).as(head.err()).isZero();
    assertThat(head.out().lines()).hasSize(1);
    assertThat(daemonIn(repo)).contains(pid);
  }

  @Test
  void aCommandGivenWhileAnotherRunsIsAnsweredToo() throws Exception {
    long pid = startDaemon(repo);
    Process build = background(repo, "build", "--out", tmp.resolve("busy-site").toString());
    assertThat(waitFor(() -> staging(tmp.resolve("busy-site")).isPresent())).isTrue();
    String status = pmo(repo, withDaemon(), "daemon", "status").out();

    Installed.Finished validate = pmo(repo, withDaemon(), "validate");

    assertThat(status).contains("pmo daemon " + pid + " ", "(one running now)");
    assertThat(validate.exitCode()).as(validate.err()).isZero();
    assertThat(validate.out()).startsWith("No problems in ");
    assertThat(build.waitFor()).isZero();
    assertThat(tmp.resolve("busy-site/index.html")).isRegularFile();
    assertThat(daemonIn(repo)).contains(pid);
  }

  @Test
  void theClientStartsFromAnArchiveOfItsOwnClasses() throws IOException {
    Map<String, String> env = withDaemon();
    env.remove("PMO_NO_CDS");
    // The first command that reads content makes pmo's own start-up cache (on Java 17, in a
    // process of its own); the next ones go to the daemon, and the first of those makes the
    // client's archive.
    for (int i = 0; i < 3; i++) {
      Installed.Finished validate = pmo(repo, env, "validate");
      assertThat(validate.exitCode()).as(validate.err()).isZero();
      assertThat(validate.out()).startsWith("No problems in ");
      assertThat(validate.err()).isEmpty();
    }
    try (Stream<Path> files = Files.walk(user.resolve(".cache/pmo"))) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .filteredOn(n -> n.startsWith("pmo-client-") && n.endsWith(".jsa"))
          .hasSize(1);
    }
    assertThat(daemonIn(repo)).isPresent();
  }

  // --- Helpers -----------------------------------------------------------------------------------

  private static Path daemons() {
    return user.resolve(".cache/pmo/daemons");
  }

  /** Runs a command that starts the folder's daemon, and returns the daemon's process id. */
  private static long startDaemon(Path dir) {
    Installed.Finished validate = pmo(dir, withDaemon(), "validate");
    assertThat(validate.exitCode()).as(validate.err()).isZero();
    return daemonIn(dir).orElseThrow();
  }

  private static Optional<Long> daemonIn(Path dir) {
    String status = pmo(repo, withDaemon(), "daemon", "status").out();
    Matcher m = PID.matcher(status);
    while (m.find()) {
      if (Path.of(m.group(2).replaceFirst(":$", "")).equals(real(dir))) {
        return Optional.of(Long.parseLong(m.group(1)));
      }
    }
    return Optional.empty();
  }

  private static Path real(Path dir) {
    try {
      return dir.toRealPath();
    } catch (IOException e) {
      return dir.toAbsolutePath();
    }
  }

  private static boolean waitUntilGone(long pid) throws InterruptedException {
    // A daemon looks at its folder every 5 seconds.
    return waitFor(() -> !ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
  }

  /** Whether {@code condition} holds within 15 seconds. */
  private static boolean waitFor(java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    for (int i = 0; i < 300; i++) {
      if (condition.getAsBoolean()) {
        return true;
      }
      Thread.sleep(50);
    }
    return false;
  }

  /**
   * pmo's client run by hand, as the launcher runs it, for a command the launcher would not send.
   */
  private static Installed.Finished client(Path dir, String... args) {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                home.resolve("lib/pmo.jar").toString(),
                "scot.pmo.DaemonClientMain",
                "--java=" + Path.of(System.getProperty("java.home"), "bin", "java"),
                "--jar=" + home.resolve("lib/pmo.jar"),
                "--jvm=-XX:TieredStopAtLevel=1",
                "--"));
    Collections.addAll(command, args);
    return Installed.run(dir, withDaemon(), command.toArray(String[]::new));
  }

  private static Installed.Finished pmo(Path dir, Map<String, String> env, String... args) {
    return pmo(dir, env, List.of(args));
  }

  private static Installed.Finished pmo(Path dir, Map<String, String> env, List<String> args) {
    List<String> command = new ArrayList<>(List.of(BASH.toString(), home + "/bin/pmo"));
    command.addAll(args);
    return Installed.run(dir, env, command.toArray(String[]::new));
  }

  /** A private home, none of the caller's pmo or Java settings, and the daemon asked for. */
  private static Map<String, String> withDaemon() {
    Map<String, String> env = new HashMap<>(System.getenv());
    env.keySet()
        .removeIf(
            k ->
                k.startsWith("PMO_")
                    || k.startsWith("JAVA_")
                    || k.startsWith("XDG_")
                    || Set.of("JDK_JAVA_OPTIONS", "_JAVA_OPTIONS", "CI").contains(k));
    env.put("HOME", user.toString());
    env.put("PMO_NO_CDS", "1");
    env.put("PMO_DAEMON", "1");
    env.put("PMO_DAEMON_IDLE", "5");
    return env;
  }

  private static Map<String, String> withoutDaemon() {
    Map<String, String> env = withDaemon();
    env.put("PMO_DAEMON", "0");
    return env;
  }
}
