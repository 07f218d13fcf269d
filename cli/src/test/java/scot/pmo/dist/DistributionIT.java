package scot.pmo.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution that {@code mvn package} writes into {@code dist/}: what the two archives hold,
 * and the launcher run as someone who installed it would run it, on a content repository outside
 * this source tree. Runs after {@code package}, under failsafe, which passes the archives' paths.
 */
class DistributionIT {

  private static final String VERSION = Installed.property("dist.version");
  private static final String TOP = "pmo-" + VERSION + "/";
  private static final Path ZIP = Path.of(Installed.property("dist.zip"));
  private static final Path TARBALL = Path.of(Installed.property("dist.tarball"));
  private static final Path BUNDLED = Path.of(Installed.property("dist.bundled"));
  private static final Path SOURCES = Path.of(Installed.property("dist.repository"));
  private static final Path BASH = Installed.BASH;
  private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

  @TempDir static Path tmp;

  /** The unpacked zip: {@code pmo-VERSION/}. */
  private static Path home;

  /**
   * The sample content, copied outside the source tree without templates (pmo's own are in the
   * jar), committed to git.
   */
  private static Path repo;

  /** A folder on no PATH's way: HOME and the XDG folders of every run point into it. */
  private static Path user;

  @BeforeAll
  static void unpackAndMakeARepository() throws IOException {
    Installed.Setup setup = Installed.Setup.in(tmp);
    home = setup.home();
    repo = setup.repo();
    user = setup.user();
  }

  // --- What the archives hold ------------------------------------------------------------------

  @Test
  void bothArchivesHoldTheSameFilesInOneFolderNamedAfterTheVersion() throws IOException {
    Map<String, Integer> zip = zipModes(ZIP);
    Map<String, Integer> tar = tarModes(TARBALL);

    assertThat(zip.keySet()).allSatisfy(name -> assertThat(name).startsWith(TOP));
    assertThat(tar.keySet()).isEqualTo(zip.keySet());
    assertThat(zip)
        .containsKeys(
            TOP + "lib/pmo.jar",
            TOP + "bin/pmo",
            TOP + "bin/pmo.cmd",
            TOP + "README.md",
            TOP + "licences/THIRD-PARTY.txt",
            TOP + "licences/liberation-fonts/LICENSE-Liberation.txt");
    assertThat(zip.keySet())
        .as("lunr's licence, from its webjar")
        .anySatisfy(
            name -> assertThat(name).matches(Pattern.quote(TOP) + "licences/lunr-.*/LICENSE"));
    for (String folder : List.of("templates", "schemas")) {
      assertThat(filesUnder(zip.keySet(), TOP + folder + "/"))
          .as("%s/ is a copy of the repository's", folder)
          .isEqualTo(filesUnder(SOURCES.resolve(folder)));
    }
  }

  @Test
  void theLauncherIsExecutableInBothArchivesAndKnowsItsVersion() throws IOException {
    assertThat(zipModes(ZIP).get(TOP + "bin/pmo") & 0777).isEqualTo(0755);
    assertThat(tarModes(TARBALL).get(TOP + "bin/pmo") & 0777).isEqualTo(0755);
    assertThat(Files.isExecutable(home.resolve("bin/pmo"))).isTrue();

    String launcher = Files.readString(home.resolve("bin/pmo"));
    assertThat(launcher)
        .contains("version=\"" + VERSION + "\"")
        .doesNotContain("@project.version@");
    assertThat(launcher).doesNotContain("\r");
    String windows = Files.readString(home.resolve("bin/pmo.cmd"));
    assertThat(windows.replace("\r\n", "")).doesNotContain("\n");
    assertThat(windows).contains("-jar \"%PMO_JAR%\" %*");
    assertThat(Files.readString(home.resolve("README.md")))
        .contains("# pmo " + VERSION, "pmo init", "Java 17", "licences/")
        .doesNotContain("@project.version@", "@lunr.version@");
  }

  @Test
  void theLaunchersUseTheJavaOptionsOfTheRepositorysOwnLauncher() throws IOException {
    // bin/pmo and ./pmo both source the same pmo-java.bash; pmo.cmd repeats its options.
    String shared = Files.readString(SOURCES.resolve("cli/src/dist/bin/pmo-java.bash"));
    assertThat(Files.readString(home.resolve("bin/pmo-java.bash"))).isEqualTo(shared);
    assertThat(Files.readString(home.resolve("bin/pmo"))).contains(". \"$bindir/pmo-java.bash\"");
    assertThat(Files.readString(SOURCES.resolve("pmo")))
        .contains(". \"$root/cli/src/dist/bin/pmo-java.bash\"");
    String windows = Files.readString(home.resolve("bin/pmo.cmd"));
    for (String variable : List.of("flags", "serve_flags")) {
      Matcher m = Pattern.compile("(?m)^" + variable + "=\"([^\"]+)\"").matcher(shared);
      assertThat(m.find()).as("pmo-java.bash sets %s", variable).isTrue();
      assertThat(windows).contains("=" + m.group(1) + "\"");
    }
  }

  @Test
  void thirdPartyListNamesEveryBundledArtifactAndItsLicence() throws IOException {
    String thirdParty = Files.readString(home.resolve("licences/THIRD-PARTY.txt"));
    Set<String> bundled = bundledArtifacts();
    assertThat(bundled).as("what the shaded jar bundles").hasSizeGreaterThan(20);

    for (String gav : bundled) {
      Matcher line =
          Pattern.compile("(?m)^\\s*(\\(.+\\)) .*\\(" + Pattern.quote(gav) + " - ")
              .matcher(thirdParty);
      assertThat(line.find()).as("THIRD-PARTY.txt names %s", gav).isTrue();
      assertThat(line.group(1)).as("the licence of %s", gav).doesNotContainIgnoringCase("unknown");
    }
    assertThat(thirdParty).contains("Lists of " + bundled.size() + " third-party dependencies.");

    // Every other folder under licences/ holds the files of one bundled artifact.
    Set<String> folders = new TreeSet<>();
    for (String gav : bundled) {
      String[] parts = gav.split(":");
      folders.add(parts[1] + "-" + parts[2]);
    }
    try (Stream<Path> dirs = Files.list(home.resolve("licences"))) {
      dirs.filter(Files::isDirectory)
          .map(d -> d.getFileName().toString())
          .filter(name -> !name.equals("liberation-fonts"))
          .forEach(
              name ->
                  assertThat(folders)
                      .as("licences/%s/ belongs to a bundled artifact (else: mvn clean)", name)
                      .contains(name));
    }
  }

  // --- Running it --------------------------------------------------------------------------------

  @Test
  void runsInAContentRepositoryAsInstalled() throws IOException {
    Path launcher = home.resolve("bin/pmo");

    Installed.Finished version = Installed.run(repo, noCds(), launcher.toString(), "--version");
    assertThat(version.exitCode()).as(version.err()).isZero();
    assertThat(version.out()).isEqualTo("pmo " + VERSION + "\n");

    Installed.Finished validate = Installed.run(repo, noCds(), launcher.toString(), "validate");
    assertThat(validate.exitCode()).as(validate.err()).isZero();
    assertThat(validate.out()).startsWith("No problems in ");

    Installed.Finished build =
        Installed.run(repo, noCds(), launcher.toString(), "build", "--no-papers");
    assertThat(build.exitCode()).as(build.err()).isZero();
    assertThat(repo.resolve("site/index.html")).isRegularFile();
  }

  @Test
  void listsAsJsonFromAnotherFolderWithNothingButJavaOnThePath() throws IOException {
    // No git on PATH either: JGit reads the history itself, so the dates are there.
    Path javaOnly = Files.createDirectories(tmp.resolve("java-only"));
    Files.createSymbolicLink(javaOnly.resolve("java"), JAVA);
    Map<String, String> env = noCds();
    env.put("PATH", javaOnly.toString());

    Installed.Finished list =
        Installed.run(
            user,
            env,
            BASH.toString(),
            home.resolve("bin/pmo").toString(),
            "--repo",
            repo.toString(),
            "list",
            "--format",
            "json");

    assertThat(list.exitCode()).as(list.err()).isZero();
    JsonNode entities = new ObjectMapper().readTree(list.out());
    assertThat(entities.isArray()).isTrue();
    assertThat(entities.size()).isGreaterThan(10);
    assertThat(entities.get(0).path("updated").asText()).isEqualTo("2024-03-01");
  }

  @Test
  void worksThroughASymbolicLink() throws IOException {
    // /usr/local/bin/pmo -> /opt/pmo-x/bin/pmo, here through a relative link and then another.
    Path links = Files.createDirectories(tmp.resolve("links"));
    Path other = Files.createDirectories(tmp.resolve("other"));
    Files.createSymbolicLink(other.resolve("pmo-link"), home.resolve("bin/pmo"));
    Files.createSymbolicLink(links.resolve("pmo"), Path.of("../other/pmo-link"));

    Installed.Finished version =
        Installed.run(repo, noCds(), links.resolve("pmo").toString(), "--version");

    assertThat(version.exitCode()).as(version.err()).isZero();
    assertThat(version.out()).isEqualTo("pmo " + VERSION + "\n");
  }

  @Test
  void passesEveryArgumentOnUnchangedWithTheRightOptions() throws IOException {
    Map<String, String> env = fakeJavaOnPath("fake-path");
    List<String> awkward =
        List.of(
            "a b", "", "*", "$HOME", "it's", "\"quoted\"", "tab\there", "two\nlines", "--x=y z");

    Installed.Finished plain = launch(env, awkward.toArray(String[]::new));
    assertThat(plain.exitCode()).as(plain.err()).isZero();
    Invocation call = Invocation.of(plain.out());
    assertThat(call.java()).isEqualTo("on-path");
    assertThat(call.arguments()).isEqualTo(awkward);
    assertThat(call.options())
        .contains("-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC", "-XX:MaxNewSize=160m")
        .noneMatch(o -> o.startsWith("-XX:SharedArchiveFile") || o.contains("ArchiveClasses"));

    Invocation serve = Invocation.of(launch(env, "serve", "--port", "0").out());
    assertThat(serve.options()).contains("-XX:+UseG1GC").doesNotContain("-XX:+UseParallelGC");

    env.put("PMO_JAVA_OPTS", "-Xmx64m  -Dsome.flag=1");
    Invocation replaced = Invocation.of(launch(env, "validate").out());
    assertThat(replaced.options()).containsExactly("-Xmx64m", "-Dsome.flag=1");
  }

  @Test
  void handsACommandThatReadsContentToTheDaemonWithTheOptionsItIsToRunOn() throws IOException {
    Map<String, String> env = fakeJavaOnPath("fake-daemon-path");
    env.put("PMO_DAEMON", "1");
    List<String> awkward = List.of("--repo", "a b", "validate", "it's", "two\nlines");

    List<String> call = Invocation.of(launch(env, awkward.toArray(String[]::new)).out()).all();

    int main = call.indexOf("scot.pmo.DaemonClientMain");
    assertThat(main).as("%s", call).isPositive();
    assertThat(call.subList(0, main))
        .contains("-XX:+UseSerialGC", "-cp", home.resolve("lib/pmo.jar").toString());
    List<String> given = call.subList(main + 1, call.size());
    assertThat(given.subList(given.indexOf("--") + 1, given.size())).isEqualTo(awkward);
    assertThat(given.subList(0, given.indexOf("--")))
        .contains(
            "--java=" + tmp.resolve("fake-daemon-path/java"),
            "--jar=" + home.resolve("lib/pmo.jar"),
            "--jvm=-XX:TieredStopAtLevel=1",
            "--jvm=-XX:+UseParallelGC");

    // What asks questions, serves or answers from the jar runs in a process of its own; so does
    // everything under CI, unless PMO_DAEMON says otherwise.
    for (String[] args :
        new String[][] {{"new", "project", "x"}, {"serve"}, {"--help"}, {"init", "validate"}}) {
      assertThat(Invocation.of(launch(env, args).out()).all())
          .as(String.join(" ", args))
          .contains("-jar");
    }
    env.remove("PMO_DAEMON");
    env.put("CI", "true");
    assertThat(Invocation.of(launch(env, "validate").out()).all()).contains("-jar");
    env.put("PMO_DAEMON", "1");
    assertThat(Invocation.of(launch(env, "validate").out()).all())
        .contains("scot.pmo.DaemonClientMain");
  }

  @Test
  void findsJavaHomeFirstThenPathThenTheNewestInstalledJava() throws IOException {
    Path jvms = Files.createDirectories(tmp.resolve("jvms"));
    Path java8 = fakeJavaHome(jvms.resolve("jdk-8"), "1.8.0_392");
    Path java11 = fakeJavaHome(jvms.resolve("jdk-11"), "11.0.22");
    Path java17 = fakeJavaHome(jvms.resolve("jdk-17"), "17.0.9");
    fakeJavaHome(jvms.resolve("jdk-21"), "21.0.2");
    fakeJavaHome(jvms.resolve("jdk-19"), "19");
    Path emptyPath = Files.createDirectories(tmp.resolve("empty-path"));
    Path onPath = Files.createDirectories(tmp.resolve("path-with-java-17"));
    fakeJava(onPath.resolve("java"), "on-path", "17.0.2");

    Map<String, String> env = noCds();
    env.put("PMO_JAVA_SEARCH", jvms + "/*");
    env.put("PATH", emptyPath.toString());

    env.put("JAVA_HOME", java17.toString());
    assertThat(Invocation.of(launch(env, "validate").out()).java()).isEqualTo("jdk-17");

    env.put("PATH", onPath.toString());
    assertThat(Invocation.of(launch(env, "validate").out()).java())
        .as("JAVA_HOME before PATH")
        .isEqualTo("jdk-17");

    env.put("JAVA_HOME", java11.toString());
    assertThat(Invocation.of(launch(env, "validate").out()).java())
        .as("a JAVA_HOME older than 17 is passed over")
        .isEqualTo("on-path");

    env.remove("JAVA_HOME");
    env.put("PATH", emptyPath.toString());
    Installed.Finished installed = launch(env, "validate");
    assertThat(Invocation.of(installed.out()).java())
        .as("the newest installed")
        .isEqualTo("jdk-21");
    assertThat(installed.err()).isEmpty();

    // None at all: exit 3, and standard error says where it looked.
    Path old = Files.createDirectories(tmp.resolve("old-jvms"));
    Files.createSymbolicLink(old.resolve("jdk-8"), java8);
    Files.createSymbolicLink(old.resolve("jdk-11"), java11);
    env.put("PMO_JAVA_SEARCH", old + "/*");
    env.put("JAVA_HOME", "/nonexistent");
    Installed.Finished none = launch(env, "validate");
    assertThat(none.exitCode()).isEqualTo(3);
    assertThat(none.out()).isEmpty();
    assertThat(none.err())
        .contains("no Java 17 or newer found", "JAVA_HOME=/nonexistent", "hint: install Java 17");
  }

  @Test
  void findsARealJavaInTheInstallFoldersWhenThePathHasNone() throws IOException {
    Path jvms = Files.createDirectories(tmp.resolve("real-jvms"));
    Files.createSymbolicLink(jvms.resolve("current"), Path.of(System.getProperty("java.home")));
    Map<String, String> env = noCds();
    env.put("PATH", Files.createDirectories(tmp.resolve("no-java-path")).toString());
    env.put("PMO_JAVA_SEARCH", "/nonexistent/*:" + jvms + "/*");

    Installed.Finished version =
        Installed.run(repo, env, BASH.toString(), home.resolve("bin/pmo").toString(), "-V");

    assertThat(version.exitCode()).as(version.err()).isZero();
    assertThat(version.out()).isEqualTo("pmo " + VERSION + "\n");
  }

  @Test
  void makesTheClassDataArchiveOnceInTheUserCacheAndUsesItAfterwards() throws IOException {
    // A java on PATH that writes down how it was called, then runs the real one.
    Path bin = Files.createDirectories(tmp.resolve("recording-path"));
    Path calls = Files.createDirectories(tmp.resolve("calls"));
    write(
        bin.resolve("java"),
        "#!/bin/sh\n"
            + "printf '%s\\0' \"$@\" > \""
            + calls
            + "/$$\"\n"
            + "exec '"
            + JAVA
            + "' \"$@\"\n");
    Path cache = tmp.resolve("cache");
    Map<String, String> env = environment();
    env.put("PATH", bin + ":" + System.getenv("PATH"));
    env.put("XDG_CACHE_HOME", cache.toString());
    Path jsa = cache.resolve("pmo/" + VERSION + "-" + Runtime.version().feature() + "/pmo.jsa");
    String launcher = home.resolve("bin/pmo").toString();

    Installed.Finished version = Installed.run(repo, env, launcher, "--version");
    assertThat(version.exitCode()).as(version.err()).isZero();
    assertThat(jsa).as("--version makes no archive").doesNotExist();

    Installed.Finished first = Installed.run(repo, env, launcher, "validate");
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out()).startsWith("No problems in ").doesNotContain("cds", "[warning]");
    assertThat(first.err()).isEmpty();
    assertThat(jsa).isRegularFile();
    FileTime made = Files.getLastModifiedTime(jsa);
    clear(calls);

    Installed.Finished second = Installed.run(repo, env, launcher, "validate");
    assertThat(second.exitCode()).as(second.err()).isZero();
    assertThat(second.out()).isEqualTo(first.out());
    assertThat(second.err()).isEmpty();
    assertThat(Files.getLastModifiedTime(jsa))
        .as("the archive is reused as it was")
        .isEqualTo(made);
    List<String> options = recordedRun(calls).options();
    assertThat(options).contains("-XX:SharedArchiveFile=" + jsa);
    if (Runtime.version().feature() < 19) {
      assertThat(options).noneMatch(o -> o.startsWith("-XX:ArchiveClassesAtExit"));
    }

    // The same run with -Xshare:on, which stops when the archive cannot be used.
    List<String> strict = new ArrayList<>();
    strict.add(JAVA.toString());
    recordedRun(calls).all().forEach(a -> strict.add(a.equals("-Xshare:auto") ? "-Xshare:on" : a));
    Installed.Finished shared = Installed.run(repo, environment(), strict.toArray(String[]::new));
    assertThat(shared.exitCode()).as(shared.out() + shared.err()).isZero();
  }

  @Test
  void makesAnAheadOfTimeCacheOnJava25AndAClassDataArchiveOnJava17() throws IOException {
    Path temurin25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");
    assumeTrue(Files.isExecutable(temurin25.resolve("bin/java")), "no Java 25 at " + temurin25);
    // A Java home whose bin/java writes down how it was called, then runs Java 25's.
    Path java25 = Files.createDirectories(tmp.resolve("recording-java-25/bin"));
    Path calls = Files.createDirectories(tmp.resolve("calls-25"));
    Files.copy(temurin25.resolve("release"), java25.resolveSibling("release"));
    write(
        java25.resolve("java"),
        "#!/bin/sh\n"
            + "printf '%s\\0' \"$@\" > \""
            + calls
            + "/$$\"\n"
            + "exec '"
            + temurin25.resolve("bin/java")
            + "' \"$@\"\n");
    Path cache = tmp.resolve("cache-25");
    Map<String, String> env = environment();
    env.put("JAVA_HOME", java25.getParent().toString());
    env.put("XDG_CACHE_HOME", cache.toString());
    Path folder = cache.resolve("pmo/" + VERSION + "-25");
    String launcher = home.resolve("bin/pmo").toString();

    Installed.Finished version = Installed.run(repo, env, launcher, "--version");
    assertThat(version.exitCode()).as(version.err()).isZero();
    assertThat(version.err()).isEmpty();
    assertThat(aotCaches(folder)).as("--version makes no cache").isEmpty();

    Installed.Finished first = Installed.run(repo, env, launcher, "validate");
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out()).startsWith("No problems in ").doesNotContain("AOT", "[warning]");
    assertThat(first.err().lines().toList())
        .as("one line says why the first run takes longer")
        .singleElement()
        .asString()
        .startsWith("pmo: making a start-up cache");
    List<Path> made = aotCaches(folder);
    assertThat(made).singleElement().asString().contains("-java" + release(temurin25));
    assertThat(folder.resolve("pmo.jsa")).doesNotExist();
    Path aot = made.get(0);
    FileTime when = Files.getLastModifiedTime(aot);
    clear(calls);

    Installed.Finished second = Installed.run(repo, env, launcher, "validate");
    assertThat(second.exitCode()).as(second.err()).isZero();
    assertThat(second.out()).isEqualTo(first.out());
    assertThat(second.err()).isEmpty();
    assertThat(aotCaches(folder)).containsExactly(aot);
    assertThat(Files.getLastModifiedTime(aot)).as("the cache is reused as it was").isEqualTo(when);
    List<String> options = recordedRun(calls).options();
    assertThat(options)
        .contains("-XX:AOTCache=" + aot, "-XX:TieredStopAtLevel=1")
        .doesNotContain("-Xshare:auto")
        .noneMatch(o -> o.startsWith("-XX:AOTCacheOutput") || o.contains("SharedArchive"));

    // The same run with -XX:AOTMode=on, which stops when the cache cannot be used.
    List<String> strict = new ArrayList<>();
    strict.add(temurin25.resolve("bin/java").toString());
    strict.add("-XX:AOTMode=on");
    strict.addAll(recordedRun(calls).all());
    Installed.Finished cached = Installed.run(repo, environment(), strict.toArray(String[]::new));
    assertThat(cached.exitCode()).as(cached.out() + cached.err()).isZero();
    assertThat(cached.out()).isEqualTo(first.out());

    // PMO_NO_CDS=1 leaves the cache out.
    clear(calls);
    env.put("PMO_NO_CDS", "1");
    assertThat(Installed.run(repo, env, launcher, "validate").exitCode()).isZero();
    assertThat(recordedRun(calls).options()).noneMatch(o -> o.startsWith("-XX:AOT"));

    // Java 17, with the same cache folder: a class-data archive, as before.
    Path java17 = Path.of("/usr/lib/jvm/java-17-openjdk-amd64");
    assumeTrue(Files.isExecutable(java17.resolve("bin/java")), "no Java 17 at " + java17);
    env.remove("PMO_NO_CDS");
    env.put("JAVA_HOME", java17.toString());
    Installed.Finished on17 = Installed.run(repo, env, launcher, "validate");
    assertThat(on17.exitCode()).as(on17.err()).isZero();
    assertThat(on17.err()).isEmpty();
    assertThat(on17.out()).isEqualTo(first.out());
    assertThat(cache.resolve("pmo/" + VERSION + "-17/pmo.jsa")).isRegularFile();
    assertThat(aotCaches(cache.resolve("pmo/" + VERSION + "-17"))).isEmpty();
  }

  private static List<Path> aotCaches(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".aot")).sorted().toList();
    }
  }

  private static String release(Path javaHome) throws IOException {
    Matcher m =
        Pattern.compile("(?m)^JAVA_VERSION=\"([^\"]+)\"")
            .matcher(Files.readString(javaHome.resolve("release")));
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  // --- Helpers ---------------------------------------------------------------------------------

  /** How a fake or recorded java was called: its name, options, and pmo's own arguments. */
  private record Invocation(String java, List<String> all) {

    /** From a fake java's output: its name, then each argument, all NUL-terminated. */
    static Invocation of(String out) {
      List<String> parts = split(out);
      assertThat(parts).as("a fake java ran").isNotEmpty();
      return new Invocation(parts.get(0), parts.subList(1, parts.size()));
    }

    List<String> options() {
      return all.subList(0, all.indexOf("-jar"));
    }

    List<String> arguments() {
      return all.subList(all.indexOf("-jar") + 2, all.size());
    }
  }

  private static Invocation recordedRun(Path calls) throws IOException {
    try (Stream<Path> files = Files.list(calls)) {
      List<Invocation> runs =
          files
              .map(f -> new Invocation("java", split(Installed.read(f))))
              .filter(i -> i.all().contains("-jar"))
              .toList();
      assertThat(runs).as("one run of pmo.jar").hasSize(1);
      return runs.get(0);
    }
  }

  private static List<String> split(String nulTerminated) {
    List<String> parts = new ArrayList<>(List.of(nulTerminated.split("\0", -1)));
    assertThat(parts.remove(parts.size() - 1)).isEmpty();
    return parts;
  }

  /** Runs the unpacked launcher with bash (so that PATH need not hold bash) in the repository. */
  private static Installed.Finished launch(Map<String, String> env, String... args) {
    List<String> command = new ArrayList<>(List.of(BASH.toString(), home + "/bin/pmo"));
    Collections.addAll(command, args);
    return Installed.run(repo, env, command.toArray(String[]::new));
  }

  /** The environment of every run: none of the caller's Java or pmo settings, a private home. */
  private static Map<String, String> environment() {
    Map<String, String> env = new HashMap<>(System.getenv());
    env.keySet()
        .removeIf(k -> k.startsWith("PMO_") || k.startsWith("JAVA_") || k.startsWith("XDG_"));
    env.keySet().removeIf(Set.of("JDK_JAVA_OPTIONS", "_JAVA_OPTIONS", "CDPATH")::contains);
    env.put("HOME", user.toString());
    env.put("XDG_CONFIG_HOME", user.resolve("config").toString());
    // Each command in a process of its own; DaemonIT tests the daemon.
    env.put("PMO_DAEMON", "0");
    return env;
  }

  private static Map<String, String> noCds() {
    Map<String, String> env = environment();
    env.put("PMO_NO_CDS", "1");
    return env;
  }

  /**
   * The environment of a run whose PATH is a new folder {@code folder} holding only a fake java,
   * "on-path", of Java 17, without the start-up cache.
   */
  private static Map<String, String> fakeJavaOnPath(String folder) throws IOException {
    Path bin = Files.createDirectories(tmp.resolve(folder));
    fakeJava(bin.resolve("java"), "on-path", "17.0.9");
    Map<String, String> env = noCds();
    env.put("PATH", bin.toString());
    return env;
  }

  /** A java that says who it is and how it was called, and its version when asked. */
  private static void fakeJava(Path file, String name, String version) throws IOException {
    write(
        file,
        "#!/bin/sh\n"
            + "if [ \"$1\" = -version ]; then\n"
            + "  echo 'openjdk version \""
            + version
            + "\" 2024-01-16' >&2\n"
            + "  exit 0\n"
            + "fi\n"
            + "printf '%s\\0' '"
            + name
            + "' \"$@\"\n");
  }

  /** A Java home with a release file and a fake bin/java named after the folder. */
  private static Path fakeJavaHome(Path dir, String version) throws IOException {
    Files.createDirectories(dir.resolve("bin"));
    Files.writeString(
        dir.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
    fakeJava(dir.resolve("bin/java"), dir.getFileName().toString(), version);
    return dir;
  }

  private static void write(Path file, String script) throws IOException {
    Files.writeString(file, script);
    Files.setPosixFilePermissions(
        file,
        EnumSet.of(
            PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.OWNER_EXECUTE,
            PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_EXECUTE));
  }

  private static Set<String> bundledArtifacts() throws IOException {
    Set<String> found = new TreeSet<>();
    // What Maven put in the shaded jar...
    Pattern listed =
        Pattern.compile(
            "^\\s+([^:\\s]+):([^:\\s]+):[^:\\s]+(?::[^:\\s]+)?:([^:\\s]+):(compile|runtime)");
    for (String line : Files.readAllLines(BUNDLED)) {
      Matcher m = listed.matcher(line);
      if (m.find()) {
        found.add(m.group(1) + ":" + m.group(2) + ":" + m.group(3));
      }
    }
    // ...and what the jar itself says it holds.
    try (JarFile jar = new JarFile(home.resolve("lib/pmo.jar").toFile())) {
      for (var entry : Collections.list(jar.entries())) {
        if (entry.getName().startsWith("META-INF/maven/")
            && entry.getName().endsWith("/pom.properties")) {
          var properties = new java.util.Properties();
          try (InputStream in = jar.getInputStream(entry)) {
            properties.load(in);
          }
          String group = properties.getProperty("groupId");
          if (!"scot.pmo".equals(group)) {
            found.add(
                group
                    + ":"
                    + properties.getProperty("artifactId")
                    + ":"
                    + properties.getProperty("version"));
          }
        }
      }
    }
    return found;
  }

  private static Map<String, Integer> zipModes(Path archive) throws IOException {
    Map<String, Integer> modes = new TreeMap<>();
    try (ZipFile zip = ZipFile.builder().setPath(archive).get()) {
      for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
        if (!entry.isDirectory()) {
          modes.put(entry.getName(), entry.getUnixMode());
        }
      }
    }
    return modes;
  }

  private static Map<String, Integer> tarModes(Path archive) throws IOException {
    Map<String, Integer> modes = new TreeMap<>();
    try (InputStream file = Files.newInputStream(archive);
        TarArchiveInputStream tar = new TarArchiveInputStream(new GZIPInputStream(file))) {
      for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
        if (!entry.isDirectory()) {
          modes.put(entry.getName(), entry.getMode());
        }
      }
    }
    return modes;
  }

  private static Set<String> filesUnder(Set<String> names, String prefix) {
    Set<String> out = new TreeSet<>();
    names.stream()
        .filter(n -> n.startsWith(prefix))
        .forEach(n -> out.add(n.substring(prefix.length())));
    return out;
  }

  private static Set<String> filesUnder(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      Set<String> out = new TreeSet<>();
      files
          .filter(Files::isRegularFile)
          .forEach(f -> out.add(dir.relativize(f).toString().replace('\\', '/')));
      return out;
    }
  }

  private static void clear(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
  }
}
